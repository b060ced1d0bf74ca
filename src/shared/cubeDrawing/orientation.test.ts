import { describe, expect, it } from 'vitest';
import { allOrientations, HOME, POSITIONS, positionOf, showFace, turn, turnsToFront, type Orientation } from './orientation';

const OPPOSITE = { F: 'B', B: 'F', R: 'L', L: 'R', U: 'D', D: 'U' } as const;

describe('cube orientation', () => {
  it('reaches exactly the 24 orientations of a cube, each a permutation that keeps opposite faces opposite', () => {
    const all = allOrientations();
    expect(all).toHaveLength(24);
    const homeOpposite = (i: number) => HOME[OPPOSITE[positionOf(HOME, i)]];
    for (const o of all) {
      expect(POSITIONS.map((p) => o[p]).sort()).toEqual([0, 1, 2, 3, 4, 5]);
      for (const p of POSITIONS) expect(o[OPPOSITE[p]]).toBe(homeOpposite(o[p]));
    }
  });

  it('turning right brings the left face to the front and the front face to the right', () => {
    const o = turn(HOME, 'right');
    expect(o.F).toBe(HOME.L);
    expect(o.R).toBe(HOME.F);
    expect(o.U).toBe(HOME.U);
    expect(turn(HOME, 'up')).toMatchObject({ U: HOME.F, F: HOME.D, R: HOME.R });
  });

  it('opposite turns undo each other; four equal turns are a full turn', () => {
    for (const o of allOrientations()) {
      expect(turn(turn(o, 'left'), 'right')).toEqual(o);
      expect(turn(turn(o, 'up'), 'down')).toEqual(o);
      let r: Orientation = o;
      for (let i = 0; i < 4; i++) r = turn(r, 'up');
      expect(r).toEqual(o);
    }
  });

  it('shows any face in front with at most two turns', () => {
    for (const o of allOrientations()) {
      for (let face = 0; face < 6; face++) {
        expect(turnsToFront(o, face).length).toBeLessThanOrEqual(2);
        expect(showFace(o, face).F).toBe(face);
      }
    }
    expect(turnsToFront(HOME, HOME.F)).toEqual([]);
  });
});
