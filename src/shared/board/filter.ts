/**
 * The board's filter: which touchpoints match the facets (faces, departments, direct,
 * online, moments of truth) and the free-text search. Pure; shared by the board, its
 * counts and the PNG export.
 */
import type { Touchpoint } from '../model/schema';

/** key of "no face" / "no department" in filters, counts and lanes (never a valid id) */
export const NONE = 'none';

export interface BoardFilter {
  /** face ids (or NONE) to show; empty = all */
  faces: readonly string[];
  /** department ids (or NONE) to show; empty = all */
  departments: readonly string[];
  direct: 'all' | 'direct' | 'indirect';
  online: 'all' | 'online' | 'offline';
  momentOfTruth: 'all' | 'only';
  /** free text, matched against title and description, every word must occur */
  text: string;
}

export const EMPTY_FILTER: BoardFilter = { faces: [], departments: [], direct: 'all', online: 'all', momentOfTruth: 'all', text: '' };

export function isFilterActive(f: BoardFilter): boolean {
  return f.faces.length > 0 || f.departments.length > 0 || f.direct !== 'all' || f.online !== 'all' || f.momentOfTruth !== 'all' || f.text.trim() !== '';
}

export function needlesOf(text: string): string[] {
  return text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

export type Facet = 'face' | 'department' | null;

/** Does the touchpoint pass the filter? `skip` ignores one facet (for facet counts). */
export function passes(tp: Touchpoint, f: BoardFilter, needles: readonly string[], skip: Facet = null): boolean {
  if (skip !== 'face' && f.faces.length > 0 && !f.faces.includes(tp.faceId ?? NONE)) return false;
  if (skip !== 'department' && f.departments.length > 0 && !f.departments.includes(tp.departmentId ?? NONE)) return false;
  if (f.direct !== 'all' && tp.direct !== (f.direct === 'direct')) return false;
  if (f.online !== 'all' && tp.online !== (f.online === 'online')) return false;
  if (f.momentOfTruth === 'only' && !tp.momentOfTruth) return false;
  if (needles.length > 0) {
    const hay = `${tp.title}\n${tp.description}`.toLocaleLowerCase();
    for (const n of needles) if (!hay.includes(n)) return false;
  }
  return true;
}

export function matchesFilter(tp: Touchpoint, f: BoardFilter): boolean {
  return passes(tp, f, needlesOf(f.text));
}

