/** What a cell value means: comparison keys and the yes/no, direct, online and importance spellings. */
import { describe, expect, it } from 'vitest';
import { matchKey, parseDirect, parseImportance, parseOnline, parseYesNo, titleKey } from './values';

describe('matchKey / titleKey', () => {
  it('ignores case, whitespace, punctuation and umlaut spelling', () => {
    expect(matchKey('  Würfelseite ')).toBe(matchKey('WUERFELSEITE'));
    expect(matchKey('Wurfelseite')).toBe(matchKey('Würfelseite'));
    expect(matchKey('Priorität')).toBe(matchKey('prioritaet'));
    expect(matchKey('Moment  der\tWahrheit')).toBe('moment der wahrheit');
    expect(matchKey('Straße')).toBe(matchKey('STRASSE'));
  });
  it('compares titles case- and whitespace-insensitively', () => {
    expect(titleKey(' Website  Suche ')).toBe(titleKey('website suche'));
    expect(titleKey('Müller')).toBe(titleKey('MUELLER'));
    expect(titleKey('Website!')).not.toBe(titleKey('Website'));
  });
});

describe('value parsing', () => {
  it('yes / no', () => {
    for (const v of ['ja', 'Ja', 'JA ', 'yes', 'x', 'X', '1', 'true', 'TRUE', 'wahr', '✓']) expect(parseYesNo(v)).toBe(true);
    for (const v of ['nein', 'no', '0', 'false', 'FALSCH', '-']) expect(parseYesNo(v)).toBe(false);
    expect(parseYesNo('  ')).toBeUndefined();
    expect(parseYesNo('vielleicht')).toBeNull();
  });
  it('direct / indirect and online / offline', () => {
    expect(parseDirect('Direkt')).toBe(true);
    expect(parseDirect('indirekt')).toBe(false);
    expect(parseDirect('INDIRECT')).toBe(false);
    expect(parseDirect('ja')).toBe(true);
    expect(parseDirect('')).toBeUndefined();
    expect(parseDirect('manchmal')).toBeNull();
    expect(parseOnline('Online')).toBe(true);
    expect(parseOnline('offline')).toBe(false);
    expect(parseOnline('x')).toBe(true);
    expect(parseOnline('Brief')).toBeNull();
  });
  it('importance 1–3 and words', () => {
    expect(['1', '2', '3', '3.0', 'hoch', 'High', 'mittel', 'medium', 'niedrig', 'LOW'].map(parseImportance)).toEqual([1, 2, 3, 3, 3, 3, 2, 2, 1, 1]);
    expect(parseImportance('')).toBeUndefined();
    expect(parseImportance('4')).toBeNull();
    expect(parseImportance('sehr')).toBeNull();
  });
});

/** 41 data rows (spreadsheet rows 2–42): 38 new, 2 duplicates, row 17 with an unknown phase. */
