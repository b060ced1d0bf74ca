/**
 * One order for cubes shown side by side (a snapshot and now): each cube already has the
 * same n on its six faces (cube.ts); two cubes compared should share it too, or a 3×3
 * snapshot next to a 4×4 "now" reads as a change of shape instead of a change of values.
 */
import type { Cube, CubeFace } from './cube';

/** The cube with every face as an n×n grid (n never below the cube's own): stickers first, then empty cells. */
export function withOrder(cube: Cube, n: number): Cube {
  const own = cube.faces[0]?.n ?? 3;
  if (n <= own) return cube;
  const faces = cube.faces.map((f): CubeFace => {
    const cells = new Array<CubeFace['cells'][number]>(n * n).fill(null);
    f.stickers.forEach((s, i) => (cells[i] = s));
    return { ...f, n, cells };
  });
  return { ...cube, faces };
}

/** Both cubes in the larger of their two orders. */
export function inSameOrder(a: Cube, b: Cube): [Cube, Cube] {
  const n = Math.max(a.faces[0]?.n ?? 3, b.faces[0]?.n ?? 3);
  return [withOrder(a, n), withOrder(b, n)];
}
