import { describe, it, expect } from 'vitest';
import { snapshotCreate } from '../commands/ratings';
import type { Level, Workshop } from '../model/schema';
import { compareCubes, compareSnapshot, figureDelta } from './compare';
import { cubeOf, cubeOfSnapshot } from './cube';
import { addRated, workshop } from './testkit';

const snap = (doc: Workshop, id: string) => snapshotCreate.apply(doc, { id, name: id, createdAt: '2026-01-01T10:00:00Z' });

function setRoom(doc: Workshop, id: string, value: Level | null): void {
  if (value === null) delete doc.roomRatings[id];
  else doc.roomRatings[id] = value;
}

/**
 * Before (snapshot, face 0): a −1, b 0, c blind, d +1, x +2
 *   rated 4, level 0.5, Σx² = 6, variance 6/4 − 0.25 = 1.25
 * After (now, face 0):       a +1, b −1, c +1, d blind, e +2 (new); x deleted
 *   rated 4, level 0.75, Σx² = 7, variance 7/4 − 0.5625 = 1.1875
 */
function beforeAfter() {
  let doc = workshop();
  addRated(doc, 'tp_aaa', -1);
  addRated(doc, 'tp_bbb', 0);
  addRated(doc, 'tp_ccc', null);
  addRated(doc, 'tp_ddd', 1);
  addRated(doc, 'tp_xxx', 2, { title: 'Old fax line' });
  doc = snap(doc, 'sn_before');
  setRoom(doc, 'tp_aaa', 1);
  setRoom(doc, 'tp_bbb', -1);
  setRoom(doc, 'tp_ccc', 1);
  setRoom(doc, 'tp_ddd', null);
  doc.touchpoints = doc.touchpoints.filter((t) => t.id !== 'tp_xxx');
  delete doc.roomRatings['tp_xxx'];
  addRated(doc, 'tp_eee', 2);
  return doc;
}

describe('compareSnapshot: snapshot vs now', () => {
  it('classifies every touchpoint', () => {
    const doc = beforeAfter();
    const cmp = compareSnapshot(doc, doc.snapshots[0]!);
    expect(cmp.touchpoints.map((t) => [t.touchpointId, t.before, t.after, t.delta, t.change])).toEqual([
      ['tp_aaa', -1, 1, 2, 'improved'],
      ['tp_bbb', 0, -1, -1, 'worse'],
      ['tp_ccc', null, 1, null, 'rated'],
      ['tp_ddd', 1, null, null, 'unrated'],
      ['tp_eee', null, 2, null, 'new'],
      ['tp_xxx', 2, null, null, 'removed'],
    ]);
    expect(cmp.touchpoints.find((t) => t.touchpointId === 'tp_xxx')!.title).toBe('Old fax line');
    expect(cmp.counts).toEqual({ improved: 1, worse: 1, same: 0, rated: 1, unrated: 1, new: 1, removed: 1 });
  });

  it('gives the per-face deltas of level, homogeneity and coverage, hand-computed', () => {
    const doc = beforeAfter();
    const cmp = compareSnapshot(doc, doc.snapshots[0]!);
    const f = cmp.faces[0]!;
    expect(f.faceId).toBe(doc.faces[0]!.id);
    expect(f.before).toMatchObject({ count: 5, rated: 4, level: 0.5, coverage: 0.8 });
    expect(f.after).toMatchObject({ count: 5, rated: 4, level: 0.75, coverage: 0.8 });
    expect(f.delta.level).toBeCloseTo(0.25, 12);
    expect(f.delta.coverage).toBeCloseTo(0, 12);
    expect(f.delta.homogeneity).toBeCloseTo(1 - Math.sqrt(1.1875) / 2 - (1 - Math.sqrt(1.25) / 2), 12); // ≈ +0.0139
    expect(f.delta.count).toBe(0);
    // empty faces: nothing to compare
    expect(cmp.faces[1]!.delta).toMatchObject({ level: null, homogeneity: null, coverage: null, count: 0 });
    expect(cmp.cube.delta.level).toBeCloseTo(0.25, 12);
  });

  it('the same state compares as all same, zero deltas', () => {
    const doc = snap(beforeAfter(), 'sn_now');
    const cmp = compareSnapshot(doc, doc.snapshots[1]!);
    expect(cmp.counts).toMatchObject({ same: 5, improved: 0, worse: 0, new: 0, removed: 0 });
    expect(cmp.cube.delta).toMatchObject({ level: 0, homogeneity: 0, coverage: 0, count: 0, rated: 0 });
  });
});

describe('compareCubes', () => {
  it('compares two snapshots and notices touchpoints that moved to another face', () => {
    let doc = workshop();
    addRated(doc, 'tp_aaa', 1, { face: 0 });
    addRated(doc, 'tp_bbb', 1, { face: null });
    doc = snap(doc, 'sn_one');
    doc.touchpoints = doc.touchpoints.map((t) => ({ ...t, faceId: doc.faces[t.id === 'tp_aaa' ? 3 : 1]!.id }));
    doc = snap(doc, 'sn_two');
    const cmp = compareSnapshot(doc, doc.snapshots[0]!, doc.snapshots[1]!);
    expect(cmp.touchpoints.map((t) => [t.touchpointId, t.change, t.moved, t.faceBefore, t.faceAfter])).toEqual([
      ['tp_bbb', 'same', true, null, doc.faces[1]!.id],
      ['tp_aaa', 'same', true, doc.faces[0]!.id, doc.faces[3]!.id],
    ]);
    expect(cmp.faces[0]!.delta.count).toBe(-1);
    expect(cmp.faces[3]!.delta.count).toBe(1);
    // the unassigned touchpoint joined the cube
    expect(cmp.cube.delta.count).toBe(1);
  });

  it('works on any two cubes, e.g. live vs snapshot values', () => {
    const doc = workshop();
    addRated(doc, 'tp_aaa', 2);
    const cmp = compareCubes(cubeOf(doc, { values: { tp_aaa: -2 } }), cubeOf(doc));
    expect(cmp.touchpoints[0]).toMatchObject({ change: 'improved', delta: 4 });
    expect(cmp.faces[0]!.delta.level).toBe(4);
    expect(cubeOfSnapshot(doc, { values: {}, faces: {}, titles: {} }).figures.count).toBe(0);
  });

  it('figureDelta: after − before, null when a side has no value', () => {
    const a = cubeOf(workshop()).figures;
    const doc = workshop();
    addRated(doc, 'tp_aaa', 1);
    const b = cubeOf(doc).figures;
    expect(figureDelta(a, b)).toEqual({ level: null, homogeneity: null, coverage: null, count: 1, rated: 1, disputed: 0, belowTarget: 0 });
  });
});
