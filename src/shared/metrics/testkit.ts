/** Tiny workshops for the metric tests (test-only helper; not exported from the index). */
import { newWorkshop } from '../model/defaults';
import type { Importance, Level, Method, Touchpoint, Workshop } from '../model/schema';

export interface TpSpec {
  /** full id, e.g. 'tp_one' */
  id: string;
  title?: string;
  /** index into doc.faces; null = no face (default 0) */
  face?: number | null;
  /** index into doc.phases (default 0) */
  phase?: number;
  order?: number;
  importance?: Importance;
  target?: Level | null;
  momentOfTruth?: boolean;
  /** participant ratings, in participant order (undefined entries = not rated) */
  ratings?: (Level | undefined)[];
  room?: Level;
  /** dots per participant, in participant order */
  votes?: number[];
  roomVotes?: number;
}

export function workshop(opts: { participants?: number; method?: Partial<Method> } = {}): Workshop {
  const doc = newWorkshop({ title: 'Test', language: 'en', now: new Date('2026-01-01T00:00:00Z') });
  for (let i = 0; i < (opts.participants ?? 3); i++) {
    doc.participants.push({ id: `pa_p${String(i).padStart(2, '0')}`, name: `P${i}`, departmentId: null, role: '' });
  }
  doc.method = { ...doc.method, ...opts.method };
  return doc;
}

export function addTp(doc: Workshop, spec: TpSpec): Touchpoint {
  const face = spec.face === undefined ? 0 : spec.face;
  const tp: Touchpoint = {
    id: spec.id,
    title: spec.title ?? spec.id,
    description: '',
    phaseId: doc.phases[spec.phase ?? 0]!.id,
    faceId: face === null ? null : doc.faces[face]!.id,
    departmentId: null,
    direct: true,
    online: false,
    momentOfTruth: spec.momentOfTruth ?? false,
    importance: spec.importance ?? 2,
    target: spec.target ?? null,
    order: spec.order ?? doc.touchpoints.length,
  };
  doc.touchpoints.push(tp);
  spec.ratings?.forEach((v, i) => {
    if (v === undefined) return;
    const pid = doc.participants[i]!.id;
    (doc.ratings[tp.id] ??= {})[pid] = v;
  });
  if (spec.room !== undefined) doc.roomRatings[tp.id] = spec.room;
  spec.votes?.forEach((n, i) => {
    if (n > 0) (doc.votes[tp.id] ??= {})[doc.participants[i]!.id] = n;
  });
  if (spec.roomVotes) doc.roomVotes[tp.id] = spec.roomVotes;
  return tp;
}

/** shorthand: a touchpoint rated by the room with one value (or unrated when null) */
export function addRated(doc: Workshop, id: string, value: Level | null, spec: Partial<TpSpec> = {}): Touchpoint {
  return addTp(doc, { id, ...spec, ...(value === null ? {} : { room: value }) });
}
