import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '../../../shared/example/bank';
import { boardPictureDrawing } from './boardPicture';
import { measureWith } from './canvas';
import { wrapLines } from '../../../shared/cubeDrawing/paint';

const LONG = 'Beratungsgespräch zur Baufinanzierung mit Fahrzeugübergabe, Probefahrt und Kontowechselservice beim Händler';

function drawnTexts(title: string) {
  const doc = exampleWorkshop();
  doc.touchpoints[0] = { ...doc.touchpoints[0]!, title };
  doc.touchpoints[1] = { ...doc.touchpoints[1]!, title: 'Fahrzeugübergabe' };
  const measure = measureWith(createCanvas(1, 1).getContext('2d'));
  const { shapes } = boardPictureDrawing(doc, 'de', measure);
  // what the painter draws: each text shape wrapped to its width and lines, as paint.ts does
  return shapes.flatMap((s) =>
    s.kind !== 'text' ? [] : s.maxWidth ? wrapLines(s.text, s.maxWidth, s.maxLines ?? 1, (t) => measure(t, s.size, s.bold)) : [s.text],
  );
}

describe('the board picture', () => {
  it('shows a long title in full, hyphenated at syllables, never with "…"', () => {
    const texts = drawnTexts(LONG);
    expect(texts.join(' ')).not.toContain('…');
    // every word of the title is on the picture, possibly broken at a soft hyphen
    const joined = texts.join('\n').replace(/-\n/g, '').replace(/\n/g, ' ');
    for (const word of LONG.split(' ')) expect(joined).toContain(word);
    expect(texts.join(' ')).not.toMatch(/gespr-|überg-/);
  });
});
