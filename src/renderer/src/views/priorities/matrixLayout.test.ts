import { describe, expect, it } from 'vitest';
import { fitDots, matrixLayout, type MatrixItem } from './matrixLayout';
import { quadrantOf } from '../../../../shared/metrics';

function item(rank: number, weight: number, gap: number): MatrixItem {
  return { touchpointId: `tp_${rank}xx`, rank, title: `T${rank}`, quadrant: quadrantOf(weight, gap), key: rank <= 3, weight, gap, momentOfTruth: weight % 1 !== 0, disputed: false, unrated: false };
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

describe('priority matrix blind spots', () => {
  const blind = (rank: number, weight: number): MatrixItem => ({ ...item(rank, weight, 1), unrated: true });

  it('puts unrated touchpoints into their own lane beside the gap axis, in the row of their importance', () => {
    const items = [item(1, 3, 3), blind(2, 3), blind(3, 1), item(4, 1, 1), blind(5, 1)];
    const l = matrixLayout(items, { width: 1000, height: 700 });
    expect(l.lane).not.toBeNull();
    const lane = l.lane!;
    // the lane lies left of the plot, apart from it: never inside a quadrant
    expect(lane.x + lane.w).toBeLessThan(l.plot.x);
    for (const d of l.dots.filter((x) => x.blind)) {
      expect(d.cx - d.r).toBeGreaterThanOrEqual(lane.x);
      expect(d.cx + d.r).toBeLessThanOrEqual(lane.x + lane.w);
      const row = l.rows.find((r) => r.weight === d.weight)!;
      expect(d.cy - d.r).toBeGreaterThanOrEqual(row.y);
      expect(d.cy + d.r).toBeLessThanOrEqual(row.y + row.h);
      for (const q of l.quadrants) expect(d.cx < q.x || d.cx > q.x + q.w).toBe(true);
    }
    expect(l.dots.filter((x) => x.blind).map((x) => x.rank)).toEqual([2, 3, 5]);
    // the rated ones stay in their cells
    for (const d of l.dots.filter((x) => !x.blind)) {
      const col = l.columns.find((c) => c.gap === d.gap)!;
      expect(d.cx - d.r).toBeGreaterThanOrEqual(col.x);
      expect(d.cx + d.r).toBeLessThanOrEqual(col.x + col.w);
    }
  });

  it('has no lane when every touchpoint is rated, and the plot keeps its full width', () => {
    const l = matrixLayout([item(1, 3, 3), item(2, 1, 0)], { width: 1000, height: 700 });
    expect(l.lane).toBeNull();
    expect(l.plot.x).toBe(110);
    expect(l.dots.some((d) => d.blind)).toBe(false);
  });

  it('stacks many blind spots of one importance without overlap', () => {
    const items = Array.from({ length: 20 }, (_, i) => blind(i + 1, 2));
    const l = matrixLayout(items, { width: 1000, height: 700 });
    const dots = l.dots;
    for (let i = 0; i < dots.length; i++) {
      for (let j = i + 1; j < dots.length; j++) expect(Math.hypot(dots[i]!.cx - dots[j]!.cx, dots[i]!.cy - dots[j]!.cy)).toBeGreaterThanOrEqual(dots[i]!.r + dots[j]!.r);
    }
  });
});
