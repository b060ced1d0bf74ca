import { describe, expect, it } from 'vitest';
import { layoutBoard } from '../../../../shared/board';
import { exampleWorkshop } from '../../../../shared/example/bank';
import { FHD, workshop } from '../../../../shared/board/testkit';
import { columnView, fitView, revealBox, toBoard, zoomAt } from './viewport';

describe('view', () => {
  const doc = workshop(Array.from({ length: 30 }, (_, i) => [i % 3, `T${i}`] as [number, string]));
  const l = layoutBoard(doc, { viewport: FHD, lanes: false });

  it('lays out the bundled example (41 touchpoints) so it fits a 1920×1080 board at a readable zoom', () => {
    const doc = exampleWorkshop();
    const viewport = { width: 1620, height: 920 }; // the canvas beside the outline at 1920×1080
    const l = layoutBoard(doc, { viewport, lanes: false });
    expect(l.cards).toHaveLength(doc.touchpoints.length);
    // the card title font is 20 px at 100 %: at the fitted zoom it must stay ≥ 16 px
    expect(20 * fitView(l, viewport).scale).toBeGreaterThanOrEqual(16);
  });

  it('fits the board into the screen, never above 100 %', () => {
    const v = fitView(l, FHD);
    expect(v.scale).toBeLessThanOrEqual(1);
    expect(l.width * v.scale).toBeLessThanOrEqual(FHD.width);
    expect(l.height * v.scale + v.y).toBeLessThanOrEqual(FHD.height);
  });

  it('zooms around the pointer and to a column', () => {
    const v = { scale: 1, x: 30, y: 40 };
    const z = zoomAt(v, 2, 500, 300);
    expect(z.scale).toBe(2);
    const before = toBoard(v, 500, 300);
    const after = toBoard(z, 500, 300);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
    const cv = columnView(l, l.columns[1]!.phaseId, FHD)!;
    const col = l.columns[1]!;
    expect(col.x * cv.scale + cv.x).toBeGreaterThanOrEqual(0);
    expect((col.x + col.w) * cv.scale + cv.x).toBeLessThanOrEqual(FHD.width);
    expect(col.w * cv.scale).toBeGreaterThan(FHD.width / 2);
  });

  it('pans just enough to reveal a box', () => {
    const v = { scale: 1, x: 0, y: 0 };
    const r = revealBox(v, { x: 100, y: 1200, w: 200, h: 100 }, FHD);
    expect(1300 + r.y).toBeLessThanOrEqual(FHD.height);
    expect(revealBox(v, { x: 100, y: 100, w: 200, h: 100 }, FHD)).toBe(v);
  });
});
