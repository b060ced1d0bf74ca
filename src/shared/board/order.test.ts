/** The order rule: finite, compact, renumbered when it spreads. */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/limits';
import { appendToPhase, betweenOrders, byOrder, endOrder, renumbered } from './order';

const card = (id: string, order: number, phaseId = 'ph_one') => ({ id, order, phaseId });

describe('board order', () => {
  it('endOrder is the last order of a phase, 0 when empty, leaving out moving cards', () => {
    const cards = [card('a', 3), card('b', 9), card('c', 20, 'ph_two')];
    expect(endOrder(cards, 'ph_one')).toBe(9);
    expect(endOrder(cards, 'ph_one', new Set(['b']))).toBe(3);
    expect(endOrder(cards, 'ph_three')).toBe(0);
  });

  it('betweenOrders spaces cards evenly between, after or before neighbours', () => {
    expect(betweenOrders(1, 2, 3)).toEqual([1.25, 1.5, 1.75]);
    expect(betweenOrders(4, undefined, 2)).toEqual([5, 6]);
    expect(betweenOrders(undefined, 4, 2)).toEqual([2, 3]);
    expect(betweenOrders(undefined, undefined, 2)).toEqual([1, 2]);
  });

  it('betweenOrders gives up (renumber) when the gap is too small or values would leave the range', () => {
    expect(betweenOrders(1, 1 + LIMITS.orderMinGap, 1)).toBeNull();
    expect(betweenOrders(1e308, undefined, 1)).toBeNull();
    expect(betweenOrders(undefined, -1e308, 1)).toBeNull();
    expect(betweenOrders(1e308, Number.MAX_VALUE, 1)).toBeNull();
    expect(betweenOrders(LIMITS.order - 1, undefined, 2)).toBeNull();
    expect(betweenOrders(Number.NaN, undefined, 1)).toBeNull();
  });

  it('appendToPhase appends after the last card', () => {
    const cards = [card('a', 1), card('b', 2), card('x', 1, 'ph_two')];
    expect([...appendToPhase([...cards, card('n', 0)], 'ph_one', ['n'])]).toEqual([['n', 3]]);
    expect([...appendToPhase(cards, 'ph_one', ['x'])]).toEqual([['x', 3]]);
  });

  it('appendToPhase renumbers the whole phase 1…n when its orders are near 1e308', () => {
    const cards = [card('a', 1e308), card('b', -1e308), card('c', Number.MAX_VALUE), card('z', 5, 'ph_two')];
    const out = appendToPhase(cards, 'ph_one', ['z']);
    expect([...out]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
      ['z', 4],
    ]);
    expect([...out.values()].every(Number.isFinite)).toBe(true);
  });

  it('repeated halving between two cards stays strictly ordered and finite until it renumbers', () => {
    let lo = 1;
    const hi = 2;
    let steps = 0;
    for (;;) {
      const mid = betweenOrders(lo, hi, 1);
      if (!mid) break;
      expect(mid[0]!).toBeGreaterThan(lo);
      expect(mid[0]!).toBeLessThan(hi);
      lo = mid[0]!;
      steps++;
    }
    expect(steps).toBeGreaterThan(15);
    expect(steps).toBeLessThan(30);
  });

  it('renumbered and byOrder', () => {
    expect([...renumbered(['x', 'y'])]).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
    expect([card('b', 1), card('a', 1), card('c', 0)].sort(byOrder).map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });
});
