import { describe, expect, it } from 'vitest';
import { formatDay } from './dates';
import { parseDay } from './parseDay';

describe('parseDay: a workshop date as a facilitator types it', () => {
  it('reads the German ways with and without leading zeros, and two-digit years', () => {
    for (const text of ['1.12.2026', '01.12.2026', '1.12.26', ' 01.12.2026 ', '1. 12. 2026', '1. Dezember 2026', '1. Dez. 2026', '1 dez 2026']) {
      expect(parseDay(text), text).toEqual({ ok: true, iso: '2026-12-01' });
    }
  });

  it('reads ISO and the English ways (day first, as en-GB writes it)', () => {
    for (const text of ['2026-12-01', '2026-12-1', '1/12/2026', '1 Dec 2026', '1 December 2026', 'Dec 1, 2026', 'December 1 2026', '1st December 2026']) {
      expect(parseDay(text), text).toEqual({ ok: true, iso: '2026-12-01' });
    }
  });

  it('takes an empty field as "no date"', () => {
    expect(parseDay('')).toEqual({ ok: true, iso: '' });
    expect(parseDay('   ')).toEqual({ ok: true, iso: '' });
  });

  it('refuses what is incomplete or no day of the calendar, instead of guessing', () => {
    for (const text of ['31.02.', '1.12.', '12.2026', '31.02.2026', '29.02.2027', '2026-13-01', '0.1.2026', 'tomorrow', '1.12.2026x', '12345']) {
      expect(parseDay(text).ok, text).toBe(false);
    }
    expect(parseDay('29.02.2028')).toEqual({ ok: true, iso: '2028-02-29' }); // a leap year
  });

  it('reads back what formatDay shows, in both languages', () => {
    for (const iso of ['2026-01-05', '2026-03-12', '2026-12-31']) {
      for (const lang of ['de', 'en'] as const) {
        for (const style of ['short', 'long'] as const) expect(parseDay(formatDay(lang, iso, style)), `${lang} ${style}`).toEqual({ ok: true, iso });
      }
    }
  });
});
