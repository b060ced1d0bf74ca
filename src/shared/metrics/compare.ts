/**
 * Before/after comparison of two cubes (snapshot vs snapshot, or snapshot vs now):
 * the monitoring step of the touchpoint management loop. See docs/method.md.
 */
import type { Level, Snapshot, Workshop } from '../model/schema';
import { cubeOf, cubeOfSnapshot, type Cube, type CubeFigures, type FaceFigures, type Sticker } from './cube';

/** after − before; null when either side is null (nothing to compare). */
export interface FigureDelta {
  level: number | null;
  homogeneity: number | null;
  coverage: number | null;
  count: number;
  rated: number;
  disputed: number;
  belowTarget: number;
}

export interface FaceComparison {
  faceId: string;
  key: Cube['faces'][number]['key'];
  name: string;
  color: string;
  before: FaceFigures;
  after: FaceFigures;
  delta: FigureDelta;
}

/**
 * improved / worse / same: rated on both sides (same also when a blind spot on both sides);
 * rated: was a blind spot, now has a value; unrated: had a value, now a blind spot;
 * new: only in `after`; removed: only in `before`.
 */
export type ChangeKind = 'improved' | 'worse' | 'same' | 'rated' | 'unrated' | 'new' | 'removed';

export interface TouchpointChange {
  touchpointId: string;
  /** the later title when the touchpoint exists after, else the earlier one */
  title: string;
  before: Level | null;
  after: Level | null;
  /** after − before when both are rated, else null */
  delta: number | null;
  change: ChangeKind;
  faceBefore: string | null;
  faceAfter: string | null;
  /** on both sides, but on a different face (or assigned / unassigned) */
  moved: boolean;
}

export interface CubeComparison {
  faces: FaceComparison[];
  cube: { before: CubeFigures; after: CubeFigures; delta: FigureDelta };
  /** in the order of the later cube (faces, then unassigned), then removed ones in the earlier order */
  touchpoints: TouchpointChange[];
  counts: Record<ChangeKind, number>;
}

function diff(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a;
}

export function figureDelta(before: FaceFigures, after: FaceFigures): FigureDelta {
  return {
    level: diff(before.level, after.level),
    homogeneity: diff(before.homogeneity, after.homogeneity),
    coverage: diff(before.coverage, after.coverage),
    count: after.count - before.count,
    rated: after.rated - before.rated,
    disputed: after.disputed - before.disputed,
    belowTarget: after.belowTarget - before.belowTarget,
  };
}

interface Placed {
  sticker: Sticker;
  faceId: string | null;
}

/** every sticker of a cube in display order, with its face (null = unassigned) */
function placements(cube: Cube): Placed[] {
  const out: Placed[] = [];
  for (const f of cube.faces) for (const s of f.stickers) out.push({ sticker: s, faceId: f.faceId });
  for (const s of cube.unassigned) out.push({ sticker: s, faceId: null });
  return out;
}

function kindOf(before: Level | null, after: Level | null): ChangeKind {
  if (before === null) return after === null ? 'same' : 'rated';
  if (after === null) return 'unrated';
  return after > before ? 'improved' : after < before ? 'worse' : 'same';
}

export function compareCubes(before: Cube, after: Cube): CubeComparison {
  const beforeFaces = new Map(before.faces.map((f) => [f.faceId, f]));
  const faces = after.faces.map((a): FaceComparison => {
    const b = beforeFaces.get(a.faceId);
    const bf = b ? b.figures : a.figures;
    return { faceId: a.faceId, key: a.key, name: a.name, color: a.color, before: bf, after: a.figures, delta: figureDelta(bf, a.figures) };
  });

  const earlier = new Map<string, Placed>();
  const beforeList = placements(before);
  for (const p of beforeList) earlier.set(p.sticker.touchpointId, p);
  const later = new Set<string>();
  const counts: Record<ChangeKind, number> = { improved: 0, worse: 0, same: 0, rated: 0, unrated: 0, new: 0, removed: 0 };
  const touchpoints: TouchpointChange[] = [];

  for (const p of placements(after)) {
    const id = p.sticker.touchpointId;
    later.add(id);
    const e = earlier.get(id);
    const a = p.sticker.value;
    if (!e) {
      touchpoints.push({ touchpointId: id, title: p.sticker.title, before: null, after: a, delta: null, change: 'new', faceBefore: null, faceAfter: p.faceId, moved: false });
      counts.new++;
      continue;
    }
    const b = e.sticker.value;
    const change = kindOf(b, a);
    counts[change]++;
    touchpoints.push({
      touchpointId: id,
      title: p.sticker.title,
      before: b,
      after: a,
      delta: b === null || a === null ? null : a - b,
      change,
      faceBefore: e.faceId,
      faceAfter: p.faceId,
      moved: e.faceId !== p.faceId,
    });
  }
  for (const e of beforeList) {
    const id = e.sticker.touchpointId;
    if (later.has(id)) continue;
    touchpoints.push({ touchpointId: id, title: e.sticker.title, before: e.sticker.value, after: null, delta: null, change: 'removed', faceBefore: e.faceId, faceAfter: null, moved: false });
    counts.removed++;
  }

  return {
    faces,
    cube: { before: before.figures, after: after.figures, delta: figureDelta(before.figures, after.figures) },
    touchpoints,
    counts,
  };
}

type CompareDoc = Pick<Workshop, 'phases' | 'faces' | 'touchpoints' | 'ratings' | 'roomRatings'>;

/** Compare a snapshot with another, later one, or with the workshop as it is now (`after` omitted). */
export function compareSnapshot(doc: CompareDoc, before: Snapshot, after?: Snapshot): CubeComparison {
  return compareCubes(cubeOfSnapshot(doc, before), after ? cubeOfSnapshot(doc, after) : cubeOf(doc));
}
