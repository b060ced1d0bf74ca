/** Commands of the rating round, snapshots and dot voting. */
import { z } from 'zod';
import { LIMITS } from '../model/limits';
import { Id, Level, Snapshot, type Workshop } from '../model/schema';
import { consensusOf } from '../metrics/consensus';
import { DomainError } from '../result';
import { defineCommand } from './define';
import { omitKeys, requireItem, requireNewId, requireRoom, updateById } from './util';

function setCell<V>(m: Record<string, Record<string, V>>, row: string, col: string, value: V | null): Record<string, Record<string, V>> {
  const cells = { ...(m[row] ?? {}) };
  if (value === null) delete cells[col];
  else cells[col] = value;
  if (Object.keys(cells).length === 0) return omitKeys(m, [row]);
  return { ...m, [row]: cells };
}

function requireCell(doc: Workshop, touchpointId: string, participantId: string) {
  requireItem(doc.touchpoints, touchpointId, 'entity.touchpoint');
  requireItem(doc.participants, participantId, 'entity.participant');
}

export const ratingSet = defineCommand(
  'rating.set',
  z.object({ touchpointId: Id, participantId: Id, value: Level.nullable() }),
  (doc, { touchpointId, participantId, value }) => {
    requireCell(doc, touchpointId, participantId);
    return { ...doc, ratings: setCell(doc.ratings, touchpointId, participantId, value) };
  },
);

/** The facilitator enters the one level the room agreed on. */
export const ratingSetRoom = defineCommand('rating.setRoom', z.object({ touchpointId: Id, value: Level.nullable() }), (doc, { touchpointId, value }) => {
  requireItem(doc.touchpoints, touchpointId, 'entity.touchpoint');
  const roomRatings = value === null ? omitKeys(doc.roomRatings, [touchpointId]) : { ...doc.roomRatings, [touchpointId]: value };
  return { ...doc, roomRatings };
});

export const snapshotCreate = defineCommand('snapshot.create', Snapshot.pick({ id: true, name: true, createdAt: true }), (doc, s) => {
  requireNewId(doc.snapshots, s.id);
  requireRoom(doc.snapshots.length, 1, LIMITS.snapshots, 'rule.limit.snapshots');
  const values: Record<string, Level | null> = {};
  const faces: Record<string, string | null> = {};
  const titles: Record<string, string> = {};
  for (const t of doc.touchpoints) {
    values[t.id] = consensusOf(doc, t.id).value;
    faces[t.id] = t.faceId;
    titles[t.id] = t.title;
  }
  return { ...doc, snapshots: [...doc.snapshots, { ...s, values, faces, titles }] };
});

export const snapshotRename = defineCommand('snapshot.rename', z.object({ id: Id, name: Snapshot.shape.name }), (doc, { id, name }) => ({
  ...doc,
  snapshots: updateById(doc.snapshots, id, (s) => ({ ...s, name })),
}));

export const snapshotRemove = defineCommand('snapshot.remove', z.object({ id: Id }), (doc, { id }) => {
  requireItem(doc.snapshots, id, 'entity.snapshot');
  return { ...doc, snapshots: doc.snapshots.filter((s) => s.id !== id) };
});

export function dotsUsed(doc: Workshop, participantId: string, except?: string): number {
  let sum = 0;
  for (const [tp, row] of Object.entries(doc.votes)) if (tp !== except) sum += row[participantId] ?? 0;
  return sum;
}

export const voteSet = defineCommand(
  'vote.set',
  z.object({ touchpointId: Id, participantId: Id, count: z.number().int().min(0).max(LIMITS.votesPerCell) }),
  (doc, { touchpointId, participantId, count }) => {
    requireCell(doc, touchpointId, participantId);
    const person = requireItem(doc.participants, participantId, 'entity.participant');
    if (dotsUsed(doc, participantId, touchpointId) + count > doc.method.dotsPerParticipant)
      throw new DomainError('rule.votes.tooMany', { name: person.name, dots: doc.method.dotsPerParticipant });
    return { ...doc, votes: setCell(doc.votes, touchpointId, participantId, count === 0 ? null : count) };
  },
);

export const voteSetRoom = defineCommand(
  'vote.setRoom',
  z.object({ touchpointId: Id, count: z.number().int().min(0).max(LIMITS.roomVotes) }),
  (doc, { touchpointId, count }) => {
    requireItem(doc.touchpoints, touchpointId, 'entity.touchpoint');
    const roomVotes = count === 0 ? omitKeys(doc.roomVotes, [touchpointId]) : { ...doc.roomVotes, [touchpointId]: count };
    return { ...doc, roomVotes };
  },
);
