import { describe, expect, it } from 'vitest';
import { accountOf, deltaOf } from './account';
import { addRated, workshop } from './testkit';

/**
 * Hand-computed journey (negative weight 2):
 *  before  X  +2 × 2          = +4   balance  4
 *          Y  −1 × 3 × 2      = −6   balance −2   (moment of truth)
 *  during  Z  not rated       =  0   balance −2
 *          W  +1 × 1          = +1   balance −1
 *  after   V  −2 × 2 × 2      = −8   balance −9
 */
function journey(negativeWeight = 2) {
  const doc = workshop({ method: { negativeWeight } });
  addRated(doc, 'tp_xxx', 2, { phase: 0, importance: 2 });
  addRated(doc, 'tp_yyy', -1, { phase: 0, importance: 3, momentOfTruth: true });
  addRated(doc, 'tp_zzz', null, { phase: 1, importance: 2 });
  addRated(doc, 'tp_www', 1, { phase: 1, importance: 1 });
  addRated(doc, 'tp_vvv', -2, { phase: 2, importance: 2 });
  return doc;
}

describe('relationship account', () => {
  it('books value × importance, negative experiences × the negative weight', () => {
    expect(deltaOf(2, 3, 2)).toBe(6);
    expect(deltaOf(-1, 3, 2)).toBe(-6);
    expect(deltaOf(-2, 2, 1.5)).toBe(-6);
    expect(deltaOf(0, 3, 2)).toBe(0);
    expect(deltaOf(null, 3, 2)).toBe(0);
  });

  it('runs the balance along the journey, hand-computed', () => {
    const a = accountOf(journey());
    expect(a.points.map((p) => [p.touchpointId, p.delta, p.balance])).toEqual([
      ['tp_xxx', 4, 4],
      ['tp_yyy', -6, -2],
      ['tp_zzz', 0, -2],
      ['tp_www', 1, -1],
      ['tp_vvv', -8, -9],
    ]);
    expect(a.points[1]!.momentOfTruth).toBe(true);
    expect(a.points[2]!.rated).toBe(false);
    expect(a).toMatchObject({ balance: -9, credit: 5, debit: -14, min: -9, max: 4 });
  });

  it('adds up each phase: credit, debit, balance at its end', () => {
    const [before, during, after] = accountOf(journey()).phases;
    expect(before).toMatchObject({ delta: -2, credit: 4, debit: -6, balance: -2, count: 2, rated: 2 });
    expect(during).toMatchObject({ delta: 1, credit: 1, debit: 0, balance: -1, count: 2, rated: 1 });
    expect(after).toMatchObject({ delta: -8, credit: 0, debit: -8, balance: -9, count: 1, rated: 1 });
  });

  it('follows the configured negative weight', () => {
    // 4 − 3 + 0 + 1 − 4
    expect(accountOf(journey(1)).balance).toBe(-2);
    // 4 − 9 + 0 + 1 − 12
    expect(accountOf(journey(3)).balance).toBe(-16);
  });

  it('starts at zero: an empty journey has a zero balance and a zero range', () => {
    const a = accountOf(workshop());
    expect(a).toMatchObject({ points: [], balance: 0, credit: 0, debit: 0, min: 0, max: 0 });
    expect(a.phases.every((p) => p.balance === 0 && p.count === 0)).toBe(true);
  });

  it('books snapshot values instead of the consensus when given', () => {
    // X +2×2 = 4, Y −2×3×2 = −12, the rest not in the snapshot: 0
    const a = accountOf(journey(), { values: { tp_xxx: 2, tp_yyy: -2 } });
    expect(a.points.map((p) => p.delta)).toEqual([4, -12, 0, 0, 0]);
    expect(a.points.map((p) => p.rated)).toEqual([true, true, false, false, false]);
    expect(a.balance).toBe(-8);
  });
});
