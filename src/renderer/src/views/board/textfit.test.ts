import { describe, expect, it } from 'vitest';
import { cachedMeasure, ellipsize, wrapText } from './textfit';

// every character is 10 px wide
const measure = (s: string) => Array.from(s).length * 10;

describe('wrapText', () => {
  it('wraps at spaces and keeps short text on one line', () => {
    expect(wrapText('Website', 100, 3, measure)).toEqual(['Website']);
    expect(wrapText('Erster Anruf beim Service-Center', 140, 3, measure)).toEqual(['Erster Anruf', 'beim Service-', 'Center']);
    expect(wrapText('Erster Anruf beim Service-Center', 120, 3, measure)).toEqual(['Erster Anruf', 'beim', 'Service-…']);
  });

  it('never lets a line exceed the width, also for long compound words', () => {
    const lines = wrapText('Kundenzufriedenheitsumfrageauswertung und mehr', 100, 3, measure);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(100);
    expect(lines[0]).toBe('Kundenzuf-');
    // the rest of a broken word keeps at least three letters
    expect(wrapText('Kontowechselservice', 180, 3, measure)).toEqual(['Kontowechselserv-', 'ice']);
  });

  it('cuts after the last line with an ellipsis that fits', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 100, 2, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(measure(lines[1]!)).toBeLessThanOrEqual(100);
    expect(wrapText('one two', 100, 2, measure)).toEqual(['one two']);
  });

  it('breaks after hyphens and slashes, and collapses whitespace', () => {
    expect(wrapText('Vertrieb/Filiale', 100, 3, measure)).toEqual(['Vertrieb/', 'Filiale']);
    expect(wrapText('  a   b  ', 100, 3, measure)).toEqual(['a b']);
  });
});

describe('ellipsize and the measure cache', () => {
  it('cuts one line with an ellipsis only when needed', () => {
    expect(ellipsize('Marketing', 200, measure)).toBe('Marketing');
    const cut = ellipsize('Mitarbeitende: Freundlichkeit & Kompetenz', 150, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut)).toBeLessThanOrEqual(150);
  });

  it('measures each text once per font', () => {
    let calls = 0;
    const ctx = {
      font: '',
      measureText(t: string) {
        calls++;
        return { width: t.length };
      },
    };
    const m = cachedMeasure(ctx, 'bold 20px sans-serif');
    m('abc');
    m('abc');
    m('abcd');
    expect(calls).toBe(2);
    expect(ctx.font).toBe('bold 20px sans-serif');
  });
});
