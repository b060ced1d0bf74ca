import hyphenDe from 'hyphen/de';
import { describe, expect, it } from 'vitest';
import { cubeOf } from '../metrics/cube';
import { addRated, workshop } from '../metrics/testkit';
import { exampleWorkshop } from '../example/bank';
import { faceCaption } from './format';
import { isoDrawing, isoFaceMaps } from './iso';
import { HOME, turn } from './orientation';
import { centroid, hitTest, stickers, type TextShape } from './shapes';

function doc() {
  const d = workshop();
  for (let f = 0; f < 6; f++) for (let i = 0; i < 3; i++) addRated(d, `tp_f${f}x${i}`, ((f % 5) - 2) as -2 | -1 | 0 | 1 | 2, { face: f });
  return d;
}

describe('isoDrawing', () => {
  it('shows front, right and top: the home view shows faces 0, 1 and 4', () => {
    const d = isoDrawing(cubeOf(doc()), { width: 1400, height: 900 });
    expect(d.visible).toEqual({ front: 0, right: 1, top: 4 });
    expect(new Set(stickers(d).map((s) => s.faceIndex))).toEqual(new Set([0, 1, 4]));
    const titles = d.shapes.filter((s): s is TextShape => s.kind === 'text' && s.role === 'title').map((s) => s.faceIndex);
    expect(new Set(titles)).toEqual(new Set([0, 1, 4]));
  });

  it('turning changes which faces are drawn, and where', () => {
    const o = turn(turn(HOME, 'right'), 'right');
    const d = isoDrawing(cubeOf(doc()), { width: 1400, height: 900, orientation: o });
    expect(d.visible).toEqual({ front: 2, right: 3, top: 4 });
    const up = isoDrawing(cubeOf(doc()), { width: 1400, height: 900, orientation: turn(HOME, 'down') });
    expect(up.visible.top).toBe(HOME.B);
    expect(up.visible.front).toBe(HOME.U);
  });

  it('the three sides meet at their edges: a closed isometric cube', () => {
    const maps = isoFaceMaps({ x: 500, y: 400 }, 200);
    const close = (a: { x: number; y: number }, b: { x: number; y: number }) => {
      expect(a.x).toBeCloseTo(b.x);
      expect(a.y).toBeCloseTo(b.y);
    };
    // top's front edge = front's top edge; front's right edge = right's left edge; top's right edge = right's top edge
    close(maps.top(0, 1), maps.front(0, 0));
    close(maps.top(1, 1), maps.front(1, 0));
    close(maps.front(1, 1), maps.right(0, 1));
    close(maps.top(1, 0), maps.right(1, 0));
    // the top is above the front, the right side right of the front
    expect(maps.top(0.5, 0.5).y).toBeLessThan(maps.front(0.5, 0.5).y);
    expect(maps.right(0.5, 0.5).x).toBeGreaterThan(maps.front(0.5, 0.5).x);
  });

  it('keeps the reading order on every side: the first sticker is top left as the side is seen', () => {
    const d = isoDrawing(cubeOf(doc()), { width: 1400, height: 900 });
    for (const face of [0, 1, 4]) {
      const [a, b] = stickers(d).filter((s) => s.faceIndex === face).map((s) => centroid(s.points));
      expect(b!.x).toBeGreaterThan(a!.x);
    }
  });

  it('fits inside the canvas with captions and hit-tests its stickers', () => {
    const cube = cubeOf(exampleWorkshop());
    const captions = cube.faces.map((f) => faceCaption(f, 'de'));
    for (const [width, height] of [[1400, 900], [800, 600]] as const) {
      const d = isoDrawing(cube, { width, height, captions });
      for (const s of d.shapes) {
        if (s.kind === 'polygon') {
          for (const p of s.points) {
            expect(p.x).toBeGreaterThanOrEqual(0);
            expect(p.x).toBeLessThanOrEqual(width);
            expect(p.y).toBeGreaterThanOrEqual(0);
            expect(p.y).toBeLessThanOrEqual(height);
          }
        } else {
          expect(s.y).toBeGreaterThanOrEqual(0);
          expect(s.y + s.size).toBeLessThanOrEqual(height);
        }
      }
      for (const s of stickers(d)) expect(hitTest(d, centroid(s.points))?.touchpointId).toBe(s.touchpointId);
    }
    expect(isoDrawing(cube, { width: 1400, height: 900 }).edge).toBeGreaterThan(300);
  });
});

describe('the 3-D cube stays a cube', () => {
  it('shows the visible face names whole, hyphenated, never with "…", on a narrow audience canvas', () => {
    const cube = cubeOf(exampleWorkshop());
    const captions = cube.faces.map((f) => faceCaption(f, 'de'));
    const wide = (t: string, size: number, bold: boolean) => Array.from(t).length * size * (bold ? 0.66 : 0.58);
    const hyphenate = (t: string) => hyphenDe.hyphenateSync(t, { minWordLength: 6 });
    // the long name ("Mitarbeitende: Freundlichkeit & Kompetenz", face 2) in front
    const o = { F: 2, R: 3, B: 0, L: 1, U: 4, D: 5 }; // HOME turned half-way round
    const d = isoDrawing(cube, { width: 569, height: 632, captions, measure: wide, hyphenate, orientation: o });
    const texts = d.shapes.filter((s): s is TextShape => s.kind === 'text' && (s.role === 'title' || s.role === 'caption'));
    expect(texts.filter((t) => t.text.includes('…')).map((t) => t.text)).toEqual([]);
    for (const t of texts) expect(wide(t.text, t.size, t.bold)).toBeLessThanOrEqual(t.maxWidth! + 0.01);
    const title = texts.filter((t) => t.faceIndex === 2 && t.role === 'title').map((t) => t.text);
    expect(title.reduce((acc, l) => (acc === '' ? l : acc.endsWith('-') && /^\p{Ll}/u.test(l) ? acc.slice(0, -1) + l : `${acc} ${l}`), '')).toBe(cube.faces[2]!.name);
  });

  it('draws the three visible sides as 4×4 grids when one face (here the right side) has 14 touchpoints', () => {
    const d = workshop();
    for (let i = 0; i < 14; i++) addRated(d, `tp_t${String(i).padStart(2, '0')}`, 1, { face: 1 });
    addRated(d, 'tp_one', -1, { face: 0 });
    const drawing = isoDrawing(cubeOf(d), { width: 1400, height: 900 });
    for (const face of [0, 1, 4]) {
      const cells = drawing.shapes.filter((s) => s.kind === 'polygon' && (s.role === 'sticker' || s.role === 'empty') && s.faceIndex === face);
      expect(cells, `face ${face}`).toHaveLength(16);
    }
  });
});
