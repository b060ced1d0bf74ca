/**
 * The room's value of a touchpoint (see docs/method.md):
 * the room rating when the facilitator entered one, otherwise the median of the
 * participants' ratings; with an even number of ratings the lower of the two middle
 * ones, because a negative experience weighs more than a positive one (seed 002).
 * A touchpoint is disputed when its participants' ratings lie 2 or more levels apart.
 * Anonymous ratings of room mode (`anonRatings`) are participants' ratings without a name.
 */
import type { Level, Workshop } from '../model/schema';

export interface Consensus {
  value: Level | null;
  /** where the value came from */
  source: 'room' | 'median' | 'none';
  /** participant ratings, sorted ascending */
  ratings: Level[];
  /** max − min of the participant ratings (0 when fewer than two) */
  spread: number;
  disputed: boolean;
}

export function lowMedian(sorted: readonly Level[]): Level | null {
  if (sorted.length === 0) return null;
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

export function consensusOf(doc: Pick<Workshop, 'ratings' | 'roomRatings' | 'anonRatings'>, touchpointId: string): Consensus {
  const row = doc.ratings[touchpointId];
  // anonymous room-mode ratings count like named ones (ADR 0004)
  const anon = doc.anonRatings?.[touchpointId] ?? [];
  const ratings = [...(row ? (Object.values(row) as Level[]) : []), ...anon].sort((a, b) => a - b);
  const spread = ratings.length > 1 ? (ratings[ratings.length - 1] as number) - (ratings[0] as number) : 0;
  const room = doc.roomRatings[touchpointId];
  if (room !== undefined) return { value: room, source: 'room', ratings, spread, disputed: spread >= 2 };
  const median = lowMedian(ratings);
  return { value: median, source: median === null ? 'none' : 'median', ratings, spread, disputed: spread >= 2 };
}
