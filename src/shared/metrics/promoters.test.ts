import { describe, expect, it } from 'vitest';
import { promotersOf, saboteurReason } from './promoters';
import { addRated, workshop } from './testkit';

describe('promoters and saboteur risks', () => {
  it('finds delighting touchpoints and disappointing moments of truth, in journey order', () => {
    const doc = workshop();
    addRated(doc, 'tp_late', 2, { phase: 2 });
    addRated(doc, 'tp_wow', 2, { phase: 0 });
    addRated(doc, 'tp_mot', -1, { phase: 1, momentOfTruth: true });
    addRated(doc, 'tp_meh', -1, { phase: 1 });
    addRated(doc, 'tp_bad', -2, { phase: 1 });
    addRated(doc, 'tp_none', null, { phase: 1, momentOfTruth: true });
    const v = promotersOf(doc);
    expect(v.promoters.map((m) => m.touchpointId)).toEqual(['tp_wow', 'tp_late']);
    expect(v.saboteurRisks.map((m) => [m.touchpointId, m.reason])).toEqual([
      ['tp_mot', 'momentOfTruth'],
      ['tp_bad', 'disappointing'],
    ]);
  });

  it('names the reason of a saboteur risk', () => {
    expect(saboteurReason(-2, true)).toBe('momentOfTruth');
    expect(saboteurReason(-2, false)).toBe('disappointing');
    expect(saboteurReason(-1, false)).toBeNull();
    expect(saboteurReason(0, true)).toBeNull();
    expect(saboteurReason(null, true)).toBeNull();
  });

  it('reads snapshot values instead of the consensus when given', () => {
    const doc = workshop();
    addRated(doc, 'tp_aaa', -2, { momentOfTruth: true });
    addRated(doc, 'tp_bbb', 2);
    const v = promotersOf(doc, { values: { tp_aaa: 2, tp_bbb: -2 } });
    expect(v.promoters.map((m) => [m.touchpointId, m.value, m.reason])).toEqual([['tp_aaa', 2, 'delight']]);
    expect(v.saboteurRisks.map((m) => [m.touchpointId, m.value, m.reason])).toEqual([['tp_bbb', -2, 'disappointing']]);
  });
});
