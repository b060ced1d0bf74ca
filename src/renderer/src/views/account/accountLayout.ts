/**
 * Layout of the relationship-account curve: the running balance from the opening 0 through
 * every touchpoint in journey order, a y scale with round ticks, the phase bands, and the
 * paths of the curve and of its area (split at the zero line by clip paths in the view).
 * Pure, so it is unit-tested.
 */
import type { Account } from '../../../../shared/metrics';
import type { Rect } from '../priorities/matrixLayout';

export interface CurvePoint {
  /** 1-based position along the journey (0 = the opening balance) */
  index: number;
  touchpointId: string;
  title: string;
  x: number;
  y: number;
  balance: number;
  delta: number;
  rated: boolean;
  momentOfTruth: boolean;
}

export interface PhaseBand {
  phaseId: string;
  name: string;
  x: number;
  w: number;
  credit: number;
  debit: number;
  delta: number;
  balance: number;
}

export interface AccountLayout {
  width: number;
  height: number;
  plot: Rect;
  /** y of the zero line */
  zeroY: number;
  ticks: { value: number; y: number }[];
  points: CurvePoint[];
  bands: PhaseBand[];
  /** the curve as an SVG path, from the opening 0 */
  line: string;
  /** the area between the curve and the zero line */
  area: string;
}

/** Round tick step (1, 2 or 5 × 10^k) giving about `count` intervals over `span`. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  return Math.max(1, nice * mag);
}

const r1 = (v: number) => Math.round(v * 10) / 10;

export function accountLayout(account: Account, size: { width: number; height: number; left?: number; top?: number; bottom?: number }): AccountLayout {
  const left = size.left ?? 90;
  const top = size.top ?? 56;
  const bottom = size.bottom ?? 90;
  const right = 24;
  const plot: Rect = { x: left, y: top, w: size.width - left - right, h: size.height - top - bottom };

  let lo = Math.min(0, account.min);
  let hi = Math.max(0, account.max);
  if (lo === hi) {
    lo = -1;
    hi = 1;
  }
  const step = niceStep(hi - lo);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  // both sides of the zero line stay visible: credit above, debit below, even when empty
  if (hi < step) hi = step;
  if (lo > -step) lo = -step;
  // headroom so labels near the extremes stay inside
  if (hi === Math.max(0, account.max) && hi !== 0) hi += step / 2;
  if (lo === Math.min(0, account.min) && lo !== 0) lo -= step / 2;
  const yOf = (v: number) => r1(plot.y + ((hi - v) / (hi - lo)) * plot.h);
  const ticks: AccountLayout['ticks'] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) ticks.push({ value: v, y: yOf(v) });

  const n = account.points.length;
  const dx = n === 0 ? plot.w : plot.w / n;
  const xOf = (i: number) => r1(plot.x + i * dx);
  const zeroY = yOf(0);
  const points: CurvePoint[] = account.points.map((p, i) => ({
    index: i + 1,
    touchpointId: p.touchpointId,
    title: p.title,
    x: xOf(i + 1),
    y: yOf(p.balance),
    balance: p.balance,
    delta: p.delta,
    rated: p.rated,
    momentOfTruth: p.momentOfTruth,
  }));

  const bands: PhaseBand[] = [];
  let i = 0;
  for (const ph of account.phases) {
    if (ph.count === 0) continue;
    // the points of a phase are consecutive (journey order); find them by position
    while (i < n && account.points[i]!.phaseId !== ph.phaseId) i++;
    const start = i;
    while (i < n && account.points[i]!.phaseId === ph.phaseId) i++;
    if (i === start) continue;
    const x = r1(xOf(start + 1) - dx / 2);
    bands.push({ phaseId: ph.phaseId, name: ph.name, x, w: r1(xOf(i) + dx / 2 - x), credit: ph.credit, debit: ph.debit, delta: ph.delta, balance: ph.balance });
  }

  const coords = [`${xOf(0)} ${zeroY}`, ...points.map((p) => `${p.x} ${p.y}`)];
  const line = `M ${coords.join(' L ')}`;
  const lastX = points.length > 0 ? points[points.length - 1]!.x : xOf(0);
  const area = `${line} L ${lastX} ${zeroY} Z`;
  return { width: size.width, height: size.height, plot, zeroY, ticks, points, bands, line, area };
}

/** A five-pointed star around (cx, cy), as an SVG path: marks a moment of truth. */
export function starPath(cx: number, cy: number, outer: number, inner = outer * 0.45): string {
  const pts: string[] = [];
  for (let k = 0; k < 10; k++) {
    const r = k % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    pts.push(`${r1(cx + r * Math.cos(a))} ${r1(cy + r * Math.sin(a))}`);
  }
  return `M ${pts.join(' L ')} Z`;
}
