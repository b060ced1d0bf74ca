/**
 * Secrecy in the laptop's windows (docs/room-mode.md, "Values before the reveal"). Phone
 * ratings are ordinary rating commands, so every window's copy of the workshop holds their
 * values. The windows mask: while a round is open, or closed but not revealed, these are the
 * touchpoints whose values (and consensus, and dispute flag) no view may draw.
 */
import type { Workshop } from '../model/schema';
import type { AudienceRoundView } from './round';

export function secretTouchpoints(view: Pick<AudienceRoundView, 'status' | 'pace' | 'touchpoint' | 'phase'> | null, doc: Pick<Workshop, 'touchpoints'>): ReadonlySet<string> {
  if (!view || (view.status !== 'open' && view.status !== 'closed')) return new Set();
  if (view.pace === 'one') return new Set(view.touchpoint ? [view.touchpoint.id] : []);
  const phaseId = view.phase?.id;
  return new Set(phaseId ? doc.touchpoints.filter((t) => t.phaseId === phaseId).map((t) => t.id) : []);
}
