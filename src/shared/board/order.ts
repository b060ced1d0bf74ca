/**
 * The one rule for a card's `order` (its sort key inside a phase column and lane): where a
 * new card goes at the end of a phase, and which orders fit between two neighbours. Numbers
 * stay finite and compact: when they would leave ±LIMITS.order, or the gap between two
 * neighbours gets too small to split, the phase's cards are renumbered 1, 2, 3 … instead.
 * Used by the commands (add, import, phase.remove), the import plan and the board's drops.
 */
import { LIMITS } from '../model/limits';

export interface Ordered {
  id: string;
  phaseId: string;
  order: number;
}

/** Compare by order, then id: the board's visual sequence inside a phase. */
export function byOrder(a: Ordered, b: Ordered): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The largest order in a phase (0 for an empty phase), leaving out the cards in `exclude`. */
export function endOrder(cards: readonly Ordered[], phaseId: string, exclude?: ReadonlySet<string>): number {
  let max = 0;
  let any = false;
  for (const c of cards) {
    if (c.phaseId !== phaseId || exclude?.has(c.id)) continue;
    if (!any || c.order > max) max = c.order;
    any = true;
  }
  return max;
}

const fits = (o: number) => Number.isFinite(o) && Math.abs(o) <= LIMITS.order;

/**
 * `n` orders strictly between `prev` and `next` (either may be missing: after the last,
 * before the first card), spaced evenly, or null when they would not be distinct, finite
 * and within ±LIMITS.order: then the caller renumbers the phase.
 */
export function betweenOrders(prev: number | undefined, next: number | undefined, n: number): number[] | null {
  if (n <= 0) return [];
  let out: number[];
  if (prev !== undefined && next !== undefined) {
    const step = (next - prev) / (n + 1);
    if (!(step > LIMITS.orderMinGap)) return null;
    out = Array.from({ length: n }, (_, i) => prev + step * (i + 1));
  } else if (prev !== undefined) out = Array.from({ length: n }, (_, i) => prev + i + 1);
  else if (next !== undefined) out = Array.from({ length: n }, (_, i) => next - (n - i));
  else out = Array.from({ length: n }, (_, i) => i + 1);
  // float steps can round onto a neighbour far from zero: insist on a strictly rising sequence
  const seq = [prev, ...out, next].filter((o): o is number => o !== undefined);
  for (let i = 0; i < seq.length; i++) if (!fits(seq[i]!) || (i > 0 && !(seq[i]! > seq[i - 1]!))) return null;
  return out;
}

/** Orders 1, 2, 3 … for ids in the given sequence. */
export function renumbered(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i + 1]));
}

/**
 * Orders for the cards `ids` appended, in that sequence, at the end of `phaseId`. Normally
 * only those cards get an order; when the end would leave the range, every card of the
 * phase is in the result, renumbered (apply all of it as one change).
 */
export function appendToPhase(cards: readonly Ordered[], phaseId: string, ids: readonly string[]): Map<string, number> {
  const moving = new Set(ids);
  const end = endOrder(cards, phaseId, moving);
  const orders = betweenOrders(cards.some((c) => c.phaseId === phaseId && !moving.has(c.id)) ? end : undefined, undefined, ids.length);
  if (orders) return new Map(ids.map((id, i) => [id, orders[i]!]));
  const stay = cards.filter((c) => c.phaseId === phaseId && !moving.has(c.id)).sort(byOrder);
  return renumbered([...stay.map((c) => c.id), ...ids]);
}
