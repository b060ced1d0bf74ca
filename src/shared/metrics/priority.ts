/**
 * Prioritisation (step 5): importance × gap, moments of truth weigh more, dot votes
 * optionally raise the score; the priority matrix; key touchpoints and quick wins.
 * Formulas and the reasons behind them: docs/method.md.
 */
import type { Importance, Level, Measure, Workshop } from '../model/schema';
import { valueOf } from './consensus';
import { effectiveTarget, type ValueOptions } from './cube';
import { journeyOrder } from './journey';

/** Priority matrix: importance (high/low) × gap (high/low). */
export type Quadrant = 'act-now' | 'plan' | 'quick-check' | 'watch';

/** importance × moment-of-truth factor at or above this counts as high importance */
export const HIGH_WEIGHT = 3;
/** a gap of this many levels or more counts as high */
export const HIGH_GAP = 2;
/** the top quarter of the touchpoints with a positive score are the key touchpoints */
export const KEY_SHARE = 0.25;

export interface Priority {
  touchpointId: string;
  title: string;
  phaseId: string;
  faceId: string | null;
  importance: Importance;
  momentOfTruth: boolean;
  /** consensus value (Ist), null = not rated */
  current: Level | null;
  /** not rated: the gap assumes 0 (as expected) */
  unrated: boolean;
  /** effective target (Soll): as set, or DEFAULT_TARGET */
  target: Level;
  targetSet: boolean;
  /** max(0, target − (current ?? 0)) */
  gap: number;
  /** participants' dots + the room's dots */
  votes: number;
  /** importance × (moment of truth ? method.momentOfTruthWeight : 1) */
  weight: number;
  /** 1 + votes / fair share when method.votesFeedPriority, else 1 */
  voteFactor: number;
  /** weight × gap × voteFactor */
  score: number;
  /** 1-based position in the ranking */
  rank: number;
  /** in the top priority group (key touchpoint, Schlüssel-Touchpoint) */
  key: boolean;
  quadrant: Quadrant;
}

export interface Priorities {
  /** all touchpoints, highest score first */
  ranked: Priority[];
  byId: Record<string, Priority>;
  /** the key touchpoints, in rank order */
  key: Priority[];
  /** lowest score still in the key group; null when no touchpoint has a gap */
  keyThreshold: number | null;
  /** dots a touchpoint would get if all dots were spread evenly (at least 1) */
  fairShare: number;
}

export function quadrantOf(weight: number, gap: number): Quadrant {
  const important = weight >= HIGH_WEIGHT;
  const far = gap >= HIGH_GAP;
  if (important) return far ? 'act-now' : 'plan';
  return far ? 'quick-check' : 'watch';
}

type PriorityDoc = Pick<Workshop, 'phases' | 'touchpoints' | 'ratings' | 'roomRatings' | 'votes' | 'roomVotes' | 'participants' | 'method'>;

const EPS = 1e-9;

export function prioritiesOf(doc: PriorityDoc, opts: Pick<ValueOptions, 'values'> = {}): Priorities {
  const { method } = doc;
  const tps = journeyOrder(doc);

  let roomDots = 0;
  for (const tp of tps) roomDots += doc.roomVotes[tp.id] ?? 0;
  const budget = doc.participants.length * method.dotsPerParticipant + roomDots;
  const fairShare = Math.max(1, budget / Math.max(1, tps.length));

  const items = tps.map((tp): Priority => {
    const current = valueOf(doc, opts.values, tp.id);
    const target = effectiveTarget(tp);
    const gap = Math.max(0, target - (current ?? 0));
    let votes = doc.roomVotes[tp.id] ?? 0;
    const row = doc.votes[tp.id];
    if (row) for (const dots of Object.values(row)) votes += dots;
    const weight = tp.importance * (tp.momentOfTruth ? method.momentOfTruthWeight : 1);
    const voteFactor = method.votesFeedPriority ? 1 + votes / fairShare : 1;
    return {
      touchpointId: tp.id,
      title: tp.title,
      phaseId: tp.phaseId,
      faceId: tp.faceId,
      importance: tp.importance,
      momentOfTruth: tp.momentOfTruth,
      current,
      unrated: current === null,
      target,
      targetSet: tp.target !== null,
      gap,
      votes,
      weight,
      voteFactor,
      score: weight * gap * voteFactor,
      rank: 0,
      key: false,
      quadrant: quadrantOf(weight, gap),
    };
  });

  // score, then votes, then weight, then journey order (Array.prototype.sort is stable)
  items.sort((a, b) => b.score - a.score || b.votes - a.votes || b.weight - a.weight);

  let withGap = 0;
  for (const p of items) if (p.score > 0) withGap++;
  const keyCount = Math.ceil(withGap * KEY_SHARE);
  const keyThreshold = keyCount > 0 ? items[keyCount - 1]!.score : null;

  const byId: Record<string, Priority> = {};
  const key: Priority[] = [];
  items.forEach((p, i) => {
    p.rank = i + 1;
    // ties with the last score in the group are in as well: equal scores are not split arbitrarily
    p.key = keyThreshold !== null && p.score > 0 && p.score >= keyThreshold * (1 - EPS);
    byId[p.touchpointId] = p;
    if (p.key) key.push(p);
  });
  return { ranked: items, byId, key, keyThreshold, fairShare };
}

/** A quick win: small effort (S) and linked to at least one key touchpoint. */
export function isQuickWin(measure: Pick<Measure, 'effort' | 'touchpointIds'>, priorities: Pick<Priorities, 'byId'>): boolean {
  return measure.effort === 'S' && measure.touchpointIds.some((id) => priorities.byId[id]?.key === true);
}

/**
 * The priority of a measure: its most urgent linked touchpoint (the lowest rank, i.e. the
 * highest score); null when it links no touchpoint that still exists.
 */
export function measurePriorityOf(measure: Pick<Measure, 'touchpointIds'>, priorities: Pick<Priorities, 'byId'>): Priority | null {
  let best: Priority | null = null;
  for (const id of measure.touchpointIds) {
    const p = priorities.byId[id];
    if (p && (best === null || p.rank < best.rank)) best = p;
  }
  return best;
}
