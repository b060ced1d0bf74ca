import { describe, expect, it } from 'vitest';
import { exportFileName } from '../export/build';
import { tidyTitle } from './title';

describe('tidyTitle: a workshop title never starts or ends with a separator left from an empty part', () => {
  it('drops a leading dash that was the joint to a part that went missing', () => {
    expect(tidyTitle('– Kundenreise Neuwagen')).toBe('Kundenreise Neuwagen');
    expect(tidyTitle(' - Kundenreise Neuwagen ')).toBe('Kundenreise Neuwagen');
    expect(tidyTitle('Autohaus Becker — ')).toBe('Autohaus Becker');
    expect(tidyTitle('· Autohaus Becker · ')).toBe('Autohaus Becker');
  });

  it('keeps separators inside the title and ordinary hyphenated words', () => {
    expect(tidyTitle('Autohaus Becker – Kundenreise Neuwagen')).toBe('Autohaus Becker – Kundenreise Neuwagen');
    expect(tidyTitle('E-Mobilität 2026')).toBe('E-Mobilität 2026');
    expect(tidyTitle('Kick-off')).toBe('Kick-off');
  });

  it('is empty when nothing but separators is left, so callers fall back to the default title', () => {
    expect(tidyTitle(' – ')).toBe('');
    expect(tidyTitle('')).toBe('');
  });

  it('gives export files of such a title a name that starts with a word', () => {
    expect(exportFileName({ meta: { title: '– Kundenreise Neuwagen' } } as Parameters<typeof exportFileName>[0], 'xlsx')).toBe('Kundenreise Neuwagen.xlsx');
  });
});
