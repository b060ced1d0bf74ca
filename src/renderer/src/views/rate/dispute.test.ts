import { describe, expect, it } from 'vitest';
import { addTp, workshop } from '../../../../shared/metrics/testkit';
import { disputeOf, disputesOf } from './dispute';

describe('disputes', () => {
  it('names who rated lowest and highest when ratings lie two or more levels apart', () => {
    const doc = workshop({ participants: 4 });
    addTp(doc, { id: 'tp_split', ratings: [-2, 1, -2, 0] });
    addTp(doc, { id: 'tp_close', ratings: [0, 1, 1, 0] });
    addTp(doc, { id: 'tp_wide', ratings: [-2, 2] });
    expect(disputeOf(doc, 'tp_split')).toEqual({ touchpointId: 'tp_split', low: { value: -2, names: ['P0', 'P2'] }, high: { value: 1, names: ['P1'] }, spread: 3 });
    expect(disputeOf(doc, 'tp_close')).toBeNull();
    // the room's agreed value does not end the dispute: the silos still see it differently
    doc.roomRatings['tp_split'] = -1;
    expect(disputeOf(doc, 'tp_split')?.spread).toBe(3);
    expect(disputesOf(doc, ['tp_split', 'tp_close', 'tp_wide']).map((d) => d.touchpointId)).toEqual(['tp_wide', 'tp_split']);
  });
});
