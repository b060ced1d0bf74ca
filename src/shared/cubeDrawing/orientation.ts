/**
 * Which face of the cube is where. The six positions are front, right, back, left, up and
 * down; an orientation says which face (index into cube.faces) sits at each position. The
 * 3-D view shows front, right and up; the arrow keys turn the cube by quarter turns, so
 * any face can be brought into view (all 24 orientations of a cube are reachable).
 */
export type Position = 'F' | 'R' | 'B' | 'L' | 'U' | 'D';
export const POSITIONS: readonly Position[] = ['F', 'R', 'B', 'L', 'U', 'D'];

export type Orientation = Readonly<Record<Position, number>>;

/**
 * The home orientation, also the placement in the unfolded net: the first face (product)
 * in front, service to the right, people at the back, point of sale to the left, online
 * on top, technology at the bottom.
 */
export const HOME: Orientation = { F: 0, R: 1, B: 2, L: 3, U: 4, D: 5 };

/**
 * right: the cube turns to the right (front goes right, left comes to the front);
 * left: the other way; up: the cube tips away (front goes up, bottom comes to the front);
 * down: the other way.
 */
export type Turn = 'left' | 'right' | 'up' | 'down';

export function turn(o: Orientation, t: Turn): Orientation {
  switch (t) {
    case 'right':
      return { ...o, F: o.L, R: o.F, B: o.R, L: o.B };
    case 'left':
      return { ...o, F: o.R, R: o.B, B: o.L, L: o.F };
    case 'up':
      return { ...o, U: o.F, B: o.U, D: o.B, F: o.D };
    case 'down':
      return { ...o, U: o.B, F: o.U, D: o.F, B: o.D };
  }
}

export function positionOf(o: Orientation, faceIndex: number): Position {
  return POSITIONS.find((p) => o[p] === faceIndex) ?? 'F';
}

const TURNS: readonly Turn[] = ['right', 'left', 'up', 'down'];

function key(o: Orientation): string {
  return POSITIONS.map((p) => o[p]).join('');
}

/** The fewest quarter turns from `from` that bring `faceIndex` to the front (breadth-first). */
export function turnsToFront(from: Orientation, faceIndex: number): Turn[] {
  const seen = new Set([key(from)]);
  let frontier: { o: Orientation; path: Turn[] }[] = [{ o: from, path: [] }];
  while (frontier.length) {
    const next: typeof frontier = [];
    for (const { o, path } of frontier) {
      if (o.F === faceIndex) return path;
      for (const t of TURNS) {
        const n = turn(o, t);
        const k = key(n);
        if (seen.has(k)) continue;
        seen.add(k);
        next.push({ o: n, path: [...path, t] });
      }
    }
    frontier = next;
  }
  return [];
}

/** The orientation with `faceIndex` in front, reached from `from` with the fewest turns. */
export function showFace(from: Orientation, faceIndex: number): Orientation {
  return turnsToFront(from, faceIndex).reduce(turn, from);
}

/** Every orientation reachable from `from` (24 for a cube). */
export function allOrientations(from: Orientation = HOME): Orientation[] {
  const seen = new Map([[key(from), from]]);
  const queue = [from];
  while (queue.length) {
    const o = queue.shift()!;
    for (const t of TURNS) {
      const n = turn(o, t);
      const k = key(n);
      if (!seen.has(k)) {
        seen.set(k, n);
        queue.push(n);
      }
    }
  }
  return [...seen.values()];
}
