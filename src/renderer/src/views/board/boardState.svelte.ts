/**
 * Session state of the board of one open workshop: selection, zoom and pan, lanes, filter,
 * the capture in progress. Not part of the document (tldraw's document/session split):
 * it survives switching views but is never saved into the workshop file.
 */
import { perWorkshop } from '../../lib/perWorkshop';
import { EMPTY_FILTER, type BoardFilter } from '../../../../shared/board';
import { uniqueIds } from './hit';
import type { View } from './viewport';
import { screenSize } from '../../lib/screen.svelte';

export interface Capture {
  phaseId: string;
  /** lane key the new cards go into ('' without lanes, NONE = no department) */
  laneKey: string;
}

export class BoardState {
  lanes = $state(false);
  /** the outline list starts closed on a narrow screen: the board gets the room (L-ist toggle in the toolbar) */
  outlineOpen = $state(!screenSize.narrow);
  /** narrow screens: the filters and the counts' chips are behind the toolbar's "Filter" button */
  filtersOpen = $state(false);
  filter = $state.raw<BoardFilter>(EMPTY_FILTER);
  filterMode = $state<'dim' | 'hide'>('dim');
  /** selected touchpoint ids, in the order they were selected */
  selected = $state.raw<readonly string[]>([]);
  /** the selected column (phase id): where N captures; follows the selected card */
  column = $state<string | null>(null);
  /** the lane of the last selected card or capture, for the next capture with lanes on */
  lane = $state('');
  view = $state.raw<View>({ scale: 1, x: 0, y: 0 });
  /** true until the user zooms or pans: the board then keeps itself fitted to the screen */
  autoFit = $state(true);
  capture = $state.raw<Capture | null>(null);
  /** polite announcement for screen readers (selection, capture, deletions) */
  announcement = $state('');

  isSelected(id: string): boolean {
    return this.selected.includes(id);
  }

  select(ids: readonly string[], column?: string | null) {
    this.selected = uniqueIds(ids);
    if (column !== undefined) this.column = column;
  }

  toggle(id: string) {
    this.selected = this.selected.includes(id) ? this.selected.filter((x) => x !== id) : [...this.selected, id];
  }

  add(ids: readonly string[]) {
    this.selected = uniqueIds([...this.selected, ...ids]);
  }

  clearSelection() {
    if (this.selected.length > 0) this.selected = [];
  }

  setView(v: View, manual = true) {
    this.view = v;
    if (manual) this.autoFit = false;
  }
}

const boards = perWorkshop(() => new BoardState());

/** One board state per open workshop, dropped when it closes (lib/perWorkshop.ts). */
export function boardStateFor(docId: string): BoardState {
  return boards.of(docId);
}
