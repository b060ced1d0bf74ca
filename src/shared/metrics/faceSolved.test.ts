import { describe, expect, it } from 'vitest';
import { cubeOf } from './cube';
import { addRated, addTp, workshop } from './testkit';

describe('cubeOf: solved per face', () => {
  it('a face is solved when all its stickers are rated, equal and at target; the cube only when every face is', () => {
    const doc = workshop();
    addRated(doc, 'tp_a1', 2, { face: 0 });
    addRated(doc, 'tp_a2', 2, { face: 0 });
    addRated(doc, 'tp_b1', 1, { face: 1 });
    addRated(doc, 'tp_b2', 2, { face: 1 }); // at target, but not homogeneous
    addRated(doc, 'tp_c1', 0, { face: 2 }); // homogeneous, below the default target +1
    addTp(doc, { id: 'tp_d1', face: 3 }); // blind spot
    const cube = cubeOf(doc);
    expect(cube.faces.map((f) => f.figures.solved)).toEqual([true, false, false, false, false, false]);
    expect(cube.figures.solved).toBe(false);
  });

  it('the face figures and the whole cube agree when the cube has one face in use', () => {
    const doc = workshop();
    addRated(doc, 'tp_a1', 1, { face: 4 });
    addRated(doc, 'tp_a2', 1, { face: 4 });
    const cube = cubeOf(doc);
    expect(cube.faces[4]!.figures.solved).toBe(true);
    expect(cube.figures.solved).toBe(true);
  });
});
