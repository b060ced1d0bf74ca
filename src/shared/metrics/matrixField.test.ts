import { describe, expect, it } from 'vitest';
import { blindSpotsOf, MATRIX_FIELDS, matrixFieldOf } from './matrixField';
import { prioritiesOf } from './priority';
import { addRated, workshop } from './testkit';

describe('matrix fields', () => {
  it('puts an unrated touchpoint into the blind-spot lane, not into the quadrant its assumed gap gives', () => {
    const doc = workshop();
    addRated(doc, 'tp_bad', -2, { importance: 3 });
    addRated(doc, 'tp_none', null, { importance: 3 });
    addRated(doc, 'tp_ok', 1, { importance: 1 });
    const p = prioritiesOf(doc);
    // unrated: the gap assumes 0, so it still ranks, but it is no quadrant's member
    expect(p.byId['tp_none']!.quadrant).toBe('plan');
    expect(matrixFieldOf(p.byId['tp_none']!)).toBe('blind-spot');
    expect(matrixFieldOf(p.byId['tp_bad']!)).toBe('act-now');
    expect(matrixFieldOf(p.byId['tp_ok']!)).toBe('watch');
    expect(blindSpotsOf(p.ranked).map((x) => x.touchpointId)).toEqual(['tp_none']);
    expect(MATRIX_FIELDS.at(-1)).toBe('blind-spot');
  });
});
