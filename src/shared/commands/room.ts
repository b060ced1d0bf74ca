/**
 * Commands of room mode's anonymous rounds (ADR 0004). A payload names a touchpoint and
 * levels, never a participant: main keeps which device gave which value in memory only,
 * until the round closes, and sends "replace my previous value" as previous → value.
 */
import { z } from 'zod';
import { LIMITS } from '../model/limits';
import { Id, Level, type Workshop } from '../model/schema';
import { DomainError } from '../result';
import { defineCommand } from './define';
import { omitKeys, requireItem } from './util';

const MAX_ANONYMOUS_PER_TOUCHPOINT = LIMITS.anonymousPerTouchpoint;

function withRow(doc: Workshop, touchpointId: string, levels: Level[]): Workshop {
  const all = doc.anonRatings;
  const anonRatings = levels.length === 0 ? omitKeys(all, [touchpointId]) : { ...all, [touchpointId]: levels };
  return { ...doc, anonRatings };
}

/**
 * One anonymous answer: take `previous` out of the multiset (when the person changes her
 * mind) and put `value` in; null on either side means none ("can't judge" or first answer).
 * A `previous` that is no longer there (the facilitator undid it) is skipped rather than
 * taking out somebody else's equal level twice.
 */
export const ratingSetAnonymous = defineCommand(
  'rating.setAnonymous',
  z.strictObject({ touchpointId: Id, previous: Level.nullable(), value: Level.nullable() }),
  (doc, { touchpointId, previous, value }) => {
    requireItem(doc.touchpoints, touchpointId, 'entity.touchpoint');
    if (previous === value) return doc;
    const levels = [...(doc.anonRatings[touchpointId] ?? [])];
    if (previous !== null) {
      const at = levels.indexOf(previous);
      if (at >= 0) levels.splice(at, 1);
    }
    if (value !== null) {
      if (levels.length >= MAX_ANONYMOUS_PER_TOUCHPOINT) throw new DomainError('rule.anonymous.full', { max: MAX_ANONYMOUS_PER_TOUCHPOINT });
      levels.push(value);
    }
    // sorted, so the stored order says nothing about who answered when
    levels.sort((a, b) => a - b);
    return withRow(doc, touchpointId, levels);
  },
);

/** The facilitator clears a touchpoint's anonymous values (e.g. before rating it again). */
export const ratingClearAnonymous = defineCommand('rating.clearAnonymous', z.strictObject({ touchpointId: Id }), (doc, { touchpointId }) => {
  requireItem(doc.touchpoints, touchpointId, 'entity.touchpoint');
  if (!doc.anonRatings[touchpointId]) return doc;
  return withRow(doc, touchpointId, []);
});
