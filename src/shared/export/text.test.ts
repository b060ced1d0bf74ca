import { describe, expect, it } from 'vitest';
import { cellText, looksLikeFormula, MAX_CELL_CHARS } from './text';
import { wrappedLines } from './layout';

describe('looksLikeFormula', () => {
  it.each(['=1+1', '+49 171', '-5 %', '@SUM(A1)', '\t=1', '\r=1', '\n=1'])('flags %j', (s) => expect(looksLikeFormula(s)).toBe(true));
  it.each(['Hotline', ' =1+1', '5 %', '', '„=“', 'a=b', '−2 (typographic minus)'])('leaves %j alone', (s) => expect(looksLikeFormula(s)).toBe(false));
});

describe('cellText', () => {
  it('drops what XML 1.0 cannot carry and keeps tabs, line breaks, umlauts and emoji', () => {
    expect(cellText('a\u0000b\u0007c\u001Fd')).toBe('abcd');
    expect(cellText('Ä\tö\nü\r\n😀\rx')).toBe('Ä\tö\nü\n😀\nx');
    expect(cellText('x\uD800y')).toBe('xy');
    expect(cellText('\uFFFE\uFFFF')).toBe('');
  });
  it('cuts text to what a cell holds', () => {
    const long = cellText('x'.repeat(MAX_CELL_CHARS + 10));
    expect(long).toHaveLength(MAX_CELL_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('wrappedLines', () => {
  it('wraps at spaces like a spreadsheet, and inside words longer than the cell', () => {
    expect(wrappedLines('kurz', 20)).toBe(1);
    expect(wrappedLines('eins zwei drei vier fünf sechs sieben', 12)).toBe(4);
    expect(wrappedLines('a\nb\nc', 30)).toBe(3);
    expect(wrappedLines('x'.repeat(50), 10)).toBe(5); // 11 characters of running text fit in 10 digit widths
  });
});
