import { describe, expect, it } from 'vitest';
import hyphenDe from 'hyphen/de';
import hyphenEn from 'hyphen/en-gb';
import { cachedMeasure, ellipsize, fitWhole, wrapText } from './textfit';

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

  it('never breaks at a no-break space ("63 %" stays together)', () => {
    expect(wrapText('Homogenität 63\u00A0% · Abdeckung', 150, 3, measure)).toEqual(['Homogenität', '63\u00A0% ·', 'Abdeckung']);
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

describe('German and English words break where the language allows', () => {
  // the real patterns, as the renderer and the export use them (src/renderer/src/lib/hyphenate.ts)
  const de = (t: string) => hyphenDe.hyphenateSync(t, { minWordLength: 6 });
  const en = (t: string) => hyphenEn.hyphenateSync(t, { minWordLength: 6 });

  it('breaks "Beratungsgespräch" and "Fahrzeugübergabe" between syllables, with a visible hyphen', () => {
    // 13 characters wide: today's letter-count break gave "Beratungsgespr-äch" and "Fahrzeugüberg-abe"
    expect(wrapText('Beratungsgespräch', 150, 3, measure, de)).toEqual(['Beratungsge-', 'spräch']);
    expect(wrapText('Fahrzeugübergabe', 150, 3, measure, de)).toEqual(['Fahrzeugüber-', 'gabe']);
    expect(wrapText('Probefahrt und Fahrzeugübergabe beim Händler', 140, 4, measure, de)).toEqual(['Probefahrt und', 'Fahrzeugüber-', 'gabe beim', 'Händler']);
    for (const line of wrapText('Beratungsgespräch Fahrzeugübergabe', 100, 6, measure, de)) {
      expect(line).not.toMatch(/gespr-|überg-|\u00AD/);
      expect(measure(line)).toBeLessThanOrEqual(100);
    }
  });

  it('keeps a word whole when it fits, and shows no soft hyphen', () => {
    expect(wrapText('Beratungsgespräch', 200, 3, measure, de)).toEqual(['Beratungsgespräch']);
    expect(ellipsize('Beratungs\u00ADgespräch', 300, measure)).toBe('Beratungsgespräch');
  });

  it('uses the English patterns for an English workshop', () => {
    expect(wrapText('Consultation appointment', 100, 3, measure, en)).toEqual(['Consulta-', 'tion ap-', 'pointment']);
  });

  it('fits the whole title for a picture by shrinking the font, never with "…"', () => {
    const at = (size: number) => (s: string) => Array.from(s).length * size * 0.6;
    const r = fitWhole('Beratungsgespräch zur Baufinanzierung in der Filiale', 200, 3, { min: 12, max: 18 }, at, de);
    expect(r.size).toBeLessThan(18);
    expect(r.size).toBeGreaterThanOrEqual(12);
    expect(r.lines.join(' ')).not.toContain('…');
    expect(r.lines.join('').replace(/[- ]/g, '')).toBe('BeratungsgesprächzurBaufinanzierunginderFiliale');
    const long = fitWhole('Sehr langer Titel '.repeat(8).trim(), 100, 3, { min: 12, max: 18 }, at, de);
    expect(long.size).toBe(12);
    expect(long.lines.length).toBeGreaterThan(3);
    expect(long.lines.join(' ')).not.toContain('…');
  });
});
