import { afterEach, describe, expect, it } from 'vitest';
import { formatDay } from './dates';
import { keyLabel, setKeyPlatform } from './keys';
import { CATALOGUE, translate, type MessageKey } from './messages';

describe('counted phrases (plural rules)', () => {
  it('says "1 Bewertung" / "1 rating" and "n Bewertungen" / "n ratings"', () => {
    expect(translate('de', 'rate.source.median', { count: 1 })).toBe('Median aus 1 Bewertung');
    expect(translate('de', 'rate.source.median', { count: 3 })).toBe('Median aus 3 Bewertungen');
    expect(translate('en', 'rate.source.median', { count: 1 })).toBe('median of 1 rating');
    expect(translate('en', 'rate.source.median', { count: 3 })).toBe('median of 3 ratings');
  });

  it('counts touchpoints in lower case in English text, with the right number', () => {
    expect(translate('en', 'library.touchpoints', { count: 1 })).toBe('1 touchpoint');
    expect(translate('en', 'library.touchpoints', { count: 34 })).toBe('34 touchpoints');
    expect(translate('de', 'library.touchpoints', { count: 1 })).toBe('1 Touchpoint');
    expect(translate('en', 'act.summary.facts', { count: 34, rated: 1, disputed: 0, below: 2 })).toBe('34 touchpoints · 1 rated · 0 disputed · 2 below target');
    expect(translate('de', 'board.selected.many', { count: 2 })).toBe('2 Touchpoints ausgewählt.');
    expect(translate('en', 'cube.unassigned', { count: 1 })).toBe('1 touchpoint has no face yet and is not on the cube.');
    expect(translate('de', 'cube.unassigned', { count: 1 })).toBe('1 Touchpoint hat noch keine Würfelseite und fehlt im Würfel.');
    expect(translate('de', 'act.vote.roomTotal', { count: 1 })).toBe('1 Punkt insgesamt');
    expect(translate('en', 'act.measure.count', { shown: 1, count: 1 })).toBe('1 of 1 measure');
  });

  it('leaves no plural form or key token unresolved in any message of either language', () => {
    const counts = { count: 1, n: 1, total: 1, shown: 1, rated: 1, disputed: 1, below: 1, dots: 1, left: 1, used: 1, key: 1, acts: 1, newCount: 1, duplicateCount: 1, invalidCount: 1 };
    for (const lang of ['de', 'en'] as const) {
      for (const key of Object.keys(CATALOGUE.en) as MessageKey[]) {
        const out = translate(lang, key, counts);
        expect(out, `${lang} ${key}`).not.toMatch(/\{\w+\|/);
        expect(out, `${lang} ${key}`).not.toMatch(/\{key:/);
      }
    }
  });
});

describe('key labels', () => {
  afterEach(() => setKeyPlatform(undefined));

  it('names the modifier in the reader’s language, and as ⌘ on macOS', () => {
    setKeyPlatform('win32');
    expect(keyLabel('de', 'mod+Z')).toBe('Strg+Z');
    expect(keyLabel('en', 'mod+Z')).toBe('Ctrl+Z');
    expect(keyLabel('de', 'mod+shift+Z')).toBe('Strg+Umschalt+Z');
    expect(translate('de', 'room.key.ctrl')).toBe('Strg');
    expect(translate('de', 'board.removed', { count: 2 })).toBe('2 Touchpoints gelöscht. Strg+Z holt sie zurück.');
    setKeyPlatform('darwin');
    expect(keyLabel('de', 'mod+Z')).toBe('⌘Z');
    expect(keyLabel('en', 'mod+shift+Z')).toBe('⇧⌘Z');
    expect(translate('de', 'room.key.ctrl')).toBe('⌘');
    expect(translate('en', 'act.measure.confirmDelete', { title: 'X' })).toBe('Delete the measure “X”? ⌘Z brings it back.');
  });

  it('never says Ctrl in a German text', () => {
    setKeyPlatform('linux');
    for (const key of Object.keys(CATALOGUE.de) as MessageKey[]) expect(translate('de', key, { count: 2 }), key).not.toContain('Ctrl');
  });
});

describe('dates', () => {
  it('writes a calendar day the way each language reads it, the same as the Excel summary', () => {
    expect(formatDay('de', '2026-12-02')).toBe('02.12.2026');
    expect(formatDay('en', '2026-12-02')).toBe('2 Dec 2026');
    expect(formatDay('de', '2026-12-02', 'long')).toBe('2. Dezember 2026');
    expect(formatDay('en', '2026-12-02', 'long')).toBe('2 December 2026');
    // no shift at midnight in any time zone: the day is a calendar day, not an instant
    expect(formatDay('de', '2026-01-01')).toBe('01.01.2026');
    expect(formatDay('de', '')).toBe('');
    expect(formatDay('de', 'soon')).toBe('soon');
  });
});
