/** UI state shared by the act views (session only, never in the document), per workshop. */
import { perWorkshop } from '../lib/perWorkshop';
import type { MeasureStatus } from '../../../shared/model/schema';
import type { MeasureSort } from './measures/measureList';

export type PrioritySection = 'matrix' | 'ranking' | 'voting';

/** A new measure asked for from elsewhere (a touchpoint row of the priorities). */
export interface MeasureDraftRequest {
  touchpointIds: string[];
}

export class ActState {
  section = $state<PrioritySection>('matrix');
  onlyKey = $state(true);
  /** participant id, 'room', or null (nobody chosen yet) */
  voter = $state<string | null>(null);
  /** touchpoint id of the active row in the voting grid */
  voteRow = $state<string | null>(null);
  draft = $state.raw<MeasureDraftRequest | null>(null);
  measureSort = $state<MeasureSort>('priority');
  filterStatus = $state<MeasureStatus | ''>('');
  filterOwner = $state('');
  filterQuick = $state(false);
}

const acts = perWorkshop(() => new ActState());

/** The act views' state of one open workshop, dropped when it closes. */
export function actStateFor(docId: string): ActState {
  return acts.of(docId);
}
