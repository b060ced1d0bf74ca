/**
 * Where a touchpoint sits in the priority matrix: one of the four quadrants, or, when it is
 * not rated yet, the blind-spot lane beside them. Its gap is only assumed (the consensus
 * counts as 0), so placing it in a quadrant would claim more than the room knows.
 * See docs/method.md ("Priority matrix").
 */
import type { Priority, Quadrant } from './priority';

export type MatrixField = Quadrant | 'blind-spot';

/** the matrix's fields in reading order: the quadrants by urgency, then the blind spots */
export const MATRIX_FIELDS: readonly MatrixField[] = ['act-now', 'plan', 'quick-check', 'watch', 'blind-spot'];

export function matrixFieldOf(p: Pick<Priority, 'quadrant' | 'unrated'>): MatrixField {
  return p.unrated ? 'blind-spot' : p.quadrant;
}

/** The blind spots among the ranked touchpoints, in rank order. */
export function blindSpotsOf(ranked: readonly Priority[]): Priority[] {
  return ranked.filter((p) => p.unrated);
}
