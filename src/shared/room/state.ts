/**
 * Room-running state of room mode: which touchpoint or phase is open, whether it is
 * revealed, named or anonymous, locked. Held by main while the room is open; it is neither
 * undo history nor part of the workshop document (room-mode.md "Shape").
 */
import { z } from 'zod';
import { Id } from '../model/schema';

/**
 * - `idle`: nothing open, phones wait
 * - `open`: answers are taken and may change
 * - `closed`: answers are frozen, not yet shown
 * - `revealed`: frozen and the distribution is on the beamer
 */
export const RoundStatus = z.enum(['idle', 'open', 'closed', 'revealed']);
export type RoundStatus = z.infer<typeof RoundStatus>;

export const RoundTarget = z.discriminatedUnion('pace', [
  z.strictObject({ pace: z.literal('one'), touchpointId: Id }),
  z.strictObject({ pace: z.literal('own'), phaseId: Id }),
]);
export type RoundTarget = z.infer<typeof RoundTarget>;

export const RoundState = z.strictObject({
  target: RoundTarget.nullable(),
  status: RoundStatus,
  /** anonymous: values are stored without a participant (ADR 0004), names stay off every screen */
  anonymous: z.boolean(),
  /** dot voting is open on the phones (independent of the rating round) */
  voting: z.boolean(),
  /** dot voting on the touchpoints of this phase; null = all touchpoints (capped for the phone) */
  votingPhaseId: Id.nullable(),
  /** a locked room lets known devices back in but no new device */
  locked: z.boolean(),
  /** a participant not on the list may add herself */
  allowSelfAdd: z.boolean(),
});
export type RoundState = z.infer<typeof RoundState>;

export const IDLE_ROUND: RoundState = { target: null, status: 'idle', anonymous: false, voting: false, votingPhaseId: null, locked: false, allowSelfAdd: false };

/** Whether a phone may answer this touchpoint now (its phase is needed for the own-pace check). */
export function acceptsRating(round: RoundState, touchpoint: { id: string; phaseId: string } | undefined): boolean {
  if (round.status !== 'open' || !round.target || !touchpoint) return false;
  return round.target.pace === 'one' ? round.target.touchpointId === touchpoint.id : round.target.phaseId === touchpoint.phaseId;
}
