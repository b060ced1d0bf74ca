import { describe, expect, it } from 'vitest';
import { fitDots, matrixLayout, type MatrixItem } from './matrixLayout';
import { quadrantOf } from '../../../../shared/metrics';

function item(rank: number, weight: number, gap: number): MatrixItem {
  return { touchpointId: `tp_${rank}xx`, rank, title: `T${rank}`, quadrant: quadrantOf(weight, gap), key: rank <= 3, weight, gap, momentOfTruth: weight % 1 !== 0, disputed: false };
}

describe('priority matrix layout', () => {
  it('always has the rows 1, 2, 3 (top = highest) and the columns gap 0 … 4', () => {
    const l = matrixLayout([item(1, 4.5, 3)], { width: 1000, height: 700 });
    expect(l.rows.map((r) => r.weight)).toEqual([4.5, 3, 2, 1]);
    expect(l.columns.map((c) => c.gap)).toEqual([0, 1, 2, 3, 4]);
    // high importance = the rows 4.5 and 3; large gap starts at column 2
    expect(l.splitY).toBeCloseTo(l.rows[2]!.y, 6);
    expect(l.splitX).toBeCloseTo(l.columns[2]!.x, 6);
  });

  it('puts every dot into the cell of its weight and gap, in its quadrant', () => {
    const items = [item(1, 4.5, 3), item(2, 2, 2), item(3, 1, 0), item(4, 3, 1)];
    const l = matrixLayout(items, { width: 1000, height: 700 });
    for (const d of l.dots) {
      const row = l.rows.find((r) => r.weight === d.weight)!;
      const col = l.columns.find((c) => c.gap === d.gap)!;
      expect(d.cx - d.r).toBeGreaterThanOrEqual(col.x);
      expect(d.cx + d.r).toBeLessThanOrEqual(col.x + col.w);
      expect(d.cy - d.r).toBeGreaterThanOrEqual(row.y);
      expect(d.cy + d.r).toBeLessThanOrEqual(row.y + row.h);
      const q = l.quadrants.find((x) => x.quadrant === d.quadrant)!;
      expect(d.cx).toBeGreaterThan(q.x);
      expect(d.cx).toBeLessThan(q.x + q.w);
      expect(d.cy).toBeGreaterThan(q.y);
      expect(d.cy).toBeLessThan(q.y + q.h);
    }
  });

  it('stacks touchpoints with equal values without overlap, in rank order', () => {
    const same = Array.from({ length: 30 }, (_, i) => item(i + 1, 2, 2));
    const l = matrixLayout(same, { width: 1000, height: 600 });
    const col = l.columns[2]!;
    const row = l.rows.find((r) => r.weight === 2)!;
    for (let i = 0; i < l.dots.length; i++) {
      const a = l.dots[i]!;
      expect(a.rank).toBe(i + 1);
      expect(a.cx - a.r).toBeGreaterThanOrEqual(col.x);
      expect(a.cx + a.r).toBeLessThanOrEqual(col.x + col.w);
      expect(a.cy + a.r).toBeLessThanOrEqual(row.y + row.h);
      for (let j = i + 1; j < l.dots.length; j++) {
        const b = l.dots[j]!;
        expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r);
      }
    }
    // first dot top left of the stack
    expect(l.dots[0]!.cy).toBeLessThan(l.dots[29]!.cy);
  });

  it('shrinks dots only as far as a crowded cell needs', () => {
    expect(fitDots(1, 180, 150).r).toBe(20);
    expect(fitDots(40, 180, 150).r).toBeLessThan(20);
  });
});

describe('priority matrix corner labels', () => {
  it('keeps the quadrant-name band of the corner cells free of dots', () => {
    const items = [...Array.from({ length: 12 }, (_, i) => item(i + 1, 3, 0)), ...Array.from({ length: 12 }, (_, i) => item(i + 13, 1, 4))];
    const l = matrixLayout(items, { width: 1000, height: 700, labelBand: 30 });
    const topRow = l.rows[0]!;
    const bottomRow = l.rows[l.rows.length - 1]!;
    for (const d of l.dots.filter((x) => x.weight === 3)) expect(d.cy - d.r).toBeGreaterThanOrEqual(topRow.y + 30);
    for (const d of l.dots.filter((x) => x.weight === 1)) expect(d.cy + d.r).toBeLessThanOrEqual(bottomRow.y + bottomRow.h - 30);
  });
});
