/**
 * Layout of the priority matrix: importance (weight) × gap as a grid of cells, one cell per
 * (weight, gap) pair; the touchpoints of a cell are stacked in rows inside it, so dots with
 * the same values never cover each other. Touchpoints not rated yet are blind spots: they
 * have no real gap, so they sit in a lane of their own left of the plot, by importance.
 * Pure, so it is unit-tested.
 */
import { HIGH_GAP, HIGH_WEIGHT, type Priority, type Quadrant } from '../../../../shared/metrics';

export interface MatrixDot {
  touchpointId: string;
  rank: number;
  title: string;
  quadrant: Quadrant;
  key: boolean;
  disputed: boolean;
  momentOfTruth: boolean;
  /** not rated: drawn in the blind-spot lane, not in a quadrant */
  blind: boolean;
  weight: number;
  gap: number;
  cx: number;
  cy: number;
  r: number;
}

export interface MatrixColumn {
  gap: number;
  x: number;
  w: number;
}

export interface MatrixRow {
  weight: number;
  y: number;
  h: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MatrixLayout {
  width: number;
  height: number;
  plot: Rect;
  columns: MatrixColumn[];
  /** highest weight first (top) */
  rows: MatrixRow[];
  /** x of the line between small and large gaps */
  splitX: number;
  /** y of the line between low and high importance */
  splitY: number;
  quadrants: (Rect & { quadrant: Quadrant })[];
  /** the blind-spot lane left of the plot (unrated touchpoints by importance); null when all are rated */
  lane: Rect | null;
  dots: MatrixDot[];
}

export type MatrixItem = Pick<Priority, 'touchpointId' | 'rank' | 'title' | 'quadrant' | 'key' | 'weight' | 'gap' | 'momentOfTruth' | 'unrated'> & { disputed: boolean };

export const MAX_GAP = 4;
const R_MAX = 20;
const R_MIN = 7;
/** the blind-spot lane: its share of the width (at least LANE_MIN px) and the gap to the plot */
const LANE_SHARE = 0.12;
const LANE_MIN = 70;
const LANE_GAP = 14;

/** Dot radius and columns so that `n` dots fit into a w × h cell. */
export function fitDots(n: number, w: number, h: number): { r: number; cols: number } {
  for (let r = R_MAX; r > R_MIN; r--) {
    const step = 2 * r + Math.max(4, r / 2);
    const cols = Math.max(1, Math.floor((w - 8) / step));
    const rows = Math.ceil(n / cols);
    if (rows * step <= h - 8) return { r, cols };
  }
  const step = 2 * R_MIN + 4;
  return { r: R_MIN, cols: Math.max(1, Math.floor((w - 8) / step)) };
}

export function matrixLayout(items: readonly MatrixItem[], size: { width: number; height: number; left?: number; bottom?: number; labelBand?: number }): MatrixLayout {
  const left = size.left ?? 110;
  const bottom = size.bottom ?? 70;
  const top = 10;
  const right = 10;
  // unrated touchpoints have only an assumed gap: they go into a lane of their own, left of gap 0
  const anyBlind = items.some((it) => it.unrated);
  const laneW = anyBlind ? Math.max(LANE_MIN, Math.round((size.width - left - right) * LANE_SHARE)) : 0;
  const plotX = anyBlind ? left + laneW + LANE_GAP : left;
  const plot: Rect = { x: plotX, y: top, w: size.width - plotX - right, h: size.height - top - bottom };
  const lane: Rect | null = anyBlind ? { x: left, y: top, w: laneW, h: plot.h } : null;

  // the rows: every importance 1–3 always, plus the weights moments of truth add
  const weights = new Set<number>([1, 2, 3]);
  for (const it of items) weights.add(it.weight);
  const sorted = [...weights].sort((a, b) => b - a);
  const maxGap = Math.max(MAX_GAP, ...items.filter((i) => !i.unrated).map((i) => i.gap));

  const colW = plot.w / (maxGap + 1);
  const columns: MatrixColumn[] = [];
  for (let g = 0; g <= maxGap; g++) columns.push({ gap: g, x: plot.x + g * colW, w: colW });
  const rowH = plot.h / sorted.length;
  const rows: MatrixRow[] = sorted.map((weight, i) => ({ weight, y: plot.y + i * rowH, h: rowH }));

  const highRows = sorted.filter((w) => w >= HIGH_WEIGHT).length;
  const splitY = plot.y + highRows * rowH;
  const splitX = plot.x + HIGH_GAP * colW;
  const quadrants: MatrixLayout['quadrants'] = [
    { quadrant: 'plan', x: plot.x, y: plot.y, w: splitX - plot.x, h: splitY - plot.y },
    { quadrant: 'act-now', x: splitX, y: plot.y, w: plot.x + plot.w - splitX, h: splitY - plot.y },
    { quadrant: 'watch', x: plot.x, y: splitY, w: splitX - plot.x, h: plot.y + plot.h - splitY },
    { quadrant: 'quick-check', x: splitX, y: splitY, w: plot.x + plot.w - splitX, h: plot.y + plot.h - splitY },
  ];

  const cells = new Map<string, MatrixItem[]>();
  for (const it of items) {
    const k = `${it.weight}|${it.unrated ? 'blind' : it.gap}`;
    const list = cells.get(k);
    if (list) list.push(it);
    else cells.set(k, [it]);
  }
  const rowIndex = new Map(rows.map((r, i) => [r.weight, i]));
  const band = size.labelBand ?? 0;
  const dots: MatrixDot[] = [];
  for (const list of cells.values()) {
    list.sort((a, b) => a.rank - b.rank);
    const first = list[0]!;
    const ri = rowIndex.get(first.weight)!;
    const row = rows[ri]!;
    const col = first.unrated && lane ? { x: lane.x, w: lane.w } : columns[first.gap]!;
    // the four corner cells keep a band free for the quadrant names
    const corner = band > 0 && !first.unrated && (first.gap === 0 || first.gap === maxGap);
    const skipTop = corner && ri === 0 ? band : 0;
    const box = { y: row.y + skipTop, h: row.h - (corner && ri === rows.length - 1 ? band : 0) - skipTop };
    const { r, cols } = fitDots(list.length, col.w, box.h);
    const step = 2 * r + Math.max(4, r / 2);
    const usedCols = Math.min(cols, list.length);
    const usedRows = Math.ceil(list.length / cols);
    const x0 = col.x + col.w / 2 - ((usedCols - 1) * step) / 2;
    const y0 = box.y + box.h / 2 - ((usedRows - 1) * step) / 2;
    list.forEach((it, i) => {
      dots.push({
        touchpointId: it.touchpointId,
        rank: it.rank,
        title: it.title,
        quadrant: it.quadrant,
        key: it.key,
        disputed: it.disputed,
        momentOfTruth: it.momentOfTruth,
        blind: it.unrated,
        weight: it.weight,
        gap: it.gap,
        cx: x0 + (i % cols) * step,
        cy: y0 + Math.floor(i / cols) * step,
        r,
      });
    });
  }
  dots.sort((a, b) => a.rank - b.rank);
  return { width: size.width, height: size.height, plot, columns, rows, splitX, splitY, quadrants, lane, dots };
}
