/**
 * The cube (Zauberwürfel, docs/glossary.md): six faces, one sticker per touchpoint, and the
 * figures level, homogeneity and coverage per face and for the whole cube.
 * Formulas and the reasons behind them: docs/method.md.
 *
 * Pure and linear in the number of touchpoints (one pass plus one sort), so the cube
 * can be recomputed after every rating.
 */
import type { Level, Touchpoint, Workshop } from '../model/schema';
import { consensusValueOf } from './consensus';
import { compareJourneyKeys, phaseIndexOf, type JourneyKey } from './journey';

/**
 * The target level (Soll) of a touchpoint that has none set: +1 "good".
 * "As expected" (0) is the zero line of satisfaction; the goal of the method is a
 * positive experience at every touchpoint, so a uniformly mediocre cube is not solved.
 */
export const DEFAULT_TARGET: Level = 1;

export function effectiveTarget(tp: Pick<Touchpoint, 'target'> | undefined): Level {
  return tp?.target ?? DEFAULT_TARGET;
}

/**
 * Where a metric takes its values from: the live consensus (default), or a snapshot's
 * frozen values. With `values`, exactly the touchpoints listed there are considered,
 * including ones deleted since (titles from `titles`).
 */
export interface ValueOptions {
  /** touchpoint id → value (snapshot); when given, replaces the consensus */
  values?: Record<string, Level | null>;
  /** touchpoint id → face id at the time (snapshot); otherwise the touchpoint's current face */
  faces?: Record<string, string | null>;
  /** touchpoint id → title at the time (snapshot); otherwise the current title */
  titles?: Record<string, string>;
}

export interface Sticker {
  touchpointId: string;
  title: string;
  /** null only in snapshot views, for a touchpoint deleted since */
  phaseId: string | null;
  /** null = blind spot (not rated) */
  value: Level | null;
  /** the target as set (Soll); null = not set, DEFAULT_TARGET applies */
  target: Level | null;
  /** rated and below its effective target */
  belowTarget: boolean;
  /** participants' ratings lie 2 or more levels apart (always false for snapshots) */
  disputed: boolean;
  momentOfTruth: boolean;
  /** the touchpoint no longer exists in the workshop (snapshot views only) */
  deleted: boolean;
}

/** Stickers per level, index = level + 2 (−2 … +2). */
export type Histogram = [number, number, number, number, number];

export interface FaceFigures {
  /** stickers (touchpoints) on the face */
  count: number;
  /** stickers with a value */
  rated: number;
  /** mean of the rated values, −2 … +2; null when nothing is rated */
  level: number | null;
  /** population standard deviation of the rated values, 0 … 2; null when nothing is rated */
  sd: number | null;
  /** 1 − sd / 2, 0 … 1 (1 = all rated stickers equal); null when nothing is rated */
  homogeneity: number | null;
  /** rated / count, 0 … 1; null when the face has no touchpoints */
  coverage: number | null;
  /** disputed stickers */
  disputed: number;
  /** rated stickers below their effective target */
  belowTarget: number;
  histogram: Histogram;
  /** every sticker rated, every value at or above its effective target, all values equal (and at least one sticker) */
  solved: boolean;
}

export interface CubeFigures extends FaceFigures {
  /** every sticker rated, every value at or above its effective target, all values equal (and at least one sticker) */
  solved: boolean;
}

export interface CubeFace {
  faceId: string;
  key: Workshop['faces'][number]['key'];
  name: string;
  color: string;
  /** the face is an n×n grid, the same n on every face: n = max(3, ceil(√count of the largest face)) */
  n: number;
  /** the touchpoints of this face, in journey order */
  stickers: Sticker[];
  /** n×n cells row by row: the stickers, then null for empty cells */
  cells: (Sticker | null)[];
  figures: FaceFigures;
}

export interface Cube {
  /** the six faces, in doc.faces order */
  faces: CubeFace[];
  /** touchpoints without a face, in journey order; not part of the cube's figures */
  unassigned: Sticker[];
  /** figures of all stickers on the six faces, pooled */
  figures: CubeFigures;
}

export function gridSize(count: number): number {
  return Math.max(3, Math.ceil(Math.sqrt(count)));
}

/** Running sums from which every figure follows; integer arithmetic, so exact. */
class Tally {
  count = 0;
  rated = 0;
  sum = 0;
  sumSq = 0;
  disputed = 0;
  belowTarget = 0;
  allAtTarget = true;
  histogram: Histogram = [0, 0, 0, 0, 0];

  add(s: Sticker): void {
    this.count++;
    if (s.disputed) this.disputed++;
    if (s.value === null) return;
    this.rated++;
    this.sum += s.value;
    this.sumSq += s.value * s.value;
    this.histogram[s.value + 2]! += 1;
    if (s.belowTarget) {
      this.belowTarget++;
      this.allAtTarget = false;
    }
  }

  addTally(t: Tally): void {
    this.count += t.count;
    this.rated += t.rated;
    this.sum += t.sum;
    this.sumSq += t.sumSq;
    this.disputed += t.disputed;
    this.belowTarget += t.belowTarget;
    this.allAtTarget &&= t.allAtTarget;
    for (let i = 0; i < 5; i++) this.histogram[i]! += t.histogram[i]!;
  }

  /** n·Σx² − (Σx)² = n²·variance; an exact integer, 0 exactly when all values are equal */
  private scaledVariance(): number {
    return Math.max(0, this.rated * this.sumSq - this.sum * this.sum);
  }

  figures(): FaceFigures {
    const n = this.rated;
    const sd = n === 0 ? null : Math.sqrt(this.scaledVariance()) / n;
    return {
      count: this.count,
      rated: n,
      level: n === 0 ? null : this.sum / n,
      sd,
      homogeneity: sd === null ? null : clamp01(1 - sd / 2),
      coverage: this.count === 0 ? null : n / this.count,
      disputed: this.disputed,
      belowTarget: this.belowTarget,
      histogram: [...this.histogram],
      solved: this.solved(),
    };
  }

  solved(): boolean {
    return this.count > 0 && this.rated === this.count && this.allAtTarget && this.scaledVariance() === 0;
  }
}

function own(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

type CubeDoc = Pick<Workshop, 'phases' | 'faces' | 'touchpoints' | 'ratings' | 'roomRatings'>;

export function cubeOf(doc: CubeDoc, opts: ValueOptions = {}): Cube {
  const phaseIndex = phaseIndexOf(doc);
  const byId = new Map<string, Touchpoint>();
  for (const tp of doc.touchpoints) byId.set(tp.id, tp);
  const faceIndex = new Map<string, number>();
  doc.faces.forEach((f, i) => faceIndex.set(f.id, i));

  const { values, faces, titles } = opts;
  const ids = values ? Object.keys(values) : doc.touchpoints.map((t) => t.id);

  const perFace: { key: JourneyKey; sticker: Sticker }[][] = doc.faces.map(() => []);
  const unassigned: { key: JourneyKey; sticker: Sticker }[] = [];

  for (const id of ids) {
    const tp = byId.get(id);
    let value: Level | null;
    let disputed = false;
    if (values) {
      value = own(values, id) ? (values[id] ?? null) : null;
    } else {
      const c = consensusValueOf(doc, id);
      value = c.value;
      disputed = c.disputed;
    }
    const title = (titles && own(titles, id) ? titles[id] : undefined) ?? tp?.title ?? id;
    const target = tp?.target ?? null;
    const sticker: Sticker = {
      touchpointId: id,
      title,
      phaseId: tp?.phaseId ?? null,
      value,
      target,
      belowTarget: value !== null && value < (target ?? DEFAULT_TARGET),
      disputed,
      momentOfTruth: tp?.momentOfTruth ?? false,
      deleted: tp === undefined,
    };
    const key: JourneyKey = { phase: phaseIndex(tp?.phaseId), order: tp?.order ?? Infinity, title, id };
    const faceId = faces && own(faces, id) ? faces[id] : tp?.faceId;
    const fi = faceId == null ? undefined : faceIndex.get(faceId);
    (fi === undefined ? unassigned : perFace[fi]!).push({ key, sticker });
  }

  const total = new Tally();
  // one order for all six faces, set by the largest: the cube stays a cube (docs/method.md)
  const n = gridSize(Math.max(0, ...perFace.map((e) => e.length)));
  const cubeFaces = doc.faces.map((face, i): CubeFace => {
    const entries = perFace[i]!;
    entries.sort((a, b) => compareJourneyKeys(a.key, b.key));
    const stickers = entries.map((e) => e.sticker);
    const tally = new Tally();
    for (const s of stickers) tally.add(s);
    total.addTally(tally);
    const cells: (Sticker | null)[] = new Array<Sticker | null>(n * n).fill(null);
    stickers.forEach((s, j) => (cells[j] = s));
    return { faceId: face.id, key: face.key, name: face.name, color: face.color, n, stickers, cells, figures: tally.figures() };
  });

  unassigned.sort((a, b) => compareJourneyKeys(a.key, b.key));
  return {
    faces: cubeFaces,
    unassigned: unassigned.map((e) => e.sticker),
    figures: { ...total.figures(), solved: total.solved() },
  };
}

/** The cube as it was when the snapshot was taken (targets and moments of truth as they are now). */
export function cubeOfSnapshot(doc: CubeDoc, snapshot: Pick<Workshop['snapshots'][number], 'values' | 'faces' | 'titles'>): Cube {
  return cubeOf(doc, { values: snapshot.values, faces: snapshot.faces, titles: snapshot.titles });
}
