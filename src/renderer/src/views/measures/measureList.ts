/** Sorting and filtering the measures table. Pure, so it is unit-tested. */
import type { Measure, MeasureStatus, Participant } from '../../../../shared/model/schema';
import { isQuickWin, measurePriorityOf, type Priorities } from '../../../../shared/metrics';

export type MeasureSort = 'due' | 'status' | 'owner' | 'priority';
export const MEASURE_SORTS: readonly MeasureSort[] = ['priority', 'due', 'status', 'owner'];
export const STATUSES: readonly MeasureStatus[] = ['idea', 'planned', 'inProgress', 'done'];

export interface MeasureFilter {
  /** '' = all */
  status: MeasureStatus | '';
  /** '' = all, 'none' = without owner, else a participant id */
  owner: string;
  quickWins: boolean;
}

export interface MeasureRow {
  measure: Measure;
  ownerName: string | null;
  quickWin: boolean;
  /** rank of its most urgent touchpoint; null = linked to none */
  rank: number | null;
  score: number;
}

export function measureRows(
  measures: readonly Measure[],
  participants: readonly Pick<Participant, 'id' | 'name'>[],
  priorities: Pick<Priorities, 'byId'>,
  sort: MeasureSort,
  filter: MeasureFilter,
  collator: Intl.Collator,
): MeasureRow[] {
  const names = new Map(participants.map((p) => [p.id, p.name]));
  const rows: MeasureRow[] = [];
  for (const m of measures) {
    const quickWin = isQuickWin(m, priorities);
    if (filter.status && m.status !== filter.status) continue;
    if (filter.owner === 'none' ? m.ownerId !== null : filter.owner && m.ownerId !== filter.owner) continue;
    if (filter.quickWins && !quickWin) continue;
    const top = measurePriorityOf(m, priorities);
    rows.push({ measure: m, ownerName: m.ownerId ? (names.get(m.ownerId) ?? null) : null, quickWin, rank: top?.rank ?? null, score: top?.score ?? 0 });
  }
  const byTitle = (a: MeasureRow, b: MeasureRow) => collator.compare(a.measure.title, b.measure.title);
  const cmp: Record<MeasureSort, (a: MeasureRow, b: MeasureRow) => number> = {
    // most urgent first; measures without a touchpoint last
    priority: (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || byTitle(a, b),
    // earliest first; without a date last (ISO dates sort as text)
    due: (a, b) => (a.measure.due === b.measure.due ? 0 : !a.measure.due ? 1 : !b.measure.due ? -1 : a.measure.due < b.measure.due ? -1 : 1) || byTitle(a, b),
    status: (a, b) => STATUSES.indexOf(a.measure.status) - STATUSES.indexOf(b.measure.status) || byTitle(a, b),
    // by name; without owner last
    owner: (a, b) => (a.ownerName === b.ownerName ? 0 : a.ownerName === null ? 1 : b.ownerName === null ? -1 : collator.compare(a.ownerName, b.ownerName)) || byTitle(a, b),
  };
  rows.sort(cmp[sort]);
  return rows;
}

/** A measure beyond "idea" needs an owner (the rule the command enforces, checked before sending). */
export function needsOwner(status: MeasureStatus, ownerId: string | null): boolean {
  return status !== 'idea' && !ownerId;
}
