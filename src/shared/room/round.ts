/**
 * The logic of a room-mode round, pure: who has answered (counts only), the reveal summary,
 * and what each screen may see. The rule (S9): before the reveal the presenter and the
 * audience get counts, never values and never who; an anonymous round shows no names at all.
 */
import { LEVELS, type Level, type Workshop } from '../model/schema';
import { consensusOf } from '../metrics/consensus';
import type { OwnAnswer } from './contract';
import type { RoundState, RoundStatus } from './state';

/**
 * What main knows about the answers of the running round: touchpointId → participantId →
 * level (null = "can't judge"). Held in memory only and dropped when the round closes,
 * which is what keeps an anonymous round anonymous (ADR 0004).
 */
export type AnswerBook = Readonly<Record<string, Readonly<Record<string, Level | null>>>>;

type RoundDoc = Pick<Workshop, 'touchpoints' | 'ratings' | 'roomRatings' | 'anonRatings' | 'phases'>;

/**
 * A participant's own answer. Named: the document is the truth (the facilitator may have
 * changed or undone it), the book only adds "can't judge". Anonymous: only the book knows.
 */
export function ownAnswer(doc: Pick<Workshop, 'ratings'>, book: AnswerBook, anonymous: boolean, touchpointId: string, participantId: string): OwnAnswer {
  const inBook = book[touchpointId]?.[participantId];
  if (anonymous) return inBook === undefined ? null : { level: inBook };
  const v = doc.ratings[touchpointId]?.[participantId];
  if (v !== undefined) return { level: v };
  return inBook === null ? { level: null } : null;
}

/** The touchpoints a round asks about, in journey order (board order inside the phase). */
export function roundTouchpoints(doc: RoundDoc, round: RoundState): { id: string; title: string; description: string }[] {
  const t = round.target;
  if (!t) return [];
  if (t.pace === 'one') return doc.touchpoints.filter((tp) => tp.id === t.touchpointId);
  return doc.touchpoints.filter((tp) => tp.phaseId === t.phaseId).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}

export interface Progress {
  /** participants who answered (own pace: who answered every touchpoint of the phase) */
  answered: number;
  /** participants in the room */
  of: number;
  /** own pace: answers given and answers asked for (participants × touchpoints) */
  cells: number;
  cellsOf: number;
}

/**
 * "7 of 9 have rated": counts only. `present` = participants who joined the room; in a named
 * round also those the facilitator rates for from the keyboard (people without a phone).
 */
export function progressOf(doc: RoundDoc, book: AnswerBook, round: RoundState, present: readonly string[]): Progress {
  const tps = roundTouchpoints(doc, round);
  const people = new Set(present);
  if (!round.anonymous) for (const tp of tps) for (const pid of Object.keys(doc.ratings[tp.id] ?? {})) people.add(pid);
  let answered = 0;
  let cells = 0;
  for (const pid of people) {
    let mine = 0;
    for (const tp of tps) if (ownAnswer(doc, book, round.anonymous, tp.id, pid) !== null) mine++;
    cells += mine;
    if (tps.length > 0 && mine === tps.length) answered++;
  }
  return { answered, of: people.size, cells, cellsOf: people.size * tps.length };
}

export interface RevealSummary {
  touchpointId: string;
  /** how many gave each level, in LEVELS order (−2 … +2); all ratings of the touchpoint, named and anonymous */
  distribution: number[];
  /** "can't judge" answers of this round */
  cantJudge: number;
  rated: number;
  spread: number;
  disputed: boolean;
  /** the room's value (median or the facilitator's room rating) */
  value: Level | null;
}

/** The distribution, spread and dispute flag shown at the reveal (the consensus rules of metrics). */
export function revealSummary(doc: RoundDoc, book: AnswerBook, touchpointId: string): RevealSummary {
  const k = consensusOf(doc, touchpointId);
  const distribution = LEVELS.map((l) => k.ratings.filter((r) => r === l).length);
  const cantJudge = Object.values(book[touchpointId] ?? {}).filter((v) => v === null).length;
  return { touchpointId, distribution, cantJudge, rated: k.ratings.length, spread: k.spread, disputed: k.disputed, value: k.value };
}

/** What the audience view (the beamer) may show of the round. */
export interface AudienceRoundView {
  status: RoundStatus;
  pace: 'one' | 'own' | null;
  /** pace one: the touchpoint on screen; own pace: the phase */
  touchpoint: { id: string; title: string } | null;
  phase: { id: string; name: string } | null;
  anonymous: boolean;
  progress: Progress;
  /** only after the reveal, and only for one touchpoint at a time */
  summary: RevealSummary | null;
}

/** The presenter console additionally sees who is in the room, but in a named round only. */
export interface PresenterRoundView extends AudienceRoundView {
  connected: number;
  /** named round: the participants in the room; anonymous round: empty (counts only) */
  seats: { participantId: string; name: string; connected: boolean }[];
  voting: boolean;
  locked: boolean;
  allowSelfAdd: boolean;
}

export function audienceView(doc: RoundDoc, book: AnswerBook, round: RoundState, present: readonly string[]): AudienceRoundView {
  const t = round.target;
  const tp = t?.pace === 'one' ? doc.touchpoints.find((x) => x.id === t.touchpointId) : undefined;
  const ph = t?.pace === 'own' ? doc.phases.find((x) => x.id === t.phaseId) : undefined;
  return {
    status: round.status,
    pace: t?.pace ?? null,
    touchpoint: tp ? { id: tp.id, title: tp.title } : null,
    phase: ph ? { id: ph.id, name: ph.name } : null,
    anonymous: round.anonymous,
    progress: progressOf(doc, book, round, present),
    summary: round.status === 'revealed' && tp ? revealSummary(doc, book, tp.id) : null,
  };
}

export function presenterView(
  doc: RoundDoc & Pick<Workshop, 'participants'>,
  book: AnswerBook,
  round: RoundState,
  seats: readonly { participantId: string; connected: boolean }[],
  connected: number,
): PresenterRoundView {
  const names = new Map(doc.participants.map((p) => [p.id, p.name]));
  return {
    ...audienceView(doc, book, round, seats.map((s) => s.participantId)),
    connected,
    seats: round.anonymous ? [] : seats.map((s) => ({ participantId: s.participantId, name: names.get(s.participantId) ?? '', connected: s.connected })),
    voting: round.voting,
    locked: round.locked,
    allowSelfAdd: round.allowSelfAdd,
  };
}
