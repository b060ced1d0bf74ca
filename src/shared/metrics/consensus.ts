/**
 * The room's value of a touchpoint (see docs/method.md):
 * the room rating when the facilitator entered one, otherwise the median of the
 * participants' ratings; with an even number of ratings the lower of the two middle
 * ones, because a negative experience weighs more than a positive one (docs/glossary.md "Konsens").
 * A touchpoint is disputed when its participants' ratings lie 2 or more levels apart.
 *
 * consensusOf explains the value (source, sorted ratings, spread) for the rating view;
 * consensusValueOf is the fast path every metric uses, and valueOf adds snapshot values.
 * Anonymous ratings of room mode (`anonRatings`) are participants' ratings without a name.
 */
import type { Level, Workshop } from '../model/schema';

/**
 * The parts of a workshop a consensus reads. Every Workshop has `anonRatings` (required since
 * file version 2); a metric's own view of the document (the example generators, snapshot
 * builders) may leave it out when it has only named ratings.
 */
export type RatingsDoc = Pick<Workshop, 'ratings' | 'roomRatings'> & Partial<Pick<Workshop, 'anonRatings'>>;

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

export function consensusOf(doc: RatingsDoc, touchpointId: string): Consensus {
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

/**
 * The consensus value and dispute flag of a touchpoint: the same result as
 * `consensusOf(doc, id).value` / `.disputed`, computed by counting the five
 * levels instead of sorting, without allocating, because every metric asks it for every
 * touchpoint after every rating.
 */
export function consensusValueOf(doc: RatingsDoc, touchpointId: string): { value: Level | null; disputed: boolean } {
  // locals, not a closure or a shared tally object: this runs for every touchpoint after every
  // rating (P8), and either of those made it 2–3× slower at 2,000 touchpoints
  let n = 0;
  let min = 3;
  let max = -3;
  let c0 = 0, c1 = 0, c2 = 0, c3 = 0; // counts of −2, −1, 0, +1 (+2 is the rest)
  const row = doc.ratings[touchpointId];
  if (row) {
    for (const pid in row) {
      const v = row[pid];
      if (v === undefined) continue;
      n++;
      if (v < min) min = v;
      if (v > max) max = v;
      if (v === -2) c0++;
      else if (v === -1) c1++;
      else if (v === 0) c2++;
      else if (v === 1) c3++;
    }
  }
  // anonymous room-mode ratings count like named ones (ADR 0004); the same counting, kept inline
  const anon = doc.anonRatings?.[touchpointId];
  if (anon) {
    for (let i = 0; i < anon.length; i++) {
      const v = anon[i]!;
      n++;
      if (v < min) min = v;
      if (v > max) max = v;
      if (v === -2) c0++;
      else if (v === -1) c1++;
      else if (v === 0) c2++;
      else if (v === 1) c3++;
    }
  }
  const disputed = n > 1 && max - min >= 2;
  const room = doc.roomRatings[touchpointId];
  if (room !== undefined) return { value: room, disputed };
  if (n === 0) return { value: null, disputed };
  // low median: the rating at sorted index ⌊(n − 1) / 2⌋
  const m = (n - 1) >> 1;
  let value: Level = 2;
  if (m < c0) value = -2;
  else if (m < c0 + c1) value = -1;
  else if (m < c0 + c1 + c2) value = 0;
  else if (m < c0 + c1 + c2 + c3) value = 1;
  return { value, disputed };
}

/** value source shared by the metrics: snapshot values when given, else the consensus */
export function valueOf(doc: RatingsDoc, values: Record<string, Level | null> | undefined, touchpointId: string): Level | null {
  if (values) return Object.prototype.hasOwnProperty.call(values, touchpointId) ? (values[touchpointId] ?? null) : null;
  return consensusValueOf(doc, touchpointId).value;
}
