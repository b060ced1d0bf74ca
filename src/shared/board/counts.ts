/**
 * The board's counts: all cards, matching cards, and per phase, face and department.
 * Facet counts ignore their own facet so the chips stay useful.
 */
import type { Workshop } from '../model/schema';
import { EMPTY_FILTER, NONE, needlesOf, passes, type BoardFilter } from './filter';

export interface Counts {
  total: number;
  /** cards matching the filter */
  matching: number;
  /** per phase: matching cards */
  byPhase: Record<string, number>;
  /** per face id (or NONE): cards matching every filter except the face filter */
  byFace: Record<string, number>;
  /** per department id (or NONE): cards matching every filter except the department filter */
  byDepartment: Record<string, number>;
}

/** Counts of the board under a filter. */
export function countsOf(doc: Workshop, f: BoardFilter = EMPTY_FILTER): Counts {
  const needles = needlesOf(f.text);
  const byPhase: Record<string, number> = {};
  const byFace: Record<string, number> = { [NONE]: 0 };
  const byDepartment: Record<string, number> = { [NONE]: 0 };
  for (const p of doc.phases) byPhase[p.id] = 0;
  for (const x of doc.faces) byFace[x.id] = 0;
  for (const d of doc.departments) byDepartment[d.id] = 0;
  let matching = 0;
  for (const tp of doc.touchpoints) {
    if (passes(tp, f, needles)) {
      matching++;
      byPhase[tp.phaseId] = (byPhase[tp.phaseId] ?? 0) + 1;
    }
    if (passes(tp, f, needles, 'face')) {
      const k = tp.faceId ?? NONE;
      byFace[k] = (byFace[k] ?? 0) + 1;
    }
    if (passes(tp, f, needles, 'department')) {
      const k = tp.departmentId ?? NONE;
      byDepartment[k] = (byDepartment[k] ?? 0) + 1;
    }
  }
  return { total: doc.touchpoints.length, matching, byPhase, byFace, byDepartment };
}
