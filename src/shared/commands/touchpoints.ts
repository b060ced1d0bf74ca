/** Commands of the board: add, edit, move, remove and import touchpoints. */
import { z } from 'zod';
import { appendToPhase } from '../board/order';
import { TouchpointDefaults } from '../model/defaults';
import { LIMITS } from '../model/limits';
import { Id, Touchpoint, type Workshop } from '../model/schema';
import { DomainError } from '../result';
import { defineCommand } from './define';
import { definedOnly, omitKeys, requireItem, requireRoom } from './util';

/** An order a command may carry: finite and within ±LIMITS.order (board/order.ts renumbers beyond). */
const Order = z.number().min(-LIMITS.order).max(LIMITS.order);
const TouchpointIds = z.array(Id).min(1).max(LIMITS.touchpoints);

const Editable = Touchpoint.omit({ id: true, order: true });
type EditablePatch = Partial<z.infer<typeof Editable>>;

function checkRefs(doc: Workshop, t: EditablePatch) {
  if (t.phaseId !== undefined) requireItem(doc.phases, t.phaseId, 'entity.phase');
  if (t.faceId) requireItem(doc.faces, t.faceId, 'entity.face');
  if (t.departmentId) requireItem(doc.departments, t.departmentId, 'entity.department');
}


export const touchpointAdd = defineCommand(
  'touchpoint.add',
  Editable.partial().extend({ id: Id, title: Touchpoint.shape.title, phaseId: Id, order: Order.optional() }),
  (doc, p) => {
    if (doc.touchpoints.some((t) => t.id === p.id)) throw new DomainError('rule.id.taken', { id: p.id });
    requireRoom(doc.touchpoints.length, 1, LIMITS.touchpoints, 'rule.limit.touchpoints');
    checkRefs(doc, p);
    const tp: Touchpoint = { ...TouchpointDefaults, ...definedOnly(p), order: p.order ?? 0 } as Touchpoint;
    if (p.order !== undefined) return { ...doc, touchpoints: [...doc.touchpoints, tp] };
    return { ...doc, touchpoints: placeAtEnd([...doc.touchpoints, tp], p.phaseId, [tp.id]) };
  },
);

/** Edit one or several touchpoints at once (multi-selection in the side panel). */
export const touchpointUpdate = defineCommand(
  'touchpoint.update',
  z.object({ ids: TouchpointIds, patch: Editable.partial() }),
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
      .array(z.object({ id: Id, phaseId: Id, departmentId: Id.nullable().optional(), order: Order }))
      .min(1)
      .max(LIMITS.touchpoints),
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

export const touchpointRemove = defineCommand('touchpoint.remove', z.object({ ids: TouchpointIds }), (doc, { ids }) => {
  for (const id of ids) requireItem(doc.touchpoints, id, 'entity.touchpoint');
  const gone = new Set(ids);
  return {
    ...doc,
    touchpoints: doc.touchpoints.filter((t) => !gone.has(t.id)),
    ratings: omitKeys(doc.ratings, gone),
    roomRatings: omitKeys(doc.roomRatings, gone),
    anonRatings: omitKeys(doc.anonRatings, gone),
    votes: omitKeys(doc.votes, gone),
    roomVotes: omitKeys(doc.roomVotes, gone),
    measures: doc.measures.map((m) =>
      m.touchpointIds.some((id) => gone.has(id)) ? { ...m, touchpointIds: m.touchpointIds.filter((id) => !gone.has(id)) } : m,
    ),
  };
});

/** Give `ids` (already in `cards`) orders at the end of their phase, renumbering it if needed. */
function placeAtEnd(cards: Touchpoint[], phaseId: string, ids: readonly string[]): Touchpoint[] {
  const orders = appendToPhase(cards, phaseId, ids);
  return cards.map((t) => {
    const order = orders.get(t.id);
    return order === undefined ? t : { ...t, order };
  });
}

/**
 * An import adds all rows or none (one undo step), and never past the cap: a file of 5,000
 * rows into a workshop that has touchpoints is refused whole, with the number that fits.
 * The rows join the end of their phases in file order, whatever orders the plan guessed.
 */
export const touchpointImport = defineCommand(
  'touchpoint.import',
  z.object({ touchpoints: z.array(Touchpoint).min(1).max(LIMITS.touchpoints) }),
  (doc, { touchpoints }) => {
    const total = doc.touchpoints.length + touchpoints.length;
    if (total > LIMITS.touchpoints) throw new DomainError('rule.limit.import', { total, max: LIMITS.touchpoints, room: LIMITS.touchpoints - doc.touchpoints.length });
    const ids = new Set(doc.touchpoints.map((t) => t.id));
    for (const t of touchpoints) {
      if (ids.has(t.id)) throw new DomainError('rule.id.taken', { id: t.id });
      ids.add(t.id);
      checkRefs(doc, t);
    }
    let cards = [...doc.touchpoints, ...touchpoints];
    for (const phase of doc.phases) {
      const rows = touchpoints.filter((t) => t.phaseId === phase.id).map((t) => t.id);
      if (rows.length > 0) cards = placeAtEnd(cards, phase.id, rows);
    }
    return { ...doc, touchpoints: cards };
  },
);
