/** Why a touchpoint is disputed: who rated lowest and highest, and how far apart. */
import { consensusOf } from '../../../../shared/metrics';
import type { Level, Workshop } from '../../../../shared/model/schema';

export interface Dispute {
  touchpointId: string;
  low: { value: Level; names: string[] };
  high: { value: Level; names: string[] };
  spread: number;
}

/** The dispute of a touchpoint, or null when its ratings lie less than two levels apart. */
export function disputeOf(doc: Pick<Workshop, 'ratings' | 'roomRatings' | 'participants'>, touchpointId: string): Dispute | null {
  const c = consensusOf(doc, touchpointId);
  if (!c.disputed) return null;
  const lowValue = c.ratings[0]!;
  const highValue = c.ratings[c.ratings.length - 1]!;
  const row = doc.ratings[touchpointId] ?? {};
  const namesAt = (v: Level) => doc.participants.filter((p) => row[p.id] === v).map((p) => p.name);
  return { touchpointId, low: { value: lowValue, names: namesAt(lowValue) }, high: { value: highValue, names: namesAt(highValue) }, spread: c.spread };
}

/** The disputed touchpoints in the given order (journey order), largest spread first among equals kept in order. */
export function disputesOf(doc: Pick<Workshop, 'ratings' | 'roomRatings' | 'participants'>, ids: readonly string[]): Dispute[] {
  const out: Dispute[] = [];
  for (const id of ids) {
    const d = disputeOf(doc, id);
    if (d) out.push(d);
  }
  return out.sort((a, b) => b.spread - a.spread);
}
