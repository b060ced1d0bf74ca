/** Commands of the setup: meta, departments, participants, phases, faces, method. */
import { z } from 'zod';
import { Color, Department, Face, Id, Meta, Method, Participant, Phase } from '../model/schema';
import { DomainError } from '../result';
import { defineCommand } from './define';
import { definedOnly, insertAt, moveTo, omitColumn, requireItem, requireNewId, updateById } from './util';

export const metaUpdate = defineCommand('meta.update', z.object({ patch: Meta.omit({ createdAt: true }).partial() }), (doc, { patch }) => ({
  ...doc,
  meta: { ...doc.meta, ...definedOnly(patch) },
}));

export const departmentAdd = defineCommand('department.add', Department.extend({ index: z.number().int().optional() }), (doc, { index, ...dept }) => {
  requireNewId(doc.departments, dept.id);
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

export const participantAdd = defineCommand('participant.add', Participant.extend({ index: z.number().int().optional() }), (doc, { index, ...p }) => {
  requireNewId(doc.participants, p.id);
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

export const participantRemove = defineCommand('participant.remove', z.object({ id: Id }), (doc, { id }) => {
  requireItem(doc.participants, id, 'entity.participant');
  return {
    ...doc,
    participants: doc.participants.filter((p) => p.id !== id),
    ratings: omitColumn(doc.ratings, id),
    votes: omitColumn(doc.votes, id),
    measures: doc.measures.map((m) => (m.ownerId === id ? { ...m, ownerId: null } : m)),
  };
});

export const phaseAdd = defineCommand('phase.add', Phase.extend({ index: z.number().int().optional() }), (doc, { index, ...phase }) => {
  if (doc.phases.length >= 8) throw new DomainError('rule.phases.max');
  requireNewId(doc.phases, phase.id);
  return { ...doc, phases: insertAt(doc.phases, phase, index) };
});

export const phaseUpdate = defineCommand('phase.update', z.object({ id: Id, name: Phase.shape.name }), (doc, { id, name }) => ({
  ...doc,
  phases: updateById(doc.phases, id, (p) => ({ ...p, name })),
}));

export const phaseMove = defineCommand('phase.move', z.object({ id: Id, toIndex: z.number().int().min(0) }), (doc, { id, toIndex }) => {
  const from = doc.phases.findIndex((p) => p.id === id);
  if (from < 0) throw new DomainError('error.command.notFound', { what: 'entity.phase', id });
  return { ...doc, phases: moveTo(doc.phases, from, toIndex) };
});

/** Removing a phase keeps its touchpoints: they join the previous phase (or the next one). */
export const phaseRemove = defineCommand('phase.remove', z.object({ id: Id }), (doc, { id }) => {
  const index = doc.phases.findIndex((p) => p.id === id);
  if (index < 0) throw new DomainError('error.command.notFound', { what: 'entity.phase', id });
  if (doc.phases.length <= 2) throw new DomainError('rule.phases.min');
  const heir = doc.phases[index > 0 ? index - 1 : index + 1];
  if (!heir) throw new DomainError('rule.phases.min');
  const maxOrder = Math.max(0, ...doc.touchpoints.filter((t) => t.phaseId === heir.id).map((t) => t.order));
  return {
    ...doc,
    phases: doc.phases.filter((p) => p.id !== id),
    touchpoints: doc.touchpoints.map((t) => (t.phaseId === id ? { ...t, phaseId: heir.id, order: maxOrder + 1 + t.order } : t)),
  };
});

export const faceUpdate = defineCommand(
  'face.update',
  z.object({ id: Id, patch: Face.pick({ name: true, color: true, description: true }).partial() }),
  (doc, { id, patch }) => ({ ...doc, faces: updateById(doc.faces, id, (f) => ({ ...f, ...definedOnly(patch) })) }),
);

export const methodUpdate = defineCommand('method.update', z.object({ patch: Method.partial() }), (doc, { patch }) => ({
  ...doc,
  method: { ...doc.method, ...definedOnly(patch) },
}));
