import { describe, expect, it } from 'vitest';
import { cubeOf } from './cube';
import { inSameOrder } from './cubeOrder';
import { addRated, workshop } from './testkit';

describe('cubes side by side', () => {
  it('shows a 3×3 snapshot next to a 4×4 "now" as two 4×4 cubes, stickers unchanged', () => {
    const doc = workshop();
    for (let i = 0; i < 9; i++) addRated(doc, `tp_a${i}`, 1, { face: 0 });
    const before = cubeOf(doc);
    addRated(doc, 'tp_new', 2, { face: 0 });
    const after = cubeOf(doc);
    expect([before.faces[0]!.n, after.faces[0]!.n]).toEqual([3, 4]);
    const [b, a] = inSameOrder(before, after);
    expect(b.faces.map((f) => f.n)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(a.faces.map((f) => f.n)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(b.faces[0]!.cells).toHaveLength(16);
    expect(b.faces[0]!.cells.slice(0, 9).map((c) => c?.touchpointId)).toEqual(before.faces[0]!.stickers.map((s) => s.touchpointId));
    expect(b.faces[0]!.cells.slice(9).every((c) => c === null)).toBe(true);
    expect(b.figures).toEqual(before.figures);
    expect(a).toBe(after);
  });
});
