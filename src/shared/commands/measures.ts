/** Commands of measures (Maßnahmen). */
import { z } from 'zod';
import { LIMITS } from '../model/limits';
import { Id, Measure, type Workshop } from '../model/schema';
import { DomainError } from '../result';
import { defineCommand } from './define';
import { definedOnly, insertAt, ListIndex, requireItem, requireNewId, requireRoom } from './util';

/** Anything beyond an idea needs an owner: the person who wants it (docs/glossary.md "Mein-Baby-Effekt"). */
function checkMeasure(doc: Workshop, m: Measure): Measure {
  if (m.status !== 'idea' && !m.ownerId) throw new DomainError('rule.measure.ownerRequired');
  if (m.ownerId) requireItem(doc.participants, m.ownerId, 'entity.participant');
  for (const id of m.touchpointIds) requireItem(doc.touchpoints, id, 'entity.touchpoint');
  return { ...m, touchpointIds: [...new Set(m.touchpointIds)] };
}

export const measureAdd = defineCommand(
  'measure.add',
  Measure.partial().extend({ id: Id, title: Measure.shape.title, index: ListIndex.optional() }),
  (doc, { index, ...p }) => {
    requireNewId(doc.measures, p.id);
    requireRoom(doc.measures.length, 1, LIMITS.measures, 'rule.limit.measures');
    const m = checkMeasure(doc, {
      description: '',
      touchpointIds: [],
      ownerId: null,
      due: '',
      effort: 'M',
      effect: '',
      status: 'idea',
      ...definedOnly(p),
    } as Measure);
    return { ...doc, measures: insertAt(doc.measures, m, index) };
  },
);

export const measureUpdate = defineCommand('measure.update', z.object({ id: Id, patch: Measure.omit({ id: true }).partial() }), (doc, { id, patch }) => {
  const current = requireItem(doc.measures, id, 'entity.measure');
  const next = checkMeasure(doc, { ...current, ...definedOnly(patch) });
  return { ...doc, measures: doc.measures.map((m) => (m.id === id ? next : m)) };
});

export const measureRemove = defineCommand('measure.remove', z.object({ id: Id }), (doc, { id }) => {
  requireItem(doc.measures, id, 'entity.measure');
  return { ...doc, measures: doc.measures.filter((m) => m.id !== id) };
});
