/**
 * The board's geometry as a pure function of the workshop: columns (journey phases),
 * optional swimlanes (departments plus a "no department" lane), card boxes in a grid
 * inside every column × lane cell, with the filter applied and the counts attached.
 * No DOM, no Konva: the board view, the PNG export and the CLI draw from it, and it is
 * unit-tested and benchmarked directly. The canvas's own questions about a layout (hit
 * testing, drops, neighbours, zoom) stay in the renderer (views/board/hit.ts, drop.ts,
 * viewport.ts).
 *
 * Units are board pixels = screen pixels at 100 % zoom.
 */
import { byOrder } from './order';
import type { Touchpoint, Workshop } from '../model/schema';
import { countsOf } from './counts';
import { EMPTY_FILTER, NONE, needlesOf, passes } from './filter';
import { FIT_MARGIN, GEOMETRY, fitScale, type BoardLayout, type CardBox, type CellBox, type ColumnBox, type LaneBox, type LaneLabels, type LayoutOptions } from './geometry';

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
  const sizeFor = (perRow: number, cardW: number, cardH: number = g.cardH) => {
    const w = leftW + nPhases * columnWidth(perRow, cardW) + (nPhases - 1) * g.colGap;
    const h = g.headerH + laneMax.reduce((s, n) => s + cellHeight(rowsFor(n, perRow), cardH), 0);
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
  // use spare height: a board fitted by its width leaves the bottom of the screen empty;
  // taller cards there cost no zoom and give the title more lines (cardText.ts)
  const totalRows = laneMax.reduce((s, n) => s + rowsFor(n, perRow), 0);
  const base = sizeFor(perRow, cardW);
  const fitted = fitScale({ width: leftW + nPhases * colW + (nPhases - 1) * g.colGap, height: base.h }, { width: vw, height: vh });
  const spare = (vh - 2 * FIT_MARGIN) / fitted - base.h;
  const cardH = Math.max(g.cardH, Math.min(g.maxCardH, g.cardH + Math.floor(spare / Math.max(1, totalRows))));

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

export { byOrder };
