import hyphenDe from 'hyphen/de';
import { describe, expect, it } from 'vitest';
import { cubeOf } from '../metrics/cube';
import { compareCubes } from '../metrics/compare';
import { compareBadges } from './compare';
import { addRated, addTp, workshop } from '../metrics/testkit';
import { exampleWorkshop } from '../example/bank';
import { faceCaption } from './format';
import { netDrawing, type NetDrawing } from './net';
import { PALETTES, stickerStyle } from './palette';
import { area, centroid, hitTest, stickers, type PolygonShape, type TextShape } from './shapes';

function bounds(points: { x: number; y: number }[]) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function small() {
  const doc = workshop();
  addRated(doc, 'tp_a1', -2, { face: 0 });
  addRated(doc, 'tp_a2', 2, { face: 0 });
  addTp(doc, { id: 'tp_a3', face: 0 }); // blind spot
  for (let i = 0; i < 10; i++) addRated(doc, `tp_b${i}`, 1, { face: 1 });
  return doc;
}

function box(d: NetDrawing, i: number) {
  return d.faces.find((f) => f.faceIndex === i)!;
}

describe('netDrawing', () => {
  it('draws one sticker per touchpoint in reading order, coloured by value, blind spots hatched, empty cells neutral', () => {
    const cube = cubeOf(small());
    const d = netDrawing(cube, { width: 1400, height: 900, palette: 'safe' });
    const face0 = stickers(d).filter((s) => s.faceIndex === 0);
    expect(face0.map((s) => s.touchpointId)).toEqual(['tp_a1', 'tp_a2', 'tp_a3']);
    expect(face0.map((s) => s.fill)).toEqual([PALETTES.safe.levels[-2], PALETTES.safe.levels[2], PALETTES.safe.blind.fill]);
    expect(face0[2]!.hatch).toBe(PALETTES.safe.blind.hatch);
    expect(face0[0]!.hatch).toBeUndefined();
    // reading order: left to right, then down
    const [c0, c1] = face0.map((s) => centroid(s.points));
    expect(c1!.x).toBeGreaterThan(c0!.x);
    expect(c1!.y).toBeCloseTo(c0!.y);
    const empty0 = d.shapes.filter((s): s is PolygonShape => s.kind === 'polygon' && s.role === 'empty' && s.faceIndex === 0);
    // face 1 has 10 stickers, so every face is 4×4: 16 − 3 empty cells here
    expect(empty0).toHaveLength(13);
    expect(empty0.every((s) => s.fill === PALETTES.safe.empty)).toBe(true);
    // 10 stickers on face 1 → a 4×4 grid
    expect(stickers(d).filter((s) => s.faceIndex === 1)).toHaveLength(10);
    expect(d.shapes.filter((s) => s.kind === 'polygon' && s.role === 'empty' && s.faceIndex === 1)).toHaveLength(6);
  });

  it('puts the symbol on every sticker, in the ink of its colour', () => {
    const d = netDrawing(cubeOf(small()), { width: 1400, height: 900, palette: 'classic' });
    const symbols = d.shapes.filter((s): s is TextShape => s.kind === 'text' && s.role === 'symbol' && s.faceIndex === 0);
    expect(symbols.map((s) => s.text)).toEqual(['−−', '++', '?']);
    expect(symbols[0]!.color).toBe(stickerStyle(-2, 'classic').ink);
    const sticker = stickers(d)[0]!;
    const c = centroid(sticker.points);
    expect(symbols[0]!.x).toBeCloseTo(c.x);
    expect(symbols[0]!.y).toBeCloseTo(c.y);
  });

  it('lays the cross out as a cube net: left, front, right, back in a row, up above and down below the front', () => {
    const d = netDrawing(cubeOf(small()), { width: 1500, height: 940 });
    const [F, R, B, L, U, D] = [0, 1, 2, 3, 4, 5].map((i) => box(d, i));
    expect([L!.y, F!.y, R!.y, B!.y].every((y) => y === F!.y)).toBe(true);
    expect(L!.x).toBeLessThan(F!.x);
    expect(F!.x).toBeLessThan(R!.x);
    expect(R!.x).toBeLessThan(B!.x);
    expect(U!.x).toBe(F!.x);
    expect(D!.x).toBe(F!.x);
    expect(U!.y).toBeLessThan(F!.y);
    expect(D!.y).toBeGreaterThan(F!.y);
  });

  it('the grid layout shows the faces in two rows of three, in the workshop order', () => {
    const d = netDrawing(cubeOf(small()), { width: 1000, height: 700, layout: 'grid' });
    const b = [0, 1, 2, 3, 4, 5].map((i) => box(d, i));
    expect(b[0]!.y).toBe(b[2]!.y);
    expect(b[3]!.y).toBeGreaterThan(b[0]!.y);
    expect(b[3]!.x).toBe(b[0]!.x);
    expect(b[1]!.x).toBeGreaterThan(b[0]!.x);
  });

  it('keeps every shape and caption inside the canvas and faces apart, at beamer and small sizes', () => {
    const cube = cubeOf(exampleWorkshop());
    const captions = cube.faces.map((f) => faceCaption(f, 'de'));
    for (const [width, height, layout] of [[1500, 940, 'cross'], [900, 560, 'grid'], [640, 400, 'cross']] as const) {
      const d = netDrawing(cube, { width, height, layout, captions });
      for (const s of d.shapes) {
        if (s.kind !== 'polygon') continue;
        const b = bounds(s.points);
        expect(b.x0).toBeGreaterThanOrEqual(0);
        expect(b.y0).toBeGreaterThanOrEqual(0);
        expect(b.x1).toBeLessThanOrEqual(width);
        expect(b.y1).toBeLessThanOrEqual(height);
      }
      const texts = d.shapes.filter((s): s is TextShape => s.kind === 'text' && s.role !== 'symbol');
      for (const t of texts) expect(t.y + t.size * 1.2).toBeLessThanOrEqual(height);
      // captions include every figure line (cut with “…” only when small)
      if (width >= 900) expect(texts.filter((t) => t.faceIndex === 0 && t.role === 'caption').map((t) => t.text)).toEqual(captions[0]!.lines);
      const rects = d.faces.flatMap((f) => [
        { id: `face ${f.faceIndex}`, x: f.x, y: f.y, w: f.size, h: f.size },
        { id: `caption ${f.faceIndex}`, x: f.caption.x, y: f.caption.y, w: f.caption.width, h: f.caption.height },
      ]);
      for (const a of rects)
        for (const b of rects) {
          if (a === b) continue;
          const apart = a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;
          expect(apart, `${width}×${height} ${a.id} / ${b.id}`).toBe(true);
        }
    }
  });

  it('wraps long figure lines instead of cutting them, even in a wide font', () => {
    const cube = cubeOf(exampleWorkshop());
    const captions = cube.faces.map((f) => faceCaption(f, 'de'));
    const wide = (t: string, size: number, bold: boolean) => t.length * size * (bold ? 0.7 : 0.64);
    const d = netDrawing(cube, { width: 1480, height: 900, captions, measure: wide });
    const texts = d.shapes.filter((s): s is TextShape => s.kind === 'text' && (s.role === 'caption' || s.role === 'title'));
    expect(texts.filter((t) => t.text.endsWith('…'))).toEqual([]);
    for (const t of texts) expect(wide(t.text, t.size, t.bold)).toBeLessThanOrEqual(t.maxWidth! + 0.01);
    // every word of every caption is there
    for (const [i, c] of captions.entries()) {
      const words = texts.filter((t) => t.faceIndex === i).map((t) => t.text).join(' ');
      for (const line of [c.title, ...c.lines]) expect(words).toContain(line.split(' ')[0]!);
      expect(words).toContain(c.lines.at(-1)!.split(' ').at(-1)!);
    }
  });

  it('shows every face name whole, hyphenated, never with "…", in the audience canvas at 1024×768 (569×792 px)', () => {
    const cube = cubeOf(exampleWorkshop());
    const captions = cube.faces.map((f) => faceCaption(f, 'de'));
    // a bold sans-serif as wide as DejaVu Sans, the fallback on Debian
    const wide = (t: string, size: number, bold: boolean) => Array.from(t).length * size * (bold ? 0.66 : 0.58);
    const hyphenate = (t: string) => hyphenDe.hyphenateSync(t, { minWordLength: 6 });
    for (const [width, height] of [[569, 792], [569, 632], [1209, 912]] as const) {
      const d = netDrawing(cube, { width, height, captions, measure: wide, hyphenate });
      const texts = d.shapes.filter((s): s is TextShape => s.kind === 'text' && (s.role === 'title' || s.role === 'caption'));
      expect(texts.filter((t) => t.text.includes('…')).map((t) => t.text)).toEqual([]);
      for (const t of texts) expect(wide(t.text, t.size, t.bold)).toBeLessThanOrEqual(t.maxWidth! + 0.01);
      cube.faces.forEach((face, i) => {
        const lines = texts.filter((t) => t.faceIndex === i && t.role === 'title').map((t) => t.text);
        // joined again: a line ending in a soft-hyphen "-" before a lower-case letter continues the word
        const name = lines.reduce((acc, l) => (acc === '' ? l : acc.endsWith('-') && /^\p{Ll}/u.test(l) ? acc.slice(0, -1) + l : `${acc} ${l}`), '');
        expect(name, `${width}×${height}`).toBe(face.name);
      });
    }
  });

  it('is big enough to read on a beamer: faces of the example ≥ 200 px in a 1500×940 area', () => {
    const cube = cubeOf(exampleWorkshop());
    const d = netDrawing(cube, { width: 1500, height: 940, captions: cube.faces.map((f) => faceCaption(f, 'de')) });
    expect(Math.min(...d.faces.map((f) => f.size))).toBeGreaterThanOrEqual(200);
    const sym = d.shapes.find((s): s is TextShape => s.kind === 'text' && s.role === 'symbol')!;
    expect(sym.size).toBeGreaterThanOrEqual(20);
  });

  it('marks changed stickers of a comparison with ▲ / ▼ badges at their top right corner', () => {
    const before = small();
    const after = structuredClone(before);
    after.roomRatings['tp_a1'] = -1; // better
    after.roomRatings['tp_b0'] = -2; // worse
    const cmp = compareCubes(cubeOf(before), cubeOf(after));
    const badges = compareBadges(cmp);
    expect(badges).toEqual({ tp_a1: '▲', tp_b0: '▼' });
    const d = netDrawing(cubeOf(after), { width: 1400, height: 900, badges });
    const marks = d.shapes.filter((s): s is TextShape => s.kind === 'text' && s.role === 'badge');
    expect(marks.map((m) => m.text).sort()).toEqual(['▲', '▼']);
    const a1 = stickers(d).find((s) => s.touchpointId === 'tp_a1')!;
    const mark = marks.find((m) => m.text === '▲')!;
    const c = centroid(a1.points);
    expect(mark.x).toBeGreaterThan(c.x);
    expect(mark.y).toBeLessThan(c.y);
    // a badge sits on top of its sticker, so a click there still picks the sticker
    expect(hitTest(d, { x: mark.x, y: mark.y })?.touchpointId).toBe('tp_a1');
  });

  it('hit-tests stickers, not gaps or empty cells', () => {
    const d = netDrawing(cubeOf(small()), { width: 1400, height: 900 });
    for (const s of stickers(d)) expect(hitTest(d, centroid(s.points))?.touchpointId).toBe(s.touchpointId);
    const empty = d.shapes.find((s): s is PolygonShape => s.kind === 'polygon' && s.role === 'empty')!;
    expect(hitTest(d, centroid(empty.points))).toBeNull();
    expect(hitTest(d, { x: 1, y: 1 })).toBeNull();
    expect(area(stickers(d)[0]!.points)).toBeGreaterThan(0);
  });
});

describe('the cube stays a cube', () => {
  /** 14 touchpoints on face 2, one on face 0, the other faces empty */
  function lopsided() {
    const doc = workshop();
    for (let i = 0; i < 14; i++) addRated(doc, `tp_t${String(i).padStart(2, '0')}`, 1, { face: 2 });
    addRated(doc, 'tp_one', -1, { face: 0 });
    return doc;
  }
  const cellsOf = (d: { shapes: readonly { kind: string; role?: string; faceIndex?: number }[] }, face: number) =>
    d.shapes.filter((s): s is PolygonShape => s.kind === 'polygon' && (s.role === 'sticker' || s.role === 'empty') && s.faceIndex === face);
  const side = (s: PolygonShape) => {
    const b = bounds(s.points);
    return b.x1 - b.x0;
  };

  it('draws every face of the net as the same 4×4 grid when one face has 14 touchpoints', () => {
    for (const layout of ['cross', 'grid'] as const) {
      const d = netDrawing(cubeOf(lopsided()), { width: 1400, height: 900, layout });
      const sizes = [0, 1, 2, 3, 4, 5].map((f) => cellsOf(d, f));
      expect(sizes.map((c) => c.length)).toEqual([16, 16, 16, 16, 16, 16]);
      const first = side(sizes[0]![0]!);
      for (const cells of sizes) for (const c of cells) expect(side(c)).toBeCloseTo(first, 6);
    }
  });
});
