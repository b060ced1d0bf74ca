/**
 * The board's shapes: fixed sizes, the boxes a layout is made of (columns, lanes, cells,
 * cards) and where a slot of a cell is. Units are board pixels = screen pixels at 100 % zoom.
 */
import type { BoardFilter } from './filter';
import type { Counts } from './counts';

export interface LayoutOptions {
  /** size of the canvas the board is laid out for (the grid adapts to its aspect ratio) */
  viewport: { width: number; height: number };
  /** show departments as swimlanes */
  lanes: boolean;
  filter?: BoardFilter;
  /** what happens to cards the filter excludes */
  filterMode?: 'dim' | 'hide';
}

/** Fixed sizes of the board (px at 100 % zoom). Cards are `cardH` high, taller (up to
 *  `maxCardH`) when the screen has height to spare; card text sizes are in cardText.ts. */
export const GEOMETRY = {
  cardW: 220,
  cardH: 132,
  maxCardH: 168,
  gap: 12,
  pad: 14,
  headerH: 64,
  laneHeaderW: 200,
  colGap: 12,
  maxPerRow: 8,
  maxCardW: 320,
} as const;

export interface ColumnBox {
  phaseId: string;
  name: string;
  index: number;
  x: number;
  w: number;
  /** cards matching the filter / all cards of the phase */
  count: number;
  total: number;
}

export interface LaneBox {
  /** department id, NONE for the "no department" lane, or '' when lanes are off */
  key: string;
  departmentId: string | null;
  name: string;
  color: string | null;
  y: number;
  h: number;
  count: number;
}

export interface CellBox {
  phaseId: string;
  laneKey: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** card ids in visual order */
  cardIds: string[];
}

export interface CardBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  phaseId: string;
  laneKey: string;
  /** position inside its cell */
  index: number;
  /** excluded by the filter but shown dimmed */
  dim: boolean;
}

export interface BoardLayout {
  width: number;
  height: number;
  lanesOn: boolean;
  /** cards per row inside a cell */
  perRow: number;
  cardW: number;
  cardH: number;
  columns: ColumnBox[];
  lanes: LaneBox[];
  cells: CellBox[];
  cards: CardBox[];
  byId: Map<string, CardBox>;
  counts: Counts;
}

/** Margin around the board when it is fitted into its canvas (screen px). */
export const FIT_MARGIN = 12;

/** The zoom at which a board of this size fits the viewport with a margin, never above 100 %. */
export function fitScale(size: { width: number; height: number }, viewport: { width: number; height: number }, margin = FIT_MARGIN): number {
  return Math.min(1, (viewport.width - 2 * margin) / Math.max(1, size.width), (viewport.height - 2 * margin) / Math.max(1, size.height));
}

export interface LaneLabels {
  /** name of the lane for touchpoints without a department */
  noDepartment: string;
}

export function cellAt(layout: BoardLayout, phaseId: string, laneKey: string): CellBox | undefined {
  return layout.cells.find((c) => c.phaseId === phaseId && c.laneKey === laneKey);
}

/** Box of slot `index` inside a cell (slots flow left to right, then down). */
export function slotBox(layout: BoardLayout, cell: CellBox, index: number): { x: number; y: number; w: number; h: number } {
  const g = GEOMETRY;
  const r = Math.floor(index / layout.perRow);
  const c = index % layout.perRow;
  return { x: cell.x + g.pad + c * (layout.cardW + g.gap), y: cell.y + g.pad + r * (layout.cardH + g.gap), w: layout.cardW, h: layout.cardH };
}

/** Where the next captured card of a cell goes: the slot after its last card. */
export function nextSlot(layout: BoardLayout, phaseId: string, laneKey: string): { x: number; y: number; w: number; h: number } | null {
  const cell = cellAt(layout, phaseId, laneKey);
  return cell ? slotBox(layout, cell, cell.cardIds.length) : null;
}
