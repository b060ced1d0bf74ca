/** Commands of the board: add, edit, move, remove and import touchpoints. */
import { z } from 'zod';
import { TouchpointDefaults } from '../model/defaults';
import { Id, Touchpoint, type Workshop } from '../model/schema';
import { DomainError } from '../result';
import { defineCommand } from './define';
import { definedOnly, omitKeys, requireItem } from './util';

const Editable = Touchpoint.omit({ id: true, order: true });
type EditablePatch = Partial<z.infer<typeof Editable>>;

function checkRefs(doc: Workshop, t: EditablePatch) {
  if (t.phaseId !== undefined) requireItem(doc.phases, t.phaseId, 'entity.phase');
  if (t.faceId) requireItem(doc.faces, t.faceId, 'entity.face');
  if (t.departmentId) requireItem(doc.departments, t.departmentId, 'entity.department');
}

function nextOrder(doc: Workshop, phaseId: string): number {
  let max = 0;
  for (const t of doc.touchpoints) if (t.phaseId === phaseId && t.order > max) max = t.order;
  return max + 1;
}

export const touchpointAdd = defineCommand(
  'touchpoint.add',
  Editable.partial().extend({ id: Id, title: Touchpoint.shape.title, phaseId: Id, order: z.number().finite().optional() }),
  (doc, p) => {
    if (doc.touchpoints.some((t) => t.id === p.id)) throw new DomainError('rule.id.taken', { id: p.id });
    checkRefs(doc, p);
    const tp: Touchpoint = { ...TouchpointDefaults, ...definedOnly(p), order: p.order ?? nextOrder(doc, p.phaseId) } as Touchpoint;
    return { ...doc, touchpoints: [...doc.touchpoints, tp] };
  },
);

/** Edit one or several touchpoints at once (multi-selection in the side panel). */
export const touchpointUpdate = defineCommand(
  'touchpoint.update',
  z.object({ ids: z.array(Id).min(1).max(5000), patch: Editable.partial() }),
  (doc, { ids, patch }) => {
    checkRefs(doc, patch);
    const wanted = new Set(ids);
    for (const id of wanted) requireItem(doc.touchpoints, id, 'entity.touchpoint');
    const clean = definedOnly(patch);
    return { ...doc, touchpoints: doc.touchpoints.map((t) => (wanted.has(t.id) ? { ...t, ...clean } : t)) };
  },
);

/** A drop on the board: one command for every card moved by the gesture. */
export const touchpointMove = defineCommand(
  'touchpoint.move',
  z.object({
    moves: z
      .array(z.object({ id: Id, phaseId: Id, departmentId: Id.nullable().optional(), order: z.number().finite() }))
      .min(1)
      .max(5000),
  }),
  (doc, { moves }) => {
    const byId = new Map(moves.map((m) => [m.id, m]));
    for (const m of moves) {
      requireItem(doc.touchpoints, m.id, 'entity.touchpoint');
      checkRefs(doc, { phaseId: m.phaseId, departmentId: m.departmentId ?? null });
    }
    return {
      ...doc,
      touchpoints: doc.touchpoints.map((t) => {
        const m = byId.get(t.id);
        if (!m) return t;
        return { ...t, phaseId: m.phaseId, order: m.order, departmentId: m.departmentId === undefined ? t.departmentId : m.departmentId };
      }),
    };
  },
);

export const touchpointRemove = defineCommand('touchpoint.remove', z.object({ ids: z.array(Id).min(1).max(5000) }), (doc, { ids }) => {
  for (const id of ids) requireItem(doc.touchpoints, id, 'entity.touchpoint');
  const gone = new Set(ids);
  return {
    ...doc,
    touchpoints: doc.touchpoints.filter((t) => !gone.has(t.id)),
    ratings: omitKeys(doc.ratings, gone),
    roomRatings: omitKeys(doc.roomRatings, gone),
    ...(doc.anonRatings ? { anonRatings: omitKeys(doc.anonRatings, gone) } : {}),
    votes: omitKeys(doc.votes, gone),
    roomVotes: omitKeys(doc.roomVotes, gone),
    measures: doc.measures.map((m) =>
      m.touchpointIds.some((id) => gone.has(id)) ? { ...m, touchpointIds: m.touchpointIds.filter((id) => !gone.has(id)) } : m,
    ),
  };
});

/** An import adds all rows or none (one undo step). */
export const touchpointImport = defineCommand(
  'touchpoint.import',
  z.object({ touchpoints: z.array(Touchpoint).min(1).max(5000) }),
  (doc, { touchpoints }) => {
    const ids = new Set(doc.touchpoints.map((t) => t.id));
    for (const t of touchpoints) {
      if (ids.has(t.id)) throw new DomainError('rule.id.taken', { id: t.id });
      ids.add(t.id);
      checkRefs(doc, t);
    }
    return { ...doc, touchpoints: [...doc.touchpoints, ...touchpoints] };
  },
);
