/**
 * The customer journey's order (docs/glossary.md "Customer journey"): touchpoints
 * by phase in the workshop's phase order, then their board order, then title, then id, so
 * every list, the cube's faces and the exports show them in the same order.
 */
import type { Touchpoint, Workshop } from '../model/schema';

/** Sort key of a touchpoint along the customer journey: phase, then board order, then title, then id. */
export interface JourneyKey {
  phase: number;
  order: number;
  title: string;
  id: string;
}

export function compareJourneyKeys(a: JourneyKey, b: JourneyKey): number {
  if (a.phase !== b.phase) return a.phase - b.phase;
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** phase id → index in the journey; unknown phases sort after all known ones. */
export function phaseIndexOf(doc: Pick<Workshop, 'phases'>): (phaseId: string | null | undefined) => number {
  const index = new Map<string, number>();
  doc.phases.forEach((p, i) => index.set(p.id, i));
  const unknown = doc.phases.length;
  return (phaseId) => (phaseId == null ? unknown : (index.get(phaseId) ?? unknown));
}

/** The touchpoints in the customer's order: by phase (doc.phases order), then `order`, then title. */
export function journeyOrder(doc: Pick<Workshop, 'phases' | 'touchpoints'>): Touchpoint[] {
  const phaseIndex = phaseIndexOf(doc);
  const keyed = doc.touchpoints.map((tp) => ({ tp, key: { phase: phaseIndex(tp.phaseId), order: tp.order, title: tp.title, id: tp.id } }));
  keyed.sort((a, b) => compareJourneyKeys(a.key, b.key));
  return keyed.map((k) => k.tp);
}
