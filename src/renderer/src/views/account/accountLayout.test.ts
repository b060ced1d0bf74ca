import { describe, expect, it } from 'vitest';
import { accountLayout, niceStep, starPath } from './accountLayout';
import { accountOf } from '../../../../shared/metrics';
import { addRated, workshop } from '../../../../shared/metrics/testkit';

function journey() {
  const doc = workshop();
  addRated(doc, 'tp_xxx', 2, { phase: 0, importance: 2 }); // +4
  addRated(doc, 'tp_yyy', -1, { phase: 0, importance: 3, momentOfTruth: true }); // −6
  addRated(doc, 'tp_www', 1, { phase: 1, importance: 1 }); // +1
  addRated(doc, 'tp_vvv', -2, { phase: 2, importance: 2 }); // −8
  return accountOf(doc);
}

describe('relationship account curve layout', () => {
  it('rounds tick steps to 1, 2 or 5 × 10^k', () => {
    expect(niceStep(13)).toBe(5);
    expect(niceStep(93)).toBe(20);
    expect(niceStep(4)).toBe(1);
    expect(niceStep(0)).toBe(1);
  });

  it('puts credit above and debit below the zero line', () => {
    const l = accountLayout(journey(), { width: 1000, height: 500 });
    const [x, y, w, v] = l.points;
    expect(x!.y).toBeLessThan(l.zeroY); // +4
    expect(y!.y).toBeGreaterThan(l.zeroY); // −2
    expect(w!.y).toBeGreaterThan(l.zeroY); // −1
    expect(v!.y).toBeGreaterThan(w!.y); // −9, lowest
    expect(l.points.map((p) => p.index)).toEqual([1, 2, 3, 4]);
    expect(l.points.every((p, i, all) => i === 0 || p.x > all[i - 1]!.x)).toBe(true);
    for (const p of l.points) {
      expect(p.y).toBeGreaterThanOrEqual(l.plot.y);
      expect(p.y).toBeLessThanOrEqual(l.plot.y + l.plot.h);
    }
    expect(l.ticks.some((t) => t.value === 0 && t.y === l.zeroY)).toBe(true);
  });

  it('starts the curve at the opening 0 and closes the area on the zero line', () => {
    const l = accountLayout(journey(), { width: 1000, height: 500 });
    expect(l.line.startsWith(`M ${l.plot.x} ${l.zeroY}`)).toBe(true);
    expect(l.area.endsWith(`L ${l.points[3]!.x} ${l.zeroY} Z`)).toBe(true);
  });

  it('gives every phase a band around its touchpoints with its subtotals', () => {
    const l = accountLayout(journey(), { width: 1000, height: 500 });
    expect(l.bands.map((b) => [b.delta, b.balance])).toEqual([
      [-2, -2],
      [1, -1],
      [-8, -9],
    ]);
    for (const [i, b] of l.bands.entries()) {
      const inside = l.points.filter((p) => p.x > b.x && p.x < b.x + b.w);
      expect(inside.length).toBe(i === 0 ? 2 : 1);
    }
  });

  it('draws an empty account as a flat line', () => {
    const l = accountLayout(accountOf(workshop()), { width: 800, height: 400 });
    expect(l.points).toEqual([]);
    expect(l.zeroY).toBeGreaterThan(l.plot.y);
    expect(l.zeroY).toBeLessThan(l.plot.y + l.plot.h);
  });

  it('draws a closed five-pointed star', () => {
    const d = starPath(0, 0, 10);
    expect(d.split('L')).toHaveLength(10);
    expect(d.endsWith('Z')).toBe(true);
  });
});

describe('relationship account curve: both sides', () => {
  it('keeps room above the zero line when the account never had credit', () => {
    const doc = workshop();
    addRated(doc, 'tp_bad', -2, { importance: 3 }); // −12
    const l = accountLayout(accountOf(doc), { width: 1000, height: 500 });
    expect(l.zeroY - l.plot.y).toBeGreaterThan(l.plot.h / 10);
    expect(l.ticks.some((t) => t.value > 0)).toBe(true);
  });
});
