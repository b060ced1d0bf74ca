/**
 * The board's geometry as a pure function of the workshop: columns (journey phases),
 * optional swimlanes (departments plus a "no department" lane), card boxes in a grid
 * inside every column × lane cell, filtering and counts. Plus the pure questions the
 * canvas asks about it: what is under the pointer, where does a drop go and which
 * `order` values does it give, which card is the neighbour in a direction, how to fit
 * the board into the screen. No DOM, no Konva: unit-tested and benchmarked directly.
 *
 * Units are board pixels = screen pixels at 100 % zoom.
 */
import { betweenOrders, endOrder } from '../../../../shared/board/order';
import type { Touchpoint, Workshop } from '../../../../shared/model/schema';

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

export interface LayoutOptions {
  /** size of the canvas the board is laid out for (the grid adapts to its aspect ratio) */
  viewport: { width: number; height: number };
  /** show departments as swimlanes */
  lanes: boolean;
  filter?: BoardFilter;
  /** what happens to cards the filter excludes */
  filterMode?: 'dim' | 'hide';
}

/** Fixed sizes of the board (px at 100 % zoom). The title font on a card is ≥ 18 px. */
export const GEOMETRY = {
  cardW: 220,
  cardH: 132,
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

// ── filtering ────────────────────────────────────────────────────────────────

export function isFilterActive(f: BoardFilter): boolean {
  return f.faces.length > 0 || f.departments.length > 0 || f.direct !== 'all' || f.online !== 'all' || f.momentOfTruth !== 'all' || f.text.trim() !== '';
}

function needlesOf(text: string): string[] {
  return text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

type Facet = 'face' | 'department' | null;

/** Does the touchpoint pass the filter? `skip` ignores one facet (for facet counts). */
function passes(tp: Touchpoint, f: BoardFilter, needles: readonly string[], skip: Facet = null): boolean {
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

/** Counts of the board; facet counts ignore their own facet so the chips stay useful. */
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

// ── layout ───────────────────────────────────────────────────────────────────

function byOrder(a: Touchpoint, b: Touchpoint): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The lane a touchpoint sits in: its department if that still exists, else NONE. */
function laneKeyOf(tp: Touchpoint, lanesOn: boolean, departments: ReadonlySet<string>): string {
  if (!lanesOn) return '';
  return tp.departmentId && departments.has(tp.departmentId) ? tp.departmentId : NONE;
}

function rowsFor(n: number, perRow: number): number {
  // no row is reserved for the next card: it would cost a whole row of zoom on the beamer;
  // the board grows when a card starts a new row
  return Math.max(1, Math.ceil(n / perRow));
}

function cellHeight(rows: number, cardH: number): number {
  const g = GEOMETRY;
  return 2 * g.pad + rows * cardH + (rows - 1) * g.gap;
}

function columnWidth(perRow: number, cardW: number): number {
  const g = GEOMETRY;
  return 2 * g.pad + perRow * cardW + (perRow - 1) * g.gap;
}

export interface LaneLabels {
  /** name of the lane for touchpoints without a department */
  noDepartment: string;
}

export function layoutBoard(doc: Workshop, opts: LayoutOptions, labels: LaneLabels = { noDepartment: '—' }): BoardLayout {
  const g = GEOMETRY;
  const filter = opts.filter ?? EMPTY_FILTER;
  const hide = opts.filterMode === 'hide';
  const lanesOn = opts.lanes;
  const needles = needlesOf(filter.text);
  const deptIds = new Set(doc.departments.map((d) => d.id));
  const phaseIds = new Set(doc.phases.map((p) => p.id));

  const laneDefs: Omit<LaneBox, 'y' | 'h' | 'count'>[] = lanesOn
    ? [
        ...doc.departments.map((d) => ({ key: d.id, departmentId: d.id, name: d.name, color: d.color })),
        { key: NONE, departmentId: null, name: labels.noDepartment, color: null },
      ]
    : [{ key: '', departmentId: null, name: '', color: null }];

  // sort once, then bucket into cells
  const sorted = doc.touchpoints.slice().sort(byOrder);
  const buckets = new Map<string, { tp: Touchpoint; dim: boolean }[]>();
  const cellKey = (phaseId: string, laneKey: string) => `${phaseId}|${laneKey}`;
  const totals: Record<string, number> = {};
  const matches: Record<string, number> = {};
  const laneCounts: Record<string, number> = {};
  for (const tp of sorted) {
    if (!phaseIds.has(tp.phaseId)) continue;
    const ok = passes(tp, filter, needles);
    totals[tp.phaseId] = (totals[tp.phaseId] ?? 0) + 1;
    if (ok) matches[tp.phaseId] = (matches[tp.phaseId] ?? 0) + 1;
    if (!ok && hide) continue;
    const lk = laneKeyOf(tp, lanesOn, deptIds);
    if (ok) laneCounts[lk] = (laneCounts[lk] ?? 0) + 1;
    const key = cellKey(tp.phaseId, lk);
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = []));
    b.push({ tp, dim: !ok });
  }

  // how many cards a lane must hold in its fullest column
  const laneMax = laneDefs.map((l) => Math.max(0, ...doc.phases.map((p) => buckets.get(cellKey(p.id, l.key))?.length ?? 0)));
  const nPhases = Math.max(1, doc.phases.length);
  const leftW = lanesOn ? g.laneHeaderW + g.colGap : 0;
  const vw = Math.max(320, opts.viewport.width);
  const vh = Math.max(240, opts.viewport.height);
  const sizeFor = (perRow: number, cardW: number) => {
    const w = leftW + nPhases * columnWidth(perRow, cardW) + (nPhases - 1) * g.colGap;
    const h = g.headerH + laneMax.reduce((s, n) => s + cellHeight(rowsFor(n, perRow), g.cardH), 0);
    return { w, h };
  };

  // cards per row: the one that lets the whole board fit the viewport at the largest zoom
  // (zoom above 100 % counts as 100 %; ties go to fewer cards per row)
  let perRow = 1;
  let best = -1;
  for (let k = 1; k <= g.maxPerRow; k++) {
    const { w, h } = sizeFor(k, g.cardW);
    const s = Math.min(1, vw / w, vh / h);
    if (s > best + 1e-9) {
      best = s;
      perRow = k;
    }
  }
  // use spare width: stretch columns to fill the viewport at the chosen zoom, then let the
  // wider column take more cards per row if they fit, else widen the cards a little
  const natural = sizeFor(perRow, g.cardW);
  const scale = Math.min(1, vw / natural.w, vh / natural.h);
  const colW = Math.max(columnWidth(perRow, g.cardW), Math.floor((vw / scale - leftW - (nPhases - 1) * g.colGap) / nPhases));
  const inner = colW - 2 * g.pad;
  perRow = Math.max(perRow, Math.min(g.maxPerRow, Math.floor((inner + g.gap) / (g.cardW + g.gap))));
  const cardW = Math.min(g.maxCardW, Math.floor((inner - (perRow - 1) * g.gap) / perRow));
  const cardH = g.cardH;

  const columns: ColumnBox[] = doc.phases.map((p, i) => ({
    phaseId: p.id,
    name: p.name,
    index: i,
    x: leftW + i * (colW + g.colGap),
    w: colW,
    count: matches[p.id] ?? 0,
    total: totals[p.id] ?? 0,
  }));

  const lanes: LaneBox[] = [];
  let y = g.headerH;
  laneDefs.forEach((l, i) => {
    const h = cellHeight(rowsFor(laneMax[i] ?? 0, perRow), cardH);
    lanes.push({ ...l, y, h, count: laneCounts[l.key] ?? 0 });
    y += h;
  });

  const cells: CellBox[] = [];
  const cards: CardBox[] = [];
  const byId = new Map<string, CardBox>();
  for (const lane of lanes) {
    for (const col of columns) {
      const items = buckets.get(cellKey(col.phaseId, lane.key)) ?? [];
      const cell: CellBox = { phaseId: col.phaseId, laneKey: lane.key, x: col.x, y: lane.y, w: col.w, h: lane.h, cardIds: [] };
      items.forEach(({ tp, dim }, index) => {
        const r = Math.floor(index / perRow);
        const c = index % perRow;
        const box: CardBox = {
          id: tp.id,
          x: col.x + g.pad + c * (cardW + g.gap),
          y: lane.y + g.pad + r * (cardH + g.gap),
          w: cardW,
          h: cardH,
          phaseId: col.phaseId,
          laneKey: lane.key,
          index,
          dim,
        };
        cell.cardIds.push(tp.id);
        cards.push(box);
        byId.set(tp.id, box);
      });
      cells.push(cell);
    }
  }

  const last = columns[columns.length - 1];
  return {
    width: last ? last.x + last.w : leftW,
    height: y,
    lanesOn,
    perRow,
    cardW,
    cardH,
    columns,
    lanes,
    cells,
    cards,
    byId,
    counts: countsOf(doc, filter),
  };
}

// ── questions about a layout ─────────────────────────────────────────────────

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

function columnIndexAt(layout: BoardLayout, x: number, clamp: boolean): number {
  const cols = layout.columns;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    if (x >= c.x && x < c.x + c.w) return i;
  }
  if (!clamp || cols.length === 0) return -1;
  // in a gap or outside: the nearest column
  let best = 0;
  let bestD = Infinity;
  cols.forEach((c, i) => {
    const d = Math.min(Math.abs(x - c.x), Math.abs(x - (c.x + c.w)));
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

function laneIndexAt(layout: BoardLayout, y: number, clamp: boolean): number {
  const lanes = layout.lanes;
  for (let i = 0; i < lanes.length; i++) {
    const l = lanes[i]!;
    if (y >= l.y && y < l.y + l.h) return i;
  }
  if (!clamp || lanes.length === 0) return -1;
  return y < (lanes[0]?.y ?? 0) ? 0 : lanes.length - 1;
}

export type Hit =
  | { kind: 'card'; id: string }
  | { kind: 'header'; phaseId: string }
  | { kind: 'cell'; phaseId: string; laneKey: string }
  | { kind: 'lane'; laneKey: string }
  | { kind: 'none' };

/** What is at board point (x, y)? Grid arithmetic, no search over all cards. */
export function hitTest(layout: BoardLayout, x: number, y: number): Hit {
  const g = GEOMETRY;
  const ci = columnIndexAt(layout, x, false);
  const col = layout.columns[ci];
  if (y >= 0 && y < g.headerH) return col ? { kind: 'header', phaseId: col.phaseId } : { kind: 'none' };
  const li = laneIndexAt(layout, y, false);
  const lane = layout.lanes[li];
  if (!lane) return { kind: 'none' };
  if (!col) return layout.lanesOn && x >= 0 && x < g.laneHeaderW ? { kind: 'lane', laneKey: lane.key } : { kind: 'none' };
  const cell = cellAt(layout, col.phaseId, lane.key);
  if (!cell) return { kind: 'none' };
  const lx = x - cell.x - g.pad;
  const ly = y - cell.y - g.pad;
  if (lx >= 0 && ly >= 0) {
    const c = Math.floor(lx / (layout.cardW + g.gap));
    const r = Math.floor(ly / (layout.cardH + g.gap));
    const inCard = lx - c * (layout.cardW + g.gap) < layout.cardW && ly - r * (layout.cardH + g.gap) < layout.cardH;
    const index = r * layout.perRow + c;
    if (inCard && c < layout.perRow && index < cell.cardIds.length) return { kind: 'card', id: cell.cardIds[index]! };
  }
  return { kind: 'cell', phaseId: col.phaseId, laneKey: lane.key };
}

export interface DropTarget {
  phaseId: string;
  laneKey: string;
  /** department the dropped cards get: the lane's (null = no department); undefined = keep */
  departmentId: string | null | undefined;
  /** nearest card before / after the insertion point that is not being dragged */
  prevId: string | null;
  nextId: string | null;
  /** where to draw the insertion mark (board coordinates) */
  mark: { x: number; y: number; h: number };
}

/** Where would dragged cards land if dropped at board point (x, y)? */
export function dropTarget(layout: BoardLayout, x: number, y: number, dragged: ReadonlySet<string>): DropTarget | null {
  const g = GEOMETRY;
  const col = layout.columns[columnIndexAt(layout, x, true)];
  const lane = layout.lanes[laneIndexAt(layout, Math.max(y, g.headerH), true)];
  if (!col || !lane) return null;
  const cell = cellAt(layout, col.phaseId, lane.key);
  if (!cell) return null;
  const stepX = layout.cardW + g.gap;
  const stepY = layout.cardH + g.gap;
  const n = cell.cardIds.length;
  const lastRow = Math.floor(n / layout.perRow);
  const r = Math.max(0, Math.min(lastRow, Math.floor((y - cell.y - g.pad + g.gap / 2) / stepY)));
  const fx = (x - cell.x - g.pad + g.gap / 2) / stepX;
  const c = Math.max(0, Math.min(layout.perRow - 1, Math.floor(fx)));
  const after = fx - c > 0.5 + g.gap / 2 / stepX;
  const index = Math.max(0, Math.min(n, r * layout.perRow + c + (after ? 1 : 0)));
  let prevId: string | null = null;
  for (let i = index - 1; i >= 0; i--) {
    const id = cell.cardIds[i]!;
    if (!dragged.has(id)) {
      prevId = id;
      break;
    }
  }
  let nextId: string | null = null;
  for (let i = index; i < n; i++) {
    const id = cell.cardIds[i]!;
    if (!dragged.has(id)) {
      nextId = id;
      break;
    }
  }
  // the mark: left edge of the slot at `index`, or right edge of the card before it at a row's end
  const atRowEnd = index > 0 && index % layout.perRow === 0 && index === n;
  const s = slotBox(layout, cell, atRowEnd ? index - 1 : index);
  const mark = atRowEnd ? { x: s.x + s.w + g.gap / 2, y: s.y, h: s.h } : { x: s.x - g.gap / 2, y: s.y, h: s.h };
  const departmentId = layout.lanesOn ? (lane.key === NONE ? null : lane.departmentId) : undefined;
  return { phaseId: col.phaseId, laneKey: lane.key, departmentId, prevId, nextId, mark };
}

export interface Move {
  id: string;
  phaseId: string;
  departmentId?: string | null;
  order: number;
}

/**
 * The moves of one drop: the dragged cards (kept in their relative order) get `order`
 * values between their new neighbours. When the gap between the neighbours has been
 * halved too often, the whole target phase is renumbered 1…n (still one command).
 * Returns [] when nothing would change.
 */
export function dropMoves(doc: Workshop, target: DropTarget, draggedIds: readonly string[]): Move[] {
  const byId = new Map(doc.touchpoints.map((t) => [t.id, t]));
  const phaseIndex = new Map(doc.phases.map((p, i) => [p.id, i]));
  const dragged = draggedIds
    .map((id) => byId.get(id))
    .filter((t): t is Touchpoint => !!t)
    .sort((a, b) => (phaseIndex.get(a.phaseId) ?? 0) - (phaseIndex.get(b.phaseId) ?? 0) || byOrder(a, b));
  if (dragged.length === 0) return [];
  const draggedSet = new Set(dragged.map((t) => t.id));
  const prev = target.prevId ? byId.get(target.prevId) : undefined;
  const next = target.nextId ? byId.get(target.nextId) : undefined;
  const n = dragged.length;
  const dept = target.departmentId === undefined ? {} : { departmentId: target.departmentId };
  // board/order.ts: between the neighbours, or after the phase's last card; null = renumber the phase
  const orders = prev || next ? betweenOrders(prev?.order, next?.order, n) : betweenOrders(endOrder(doc.touchpoints, target.phaseId, draggedSet), undefined, n);
  if (!orders) return renumber(doc, target, dragged, draggedSet, dept);
  if (isSamePlace(doc, dragged, draggedSet, target)) return [];
  return dragged.map((t, i) => ({ id: t.id, phaseId: target.phaseId, ...dept, order: orders[i]! }));
}

/** True when the dragged cards already sit, together, between the target's neighbours. */
function isSamePlace(doc: Workshop, dragged: readonly Touchpoint[], draggedSet: ReadonlySet<string>, target: DropTarget): boolean {
  const inCell = (t: Touchpoint) => t.phaseId === target.phaseId && (target.departmentId === undefined || (t.departmentId ?? null) === target.departmentId);
  if (!dragged.every(inCell)) return false;
  const lo = Math.min(...dragged.map((t) => t.order));
  const hi = Math.max(...dragged.map((t) => t.order));
  let before: Touchpoint | null = null;
  let after: Touchpoint | null = null;
  for (const t of doc.touchpoints) {
    if (draggedSet.has(t.id) || !inCell(t)) continue;
    if (t.order > lo && t.order < hi) return false; // another card sits between them
    if (t.order <= lo && (!before || t.order > before.order)) before = t;
    if (t.order >= hi && (!after || t.order < after.order)) after = t;
  }
  return (before?.id ?? null) === target.prevId && (after?.id ?? null) === target.nextId;
}

function renumber(doc: Workshop, target: DropTarget, dragged: readonly Touchpoint[], draggedSet: ReadonlySet<string>, dept: { departmentId?: string | null }): Move[] {
  const rest = doc.touchpoints.filter((t) => t.phaseId === target.phaseId && !draggedSet.has(t.id)).sort(byOrder);
  let at = target.prevId ? rest.findIndex((t) => t.id === target.prevId) + 1 : target.nextId ? rest.findIndex((t) => t.id === target.nextId) : rest.length;
  if (at < 0) at = rest.length;
  const seq = [...rest.slice(0, at), ...dragged, ...rest.slice(at)];
  return seq.map((t, i) => (draggedSet.has(t.id) ? { id: t.id, phaseId: target.phaseId, ...dept, order: i + 1 } : { id: t.id, phaseId: target.phaseId, order: i + 1 }));
}

/** Cards (not dimmed) that intersect a rectangle: the lasso. */
export function cardsInRect(layout: BoardLayout, r: { x: number; y: number; w: number; h: number }): string[] {
  const x0 = Math.min(r.x, r.x + r.w);
  const x1 = Math.max(r.x, r.x + r.w);
  const y0 = Math.min(r.y, r.y + r.h);
  const y1 = Math.max(r.y, r.y + r.h);
  return layout.cards.filter((c) => !c.dim && c.x < x1 && c.x + c.w > x0 && c.y < y1 && c.y + c.h > y0).map((c) => c.id);
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The nearest card in a direction from a card (arrow-key navigation), or null at the edge. */
export function neighbour(layout: BoardLayout, fromId: string, dir: Direction): string | null {
  const from = layout.byId.get(fromId);
  if (!from) return null;
  const fx = from.x + from.w / 2;
  const fy = from.y + from.h / 2;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of layout.cards) {
    if (c.id === fromId) continue;
    const dx = c.x + c.w / 2 - fx;
    const dy = c.y + c.h / 2 - fy;
    const along = dir === 'left' ? -dx : dir === 'right' ? dx : dir === 'up' ? -dy : dy;
    const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along < 1) continue;
    // stay in the same column when moving up/down, prefer the same row when moving sideways
    if ((dir === 'up' || dir === 'down') && c.phaseId !== from.phaseId) continue;
    const score = along + 3 * across;
    if (score < bestScore) {
      bestScore = score;
      best = c.id;
    }
  }
  return best;
}

/** First card (in visual order) of a column, for Down from a selected column. */
export function firstCardOf(layout: BoardLayout, phaseId: string): string | null {
  for (const cell of layout.cells) if (cell.phaseId === phaseId && cell.cardIds.length > 0) return cell.cardIds[0]!;
  return null;
}

/** Ids without duplicates, in first-seen order. */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

// ── view (zoom and pan) ──────────────────────────────────────────────────────

/** screen = board × scale + (x, y), relative to the canvas */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 0.15;
export const MAX_SCALE = 3;

export function clampScale(s: number): number {
  return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
}

/** Fit the whole board into the viewport (never above 100 %), centred horizontally. */
export function fitView(layout: BoardLayout, viewport: { width: number; height: number }, margin = 12): View {
  const scale = clampScale(Math.min(1, (viewport.width - 2 * margin) / Math.max(1, layout.width), (viewport.height - 2 * margin) / Math.max(1, layout.height)));
  return { scale, x: Math.round((viewport.width - layout.width * scale) / 2), y: margin };
}

/** Zoom so one column fills the viewport's width (at most 200 %), top aligned. */
export function columnView(layout: BoardLayout, phaseId: string, viewport: { width: number; height: number }, margin = 12): View | null {
  const col = layout.columns.find((c) => c.phaseId === phaseId);
  if (!col) return null;
  const scale = clampScale(Math.min(2, (viewport.width - 2 * margin) / col.w));
  return { scale, x: Math.round(viewport.width / 2 - (col.x + col.w / 2) * scale), y: margin };
}

/** Zoom by a factor around a screen point, keeping the board point under it in place. */
export function zoomAt(view: View, factor: number, px: number, py: number): View {
  const scale = clampScale(view.scale * factor);
  const k = scale / view.scale;
  return { scale, x: px - (px - view.x) * k, y: py - (py - view.y) * k };
}

/** Pan the view so a board box is visible (used when the selection or capture slot moves). */
export function revealBox(view: View, box: { x: number; y: number; w: number; h: number }, viewport: { width: number; height: number }, margin = 24): View {
  let { x, y } = view;
  const left = box.x * view.scale + x;
  const top = box.y * view.scale + y;
  const right = left + box.w * view.scale;
  const bottom = top + box.h * view.scale;
  if (right > viewport.width - margin) x -= right - (viewport.width - margin);
  if (left + (x - view.x) < margin) x += margin - (left + (x - view.x));
  if (bottom > viewport.height - margin) y -= bottom - (viewport.height - margin);
  if (top + (y - view.y) < margin) y += margin - (top + (y - view.y));
  return x === view.x && y === view.y ? view : { scale: view.scale, x, y };
}

export function toBoard(view: View, sx: number, sy: number): { x: number; y: number } {
  return { x: (sx - view.x) / view.scale, y: (sy - view.y) / view.scale };
}

export function toScreen(view: View, box: { x: number; y: number; w: number; h: number }): { x: number; y: number; w: number; h: number } {
  return { x: box.x * view.scale + view.x, y: box.y * view.scale + view.y, w: box.w * view.scale, h: box.h * view.scale };
}
