/**
 * The workshop document (file format version 1), as zod schemas.
 * Everything persisted in a `.tpcube` file is described here; session state
 * (selection, zoom, open view) is not part of the document.
 */
import { z } from 'zod';
import { LIMITS } from './limits';

export const SCHEMA_VERSION = 2;

/** Ids are short, safe tokens: never `__proto__`, never a path, usable as record keys. */
export const Id = z.string().regex(/^[a-z]{1,4}_[A-Za-z0-9_-]{3,40}$/, 'invalid id');
export type Id = z.infer<typeof Id>;

const text = (max: number) => z.string().max(max);
const T = LIMITS.text;
const timestamp = z.string().max(T.timestamp);
/** Numbers a file may hold where the commands saturate lower: finite, never beyond 2^53. */
const safeNumber = z.number().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
export const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'invalid colour');
export const IsoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

/** The five levels of the customer's view: −2 disappointing … +2 delighting. */
export const Level = z.union([z.literal(-2), z.literal(-1), z.literal(0), z.literal(1), z.literal(2)]);
export type Level = z.infer<typeof Level>;
export const LEVELS: readonly Level[] = [-2, -1, 0, 1, 2];

export const Language = z.enum(['de', 'en']);
export type Language = z.infer<typeof Language>;

export const Meta = z.object({
  title: text(T.workshopTitle).min(1),
  client: text(T.client),
  date: IsoDate,
  venue: text(T.venue),
  goal: text(T.goal),
  brandPromise: text(T.brandPromise),
  language: Language,
  createdAt: timestamp,
});
export type Meta = z.infer<typeof Meta>;

export const Department = z.object({ id: Id, name: text(T.name).min(1), color: Color });
export type Department = z.infer<typeof Department>;

export const Participant = z.object({
  id: Id,
  name: text(T.name).min(1),
  departmentId: Id.nullable(),
  role: text(T.role),
});
export type Participant = z.infer<typeof Participant>;

export const Phase = z.object({ id: Id, name: text(T.name).min(1) });
export type Phase = z.infer<typeof Phase>;

export const FACE_KEYS = ['product', 'service', 'people', 'premises', 'online', 'technology'] as const;
export const FaceKey = z.enum(FACE_KEYS);
export type FaceKey = z.infer<typeof FaceKey>;

export const Face = z.object({
  id: Id,
  key: FaceKey,
  name: text(T.name).min(1),
  color: Color,
  description: text(T.faceDescription),
});
export type Face = z.infer<typeof Face>;

export const Importance = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Importance = z.infer<typeof Importance>;

export const Touchpoint = z.object({
  id: Id,
  title: text(T.touchpointTitle).min(1),
  description: text(T.description),
  phaseId: Id,
  faceId: Id.nullable(),
  departmentId: Id.nullable(),
  direct: z.boolean(),
  online: z.boolean(),
  momentOfTruth: z.boolean(),
  importance: Importance,
  /** target level (Soll) from the customer's view; null = not set */
  target: Level.nullable(),
  /** position on the board: sort key inside its phase column (and lane) */
  order: z.number().finite(),
});
export type Touchpoint = z.infer<typeof Touchpoint>;


/**
 * touchpointId → the levels given in anonymous room-mode rounds: a sorted multiset with no
 * participant, so no file or export can tie a value to a person (ADR 0004).
 */
export const AnonymousRatings = z.record(Id, z.array(Level).max(LIMITS.anonymousPerTouchpoint));
export type AnonymousRatings = z.infer<typeof AnonymousRatings>;

export const Snapshot = z.object({
  id: Id,
  name: text(T.name).min(1),
  createdAt: timestamp,
  /** consensus value per touchpoint at the time (null = not rated) */
  values: z.record(Id, Level.nullable()),
  /** face per touchpoint at the time, so the snapshot cube can be redrawn */
  faces: z.record(Id, Id.nullable()),
  /** touchpoint titles at the time, for comparisons after deletions */
  titles: z.record(Id, text(T.touchpointTitle)),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const Effort = z.enum(['S', 'M', 'L']);
export type Effort = z.infer<typeof Effort>;
export const MeasureStatus = z.enum(['idea', 'planned', 'inProgress', 'done']);
export type MeasureStatus = z.infer<typeof MeasureStatus>;

export const Measure = z.object({
  id: Id,
  title: text(T.measureTitle).min(1),
  description: text(T.description),
  touchpointIds: z.array(Id).max(LIMITS.measureTouchpoints),
  ownerId: Id.nullable(),
  due: IsoDate,
  effort: Effort,
  effect: text(T.effect),
  status: MeasureStatus,
});
export type Measure = z.infer<typeof Measure>;

export const ViewName = z.enum(['setup', 'board', 'rate', 'cube', 'priorities', 'measures', 'account', 'summary']);
export type ViewName = z.infer<typeof ViewName>;

export const AgendaStep = z.object({
  id: Id,
  title: text(T.stepTitle).min(1),
  minutes: z.number().int().min(LIMITS.stepMinutes.min).max(LIMITS.stepMinutes.max),
  view: ViewName,
  notes: text(T.notes),
});
export type AgendaStep = z.infer<typeof AgendaStep>;

export const Timer = z.object({
  state: z.enum(['idle', 'running', 'paused']),
  /** ms since epoch when the current run started (running only) */
  startedAt: safeNumber.nullable(),
  /** ms accumulated before the current run (the commands saturate at LIMITS.elapsedMs) */
  elapsedMs: safeNumber.min(0),
  /** extra minutes granted to the current step */
  extraMinutes: z.number().int().min(0).max(LIMITS.extraMinutes),
});
export type Timer = z.infer<typeof Timer>;

/** The plan of the day: its steps. Editing it is undoable like any other change. */
export const Agenda = z.object({
  steps: z.array(AgendaStep).max(LIMITS.agendaSteps),
});
export type Agenda = z.infer<typeof Agenda>;

/**
 * Running the room: where the day is and how long it took. Saved with the workshop, but
 * never rewound: undo and redo restore everything except this object, which they carry
 * over whole (`keepRun`), and only the non-undoable commands (goto, timer) change nothing
 * else (`run.test.ts`).
 */
export const Run = z.object({
  currentStepId: Id.nullable(),
  timer: Timer,
  /** actual ms spent per step id */
  actualMs: z.record(Id, safeNumber.min(0)),
});
export type Run = z.infer<typeof Run>;

export const Method = z.object({
  dotsPerParticipant: z.number().int().min(LIMITS.dotsPerParticipant.min).max(LIMITS.dotsPerParticipant.max),
  /** how much a negative experience weighs in the relationship account */
  negativeWeight: z.number().min(LIMITS.weight.min).max(LIMITS.weight.max),
  /** weight factor of a moment of truth in the priority score */
  momentOfTruthWeight: z.number().min(LIMITS.weight.min).max(LIMITS.weight.max),
  votesFeedPriority: z.boolean(),
});
export type Method = z.infer<typeof Method>;

/**
 * The document's lists of records and maps keyed by id, with their item schemas and bounds.
 * Workshop is built from these tables, and validate.ts checks a change item by item from
 * the same tables, so the two can never disagree.
 */
export const LISTS = {
  departments: { item: Department, min: 0, max: LIMITS.departments },
  participants: { item: Participant, min: 0, max: LIMITS.participants },
  phases: { item: Phase, min: LIMITS.phasesMin, max: LIMITS.phasesMax },
  faces: { item: Face, min: 6, max: 6 },
  touchpoints: { item: Touchpoint, min: 0, max: LIMITS.touchpoints },
  snapshots: { item: Snapshot, min: 0, max: LIMITS.snapshots },
  measures: { item: Measure, min: 0, max: LIMITS.measures },
} as const;

export const MAPS = {
  /** touchpointId → participantId → level */
  ratings: z.record(Id, Level),
  /** touchpointId → the level the room agreed on (overrides the median) */
  roomRatings: Level,
  /** touchpointId → participantId → dots */
  votes: z.record(Id, z.number().int().min(0).max(LIMITS.votesPerCell)),
  /** touchpointId → dots counted for the whole room */
  roomVotes: z.number().int().min(0).max(LIMITS.roomVotes),
} as const;

const list = <T extends z.ZodType>(l: { item: T; min: number; max: number }) => z.array(l.item).min(l.min).max(l.max);
const map = <T extends z.ZodType>(value: T) => z.record(Id, value);

/** touchpointId → participantId → level */
export const Ratings = map(MAPS.ratings);
export type Ratings = z.infer<typeof Ratings>;

export const Workshop = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Id,
  meta: Meta,
  departments: list(LISTS.departments),
  participants: list(LISTS.participants),
  phases: list(LISTS.phases),
  faces: list(LISTS.faces),
  touchpoints: list(LISTS.touchpoints),
  ratings: map(MAPS.ratings),
  /** anonymous ratings of room mode (required from version 2, so a build before room mode refuses the file instead of dropping them) */
  anonRatings: AnonymousRatings,
  roomRatings: map(MAPS.roomRatings),
  snapshots: list(LISTS.snapshots),
  votes: map(MAPS.votes),
  roomVotes: map(MAPS.roomVotes),
  measures: list(LISTS.measures),
  agenda: Agenda,
  run: Run,
  method: Method,
});
export type Workshop = z.infer<typeof Workshop>;

/** Cross-record rules zod's shape cannot say: references point to existing records, ids unique. */
export function referentialProblems(w: Workshop): string[] {
  const problems: string[] = [];
  const unique = (label: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${label} id ${id}`);
      seen.add(id);
    }
    return seen;
  };
  const phases = unique('phase', w.phases.map((p) => p.id));
  const faces = unique('face', w.faces.map((f) => f.id));
  const depts = unique('department', w.departments.map((d) => d.id));
  const people = unique('participant', w.participants.map((p) => p.id));
  const tps = unique('touchpoint', w.touchpoints.map((t) => t.id));
  unique('measure', w.measures.map((m) => m.id));
  unique('snapshot', w.snapshots.map((s) => s.id));
  unique('agenda step', w.agenda.steps.map((s) => s.id));
  if (new Set(w.faces.map((f) => f.key)).size !== 6) problems.push('faces must cover six distinct keys');
  for (const p of w.participants) if (p.departmentId && !depts.has(p.departmentId)) problems.push(`participant ${p.id}: unknown department`);
  for (const t of w.touchpoints) {
    if (!phases.has(t.phaseId)) problems.push(`touchpoint ${t.id}: unknown phase`);
    if (t.faceId && !faces.has(t.faceId)) problems.push(`touchpoint ${t.id}: unknown face`);
    if (t.departmentId && !depts.has(t.departmentId)) problems.push(`touchpoint ${t.id}: unknown department`);
  }
  const checkMatrix = (label: string, m: Record<string, Record<string, unknown>>) => {
    for (const [tp, row] of Object.entries(m)) {
      if (!tps.has(tp)) problems.push(`${label}: unknown touchpoint ${tp}`);
      for (const pid of Object.keys(row)) if (!people.has(pid)) problems.push(`${label}: unknown participant ${pid}`);
    }
  };
  checkMatrix('ratings', w.ratings);
  checkMatrix('votes', w.votes);
  for (const tp of Object.keys(w.anonRatings)) if (!tps.has(tp)) problems.push(`anonymous ratings: unknown touchpoint ${tp}`);
  for (const tp of Object.keys(w.roomRatings)) if (!tps.has(tp)) problems.push(`room rating: unknown touchpoint ${tp}`);
  for (const tp of Object.keys(w.roomVotes)) if (!tps.has(tp)) problems.push(`room votes: unknown touchpoint ${tp}`);
  for (const m of w.measures) {
    if (m.ownerId && !people.has(m.ownerId)) problems.push(`measure ${m.id}: unknown owner`);
    for (const tp of m.touchpointIds) if (!tps.has(tp)) problems.push(`measure ${m.id}: unknown touchpoint ${tp}`);
  }
  if (w.run.currentStepId && !w.agenda.steps.some((s) => s.id === w.run.currentStepId)) problems.push('run: unknown current step');
  return problems;
}
