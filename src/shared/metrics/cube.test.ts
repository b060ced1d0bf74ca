import { describe, it, expect } from 'vitest';
import { cubeOf, cubeOfSnapshot, gridSize, DEFAULT_TARGET } from './cube';
import { journeyOrder } from './journey';
import { addRated, addTp, workshop } from './testkit';

const ids = (stickers: { touchpointId: string }[]) => stickers.map((s) => s.touchpointId);

describe('cubeOf: shape', () => {
  it('has six faces in doc.faces order with their names and colours, 3×3 when empty', () => {
    const doc = workshop();
    const cube = cubeOf(doc);
    expect(cube.faces.map((f) => f.faceId)).toEqual(doc.faces.map((f) => f.id));
    expect(cube.faces.map((f) => f.key)).toEqual(['product', 'service', 'people', 'premises', 'online', 'technology']);
    expect(cube.faces[0]!.name).toBe(doc.faces[0]!.name);
    expect(cube.faces[0]!.color).toBe(doc.faces[0]!.color);
    for (const f of cube.faces) {
      expect(f.n).toBe(3);
      expect(f.cells).toHaveLength(9);
      expect(f.cells.every((c) => c === null)).toBe(true);
    }
  });

  it('grows N to fit: 9 → 3, 10 → 4, 16 → 4, 17 → 5', () => {
    expect([0, 1, 9, 10, 16, 17, 26].map(gridSize)).toEqual([3, 3, 3, 4, 4, 5, 6]);
    const doc = workshop();
    for (let i = 0; i < 10; i++) addRated(doc, `tp_t${i}`, 1, { face: 2 });
    const face = cubeOf(doc).faces[2]!;
    expect(face.n).toBe(4);
    expect(face.stickers).toHaveLength(10);
    expect(face.cells).toHaveLength(16);
    expect(face.cells.slice(0, 10).map((c) => c?.touchpointId)).toEqual(ids(face.stickers));
    expect(face.cells.slice(10)).toEqual([null, null, null, null, null, null]);
  });

  it('keeps the cube a cube: every face takes the order of the largest face (14 on one face → all 4×4)', () => {
    const doc = workshop();
    for (let i = 0; i < 14; i++) addRated(doc, `tp_t${String(i).padStart(2, '0')}`, 1, { face: 2 });
    addRated(doc, 'tp_one', -1, { face: 0 });
    const cube = cubeOf(doc);
    expect(cube.faces.map((f) => f.n)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(cube.faces.map((f) => f.cells.length)).toEqual([16, 16, 16, 16, 16, 16]);
    // the other faces keep their stickers first and fill up with empty cells
    expect(cube.faces[0]!.cells[0]?.touchpointId).toBe('tp_one');
    expect(cube.faces[0]!.cells.slice(1).every((c) => c === null)).toBe(true);
    expect(cube.faces[2]!.cells.filter((c) => c !== null)).toHaveLength(14);
    // a 17th sticker on any face makes every face 5×5
    for (let i = 0; i < 3; i++) addRated(doc, `tp_u${i}`, 0, { face: 2 });
    expect(cubeOf(doc).faces.map((f) => f.n)).toEqual([5, 5, 5, 5, 5, 5]);
  });

  it('orders stickers by phase (doc.phases order), then order, then title', () => {
    const doc = workshop();
    addTp(doc, { id: 'tp_ccc', phase: 2, order: 0 });
    addTp(doc, { id: 'tp_aaa', phase: 0, order: 5 });
    addTp(doc, { id: 'tp_bbb', phase: 0, order: 1, title: 'Bbb' });
    addTp(doc, { id: 'tp_ddd', phase: 1, order: 0 });
    addTp(doc, { id: 'tp_eee', phase: 0, order: 1, title: 'Aaa' });
    expect(ids(cubeOf(doc).faces[0]!.stickers)).toEqual(['tp_eee', 'tp_bbb', 'tp_aaa', 'tp_ddd', 'tp_ccc']);
    // reordering the phases reorders the stickers
    doc.phases = [doc.phases[2]!, doc.phases[1]!, doc.phases[0]!];
    expect(ids(cubeOf(doc).faces[0]!.stickers)).toEqual(['tp_ccc', 'tp_ddd', 'tp_eee', 'tp_bbb', 'tp_aaa']);
    expect(journeyOrder(doc).map((t) => t.id)).toEqual(['tp_ccc', 'tp_ddd', 'tp_eee', 'tp_bbb', 'tp_aaa']);
  });

  it('lists touchpoints without a face separately and leaves them out of the figures', () => {
    const doc = workshop();
    addRated(doc, 'tp_on1', 2, { face: 1 });
    addRated(doc, 'tp_off', -2, { face: null });
    addTp(doc, { id: 'tp_of2', face: null, phase: 0, order: -1 });
    const cube = cubeOf(doc);
    expect(ids(cube.unassigned)).toEqual(['tp_of2', 'tp_off']);
    expect(cube.figures.count).toBe(1);
    expect(cube.figures.level).toBe(2);
    expect(cube.figures.solved).toBe(true);
  });

  it('fills sticker fields: title, phase, value, target, moment of truth', () => {
    const doc = workshop();
    addTp(doc, { id: 'tp_one', title: 'Hotline', phase: 1, target: 2, momentOfTruth: true, ratings: [1, 1, 1] });
    const s = cubeOf(doc).faces[0]!.stickers[0]!;
    expect(s).toEqual({
      touchpointId: 'tp_one',
      title: 'Hotline',
      phaseId: doc.phases[1]!.id,
      value: 1,
      target: 2,
      belowTarget: true,
      disputed: false,
      momentOfTruth: true,
      deleted: false,
    });
  });
});

describe('cubeOf: values', () => {
  it('uses the low median of the participants', () => {
    const doc = workshop({ participants: 4 });
    addTp(doc, { id: 'tp_one', ratings: [-1, 1, 2, 2] });
    const s = cubeOf(doc).faces[0]!.stickers[0]!;
    expect(s.value).toBe(1);
    expect(s.disputed).toBe(true);
  });

  it('a room rating overrides the median; disagreement stays flagged', () => {
    const doc = workshop();
    addTp(doc, { id: 'tp_one', ratings: [-2, -2, -2], room: 2 });
    addTp(doc, { id: 'tp_two', ratings: [-2, 0, 1], room: 1 });
    const [a, b] = cubeOf(doc).faces[0]!.stickers;
    expect(a!.value).toBe(2);
    expect(a!.disputed).toBe(false);
    expect(b!.value).toBe(1);
    expect(b!.disputed).toBe(true);
    expect(cubeOf(doc).figures.disputed).toBe(1);
  });

  it('unrated touchpoints are blind spots', () => {
    const doc = workshop();
    addTp(doc, { id: 'tp_one' });
    expect(cubeOf(doc).faces[0]!.stickers[0]!.value).toBeNull();
  });
});

describe('cubeOf: figures', () => {
  it('no touchpoints: everything null, not solved', () => {
    const f = cubeOf(workshop()).figures;
    expect(f).toMatchObject({ count: 0, rated: 0, level: null, sd: null, homogeneity: null, coverage: null, disputed: 0, belowTarget: 0, solved: false });
    expect(f.histogram).toEqual([0, 0, 0, 0, 0]);
  });

  it('no ratings: level and homogeneity null, coverage 0', () => {
    const doc = workshop();
    addTp(doc, { id: 'tp_one' });
    addTp(doc, { id: 'tp_two', target: -2 });
    const cube = cubeOf(doc);
    expect(cube.faces[0]!.figures).toMatchObject({ count: 2, rated: 0, level: null, homogeneity: null, coverage: 0, belowTarget: 0 });
    expect(cube.faces[1]!.figures.coverage).toBeNull();
    expect(cube.figures.solved).toBe(false);
  });

  it('one sticker: level = its value, homogeneity 1, coverage 1', () => {
    const doc = workshop();
    addRated(doc, 'tp_one', 1);
    const cube = cubeOf(doc);
    expect(cube.faces[0]!.figures).toMatchObject({ count: 1, rated: 1, level: 1, sd: 0, homogeneity: 1, coverage: 1, belowTarget: 0 });
    expect(cube.figures.solved).toBe(true);
  });

  it('one sticker at 0 without target is below the default target "good": not solved', () => {
    expect(DEFAULT_TARGET).toBe(1);
    const doc = workshop();
    addRated(doc, 'tp_one', 0);
    const f = cubeOf(doc).figures;
    expect(f.homogeneity).toBe(1);
    expect(f.belowTarget).toBe(1);
    expect(f.solved).toBe(false);
  });

  it('all equal: homogeneity 1; solved when at or above every target', () => {
    const doc = workshop();
    for (const [i, face] of [0, 0, 3, 5].entries()) addRated(doc, `tp_eq${i}`, 2, { face, target: i === 0 ? 2 : null });
    const cube = cubeOf(doc);
    expect(cube.faces[0]!.figures.homogeneity).toBe(1);
    expect(cube.figures).toMatchObject({ count: 4, rated: 4, level: 2, homogeneity: 1, coverage: 1, solved: true });
  });

  it('a uniformly mediocre cube is homogeneous, but solved only when the targets say 0 is enough', () => {
    const doc = workshop();
    addRated(doc, 'tp_one', 0, { target: 0 });
    addRated(doc, 'tp_two', 0, { face: 1, target: 0 });
    expect(cubeOf(doc).figures.solved).toBe(true);
    doc.touchpoints[1]!.target = null;
    expect(cubeOf(doc).figures).toMatchObject({ homogeneity: 1, belowTarget: 1, solved: false });
  });

  it('all extremes (−2 and +2 equally often): level 0, sd 2, homogeneity 0', () => {
    const doc = workshop();
    addRated(doc, 'tp_lo1', -2);
    addRated(doc, 'tp_hi1', 2);
    addRated(doc, 'tp_lo2', -2);
    addRated(doc, 'tp_hi2', 2);
    const f = cubeOf(doc).faces[0]!.figures;
    expect(f).toMatchObject({ level: 0, sd: 2, homogeneity: 0 });
    expect(f.histogram).toEqual([2, 0, 0, 0, 2]);
  });

  it('−2, +2, +2: mean 2/3, population sd √(32)/3', () => {
    const doc = workshop();
    addRated(doc, 'tp_lo1', -2);
    addRated(doc, 'tp_hi1', 2);
    addRated(doc, 'tp_hi2', 2);
    const f = cubeOf(doc).faces[0]!.figures;
    expect(f.level).toBeCloseTo(2 / 3, 12);
    expect(f.sd).toBeCloseTo(Math.sqrt(32) / 3, 12);
    expect(f.homogeneity).toBeCloseTo(1 - Math.sqrt(32) / 6, 12); // ≈ 0.0572
  });

  it('coverage counts blind spots; level and homogeneity use rated stickers only', () => {
    const doc = workshop();
    addRated(doc, 'tp_one', 1);
    addRated(doc, 'tp_two', -1);
    addTp(doc, { id: 'tp_thr' });
    addTp(doc, { id: 'tp_fou' });
    const f = cubeOf(doc).faces[0]!.figures;
    expect(f).toMatchObject({ count: 4, rated: 2, level: 0, sd: 1, homogeneity: 0.5, coverage: 0.5, belowTarget: 1 });
  });

  it('whole cube: homogeneous faces that differ from each other make an inhomogeneous cube', () => {
    const doc = workshop();
    addRated(doc, 'tp_a1', 2, { face: 0 });
    addRated(doc, 'tp_a2', 2, { face: 0 });
    addRated(doc, 'tp_b1', -2, { face: 1 });
    addRated(doc, 'tp_b2', -2, { face: 1 });
    const cube = cubeOf(doc);
    expect(cube.faces[0]!.figures.homogeneity).toBe(1);
    expect(cube.faces[1]!.figures.homogeneity).toBe(1);
    expect(cube.figures.homogeneity).toBe(0);
    expect(cube.figures.level).toBe(0);
    expect(cube.figures.solved).toBe(false);
  });

  it('whole cube pools all stickers: within-face and between-face spread', () => {
    // face A: +1, −1 (sd 1); face B: +1, +1 (sd 0); pooled: mean 0.5, variance 1 − 0.25 = 0.75
    const doc = workshop();
    addRated(doc, 'tp_a1', 1, { face: 0 });
    addRated(doc, 'tp_a2', -1, { face: 0 });
    addRated(doc, 'tp_b1', 1, { face: 4 });
    addRated(doc, 'tp_b2', 1, { face: 4 });
    const cube = cubeOf(doc);
    expect(cube.faces[0]!.figures.homogeneity).toBe(0.5);
    expect(cube.faces[4]!.figures.homogeneity).toBe(1);
    expect(cube.figures.level).toBe(0.5);
    expect(cube.figures.sd).toBeCloseTo(Math.sqrt(0.75), 12);
    expect(cube.figures.homogeneity).toBeCloseTo(1 - Math.sqrt(0.75) / 2, 12); // ≈ 0.567
    expect(cube.figures.histogram).toEqual([0, 1, 0, 3, 0]);
  });

  it('below target uses the target as set, else +1', () => {
    const doc = workshop();
    addRated(doc, 'tp_one', 1, { target: 2 }); // below
    addRated(doc, 'tp_two', 0, { target: 0 }); // at target
    addRated(doc, 'tp_thr', 0); // below the default +1
    addRated(doc, 'tp_fou', 2, { target: -1 }); // above
    addTp(doc, { id: 'tp_fiv', target: 2 }); // unrated: not counted
    const cube = cubeOf(doc);
    expect(cube.faces[0]!.stickers.map((s) => s.belowTarget)).toEqual([true, false, true, false, false]);
    expect(cube.figures.belowTarget).toBe(2);
  });
});

describe('cubeOf: snapshot values', () => {
  it('uses the given values, faces and titles instead of the live ones', () => {
    const doc = workshop();
    addTp(doc, { id: 'tp_aaa', face: 0, phase: 0, ratings: [-2, -2, -2] });
    addTp(doc, { id: 'tp_bbb', face: 0, phase: 1, ratings: [2, 2, 2] });
    addTp(doc, { id: 'tp_new', face: 0, ratings: [1, 1, 1] }); // created after the snapshot
    const f0 = doc.faces[0]!.id;
    const f1 = doc.faces[1]!.id;
    const snapshot = {
      values: { tp_aaa: 2, tp_bbb: null, tp_old: -1 } as const,
      faces: { tp_aaa: f1, tp_bbb: f1, tp_old: f0 },
      titles: { tp_aaa: 'A then', tp_bbb: 'B then', tp_old: 'Deleted since' },
    };
    const cube = cubeOfSnapshot(doc, snapshot);
    expect(ids(cube.faces[1]!.stickers)).toEqual(['tp_aaa', 'tp_bbb']);
    expect(cube.faces[1]!.stickers.map((s) => [s.title, s.value, s.disputed])).toEqual([
      ['A then', 2, false],
      ['B then', null, false],
    ]);
    const old = cube.faces[0]!.stickers;
    expect(old).toHaveLength(1);
    expect(old[0]).toMatchObject({ touchpointId: 'tp_old', title: 'Deleted since', phaseId: null, value: -1, deleted: true, belowTarget: true });
    expect(cube.figures).toMatchObject({ count: 3, rated: 2, coverage: 2 / 3, level: 0.5 });
  });

  it('values alone: faces and titles come from the workshop', () => {
    const doc = workshop();
    addTp(doc, { id: 'tp_aaa', face: 2, title: 'Now', ratings: [-2, -2, -2] });
    const cube = cubeOf(doc, { values: { tp_aaa: 1 } });
    expect(cube.faces[2]!.stickers[0]).toMatchObject({ title: 'Now', value: 1, deleted: false });
  });

  it('deleted touchpoints sort after the living ones of their face', () => {
    const doc = workshop();
    addTp(doc, { id: 'tp_aaa', phase: 2 });
    const cube = cubeOf(doc, { values: { tp_zzz: 1, tp_aaa: 1 }, titles: { tp_zzz: 'Gone' }, faces: { tp_zzz: doc.faces[0]!.id } });
    expect(ids(cube.faces[0]!.stickers)).toEqual(['tp_aaa', 'tp_zzz']);
  });
});
