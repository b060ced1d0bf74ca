/** Commands of the setup: meta, departments, participants, phases, faces, method. */
import { z } from 'zod';
import { appendToPhase, byOrder } from '../board/order';
import { LIMITS } from '../model/limits';
import { Color, Department, Face, Id, Meta, Method, Participant, Phase, type Workshop } from '../model/schema';
import { DomainError } from '../result';
import { defineCommand } from './define';
import { definedOnly, insertAt, ListIndex, moveTo, omitColumn, requireItem, requireNewId, requireRoom, updateById } from './util';

export const metaUpdate = defineCommand('meta.update', z.object({ patch: Meta.omit({ createdAt: true }).partial() }), (doc, { patch }) => ({
  ...doc,
  meta: { ...doc.meta, ...definedOnly(patch) },
}));

export const departmentAdd = defineCommand('department.add', Department.extend({ index: ListIndex.optional() }), (doc, { index, ...dept }) => {
  requireNewId(doc.departments, dept.id);
  requireRoom(doc.departments.length, 1, LIMITS.departments, 'rule.limit.departments');
  return { ...doc, departments: insertAt(doc.departments, dept, index) };
});

export const departmentUpdate = defineCommand(
  'department.update',
  z.object({ id: Id, patch: z.object({ name: Department.shape.name, color: Color }).partial() }),
  (doc, { id, patch }) => ({ ...doc, departments: updateById(doc.departments, id, (d) => ({ ...d, ...definedOnly(patch) })) }),
);

export const departmentRemove = defineCommand('department.remove', z.object({ id: Id }), (doc, { id }) => {
  requireItem(doc.departments, id, 'entity.department');
  return {
    ...doc,
    departments: doc.departments.filter((d) => d.id !== id),
    participants: doc.participants.map((p) => (p.departmentId === id ? { ...p, departmentId: null } : p)),
    touchpoints: doc.touchpoints.map((t) => (t.departmentId === id ? { ...t, departmentId: null } : t)),
  };
});

function requireDepartment(doc: { departments: { id: string }[] }, id: string | null | undefined) {
  if (id) requireItem(doc.departments, id, 'entity.department');
}

export const participantAdd = defineCommand('participant.add', Participant.extend({ index: ListIndex.optional() }), (doc, { index, ...p }) => {
  requireNewId(doc.participants, p.id);
  requireRoom(doc.participants.length, 1, LIMITS.participants, 'rule.limit.participants');
  requireDepartment(doc, p.departmentId);
  return { ...doc, participants: insertAt(doc.participants, p, index) };
});

export const participantUpdate = defineCommand(
  'participant.update',
  z.object({ id: Id, patch: Participant.omit({ id: true }).partial() }),
  (doc, { id, patch }) => {
    requireDepartment(doc, patch.departmentId);
    return { ...doc, participants: updateById(doc.participants, id, (p) => ({ ...p, ...definedOnly(patch) })) };
  },
);

/** What happens to the measures a removed participant owns: handed to another person, or back to ideas. */
export const OwnedMeasures = z.discriminatedUnion('action', [z.object({ action: z.literal('reassign'), to: Id }), z.object({ action: z.literal('idea') })]);
export type OwnedMeasures = z.infer<typeof OwnedMeasures>;

/** Measures beyond an idea that a participant owns: removing them needs a choice (OwnedMeasures). */
export function committedMeasures(doc: Workshop, participantId: string) {
  return doc.measures.filter((m) => m.ownerId === participantId && m.status !== 'idea');
}

/**
 * Removing a participant removes their ratings and dots. A planned, running or done measure
 * must keep an owner (measures.ts), so the caller chooses: reassign every measure the person
 * owns, or set them back to idea without an owner. Without a choice, the removal is refused
 * when there is anything to choose about.
 */
export const participantRemove = defineCommand('participant.remove', z.object({ id: Id, measures: OwnedMeasures.optional() }), (doc, { id, measures }) => {
  const person = requireItem(doc.participants, id, 'entity.participant');
  const committed = committedMeasures(doc, id).length;
  if (committed > 0 && !measures) throw new DomainError('rule.participant.ownsMeasures', { name: person.name, count: committed });
  if (measures?.action === 'reassign') {
    if (measures.to === id) throw new DomainError('rule.participant.heirIsSelf');
    requireItem(doc.participants, measures.to, 'entity.participant');
  }
  const heir = measures?.action === 'reassign' ? measures.to : null;
  return {
    ...doc,
    participants: doc.participants.filter((p) => p.id !== id),
    ratings: omitColumn(doc.ratings, id),
    votes: omitColumn(doc.votes, id),
    measures: doc.measures.map((m) => (m.ownerId !== id ? m : heir ? { ...m, ownerId: heir } : { ...m, ownerId: null, status: 'idea' as const })),
  };
});

export const phaseAdd = defineCommand('phase.add', Phase.extend({ index: ListIndex.optional() }), (doc, { index, ...phase }) => {
  if (doc.phases.length >= LIMITS.phasesMax) throw new DomainError('rule.phases.max');
  requireNewId(doc.phases, phase.id);
  return { ...doc, phases: insertAt(doc.phases, phase, index) };
});

export const phaseUpdate = defineCommand('phase.update', z.object({ id: Id, name: Phase.shape.name }), (doc, { id, name }) => ({
  ...doc,
  phases: updateById(doc.phases, id, (p) => ({ ...p, name })),
}));

export const phaseMove = defineCommand('phase.move', z.object({ id: Id, toIndex: ListIndex }), (doc, { id, toIndex }) => {
  const from = doc.phases.findIndex((p) => p.id === id);
  if (from < 0) throw new DomainError('error.command.notFound', { what: 'entity.phase', id });
  return { ...doc, phases: moveTo(doc.phases, from, toIndex) };
});

/** Removing a phase keeps its touchpoints: they join the previous phase (or the next one). */
export const phaseRemove = defineCommand('phase.remove', z.object({ id: Id }), (doc, { id }) => {
  const index = doc.phases.findIndex((p) => p.id === id);
  if (index < 0) throw new DomainError('error.command.notFound', { what: 'entity.phase', id });
  if (doc.phases.length <= LIMITS.phasesMin) throw new DomainError('rule.phases.min');
  const heir = doc.phases[index > 0 ? index - 1 : index + 1];
  if (!heir) throw new DomainError('rule.phases.min');
  // the cards join the end of the heir phase in their order (board/order.ts keeps the numbers finite)
  const moving = doc.touchpoints.filter((t) => t.phaseId === id).sort(byOrder);
  const orders = appendToPhase(doc.touchpoints, heir.id, moving.map((t) => t.id));
  return {
    ...doc,
    phases: doc.phases.filter((p) => p.id !== id),
    touchpoints: doc.touchpoints.map((t) => {
      const order = orders.get(t.id);
      return order === undefined ? t : { ...t, phaseId: heir.id, order };
    }),
  };
});

export const faceUpdate = defineCommand(
  'face.update',
  z.object({ id: Id, patch: Face.pick({ name: true, color: true, description: true }).partial() }),
  (doc, { id, patch }) => ({ ...doc, faces: updateById(doc.faces, id, (f) => ({ ...f, ...definedOnly(patch) })) }),
);

/**
 * Participants over a dot budget, with how many dots they would lose (docs/method.md):
 * the UI says so before the budget is lowered, method.update trims them.
 */
export function overBudget(doc: Workshop, dots: number): { participantId: string; excess: number }[] {
  const used = new Map<string, number>();
  for (const row of Object.values(doc.votes)) for (const [pid, n] of Object.entries(row)) used.set(pid, (used.get(pid) ?? 0) + n);
  return doc.participants.flatMap((p) => {
    const excess = (used.get(p.id) ?? 0) - dots;
    return excess > 0 ? [{ participantId: p.id, excess }] : [];
  });
}

/**
 * Each participant keeps dots up to the budget, counted in the touchpoints' document order
 * (the order they were collected in); the dots beyond it are removed, the last ones first.
 */
function trimVotes(doc: Workshop, dots: number): Workshop['votes'] {
  const over = new Set(overBudget(doc, dots).map((o) => o.participantId));
  if (over.size === 0) return doc.votes;
  const left = new Map([...over].map((pid) => [pid, dots]));
  const ordered = [...doc.touchpoints.map((t) => t.id).filter((id) => id in doc.votes)];
  const out: Workshop['votes'] = {};
  for (const tp of ordered) {
    const row: Record<string, number> = {};
    for (const [pid, n] of Object.entries(doc.votes[tp] ?? {})) {
      const budget = left.get(pid);
      if (budget === undefined) row[pid] = n;
      else {
        const keep = Math.min(n, budget);
        left.set(pid, budget - keep);
        if (keep > 0) row[pid] = keep;
      }
    }
    if (Object.keys(row).length > 0) out[tp] = row;
  }
  return out;
}

export const methodUpdate = defineCommand('method.update', z.object({ patch: Method.partial() }), (doc, { patch }) => {
  const method = { ...doc.method, ...definedOnly(patch) };
  const votes = method.dotsPerParticipant < doc.method.dotsPerParticipant ? trimVotes(doc, method.dotsPerParticipant) : doc.votes;
  return { ...doc, method, votes };
});
