/** The customer's order of the touchpoints, which every list, the cube's faces and the exports share. */
import { describe, expect, it } from 'vitest';
import { journeyOrder, phaseIndexOf } from './journey';
import { addTp, workshop } from './testkit';

describe('journeyOrder', () => {
  it('follows the phases as the workshop orders them, not as the touchpoints were added', () => {
    const doc = workshop();
    addTp(doc, { id: 'tp_after', title: 'Rechnung', phase: 2, order: 1 });
    addTp(doc, { id: 'tp_before', title: 'Website', phase: 0, order: 9 });
    addTp(doc, { id: 'tp_during', title: 'Beratung', phase: 1, order: 1 });
    expect(journeyOrder(doc).map((t) => t.id)).toEqual(['tp_before', 'tp_during', 'tp_after']);
    doc.phases.reverse();
    expect(journeyOrder(doc).map((t) => t.id)).toEqual(['tp_after', 'tp_during', 'tp_before']);
  });

  it('breaks ties by title, then id, and leaves the document as it is', () => {
    const doc = workshop();
    addTp(doc, { id: 'tp_b', title: 'Hotline', order: 1 });
    addTp(doc, { id: 'tp_a', title: 'Hotline', order: 1 });
    addTp(doc, { id: 'tp_c', title: 'Filiale', order: 1 });
    const before = doc.touchpoints.map((t) => t.id);
    expect(journeyOrder(doc).map((t) => t.id)).toEqual(['tp_c', 'tp_a', 'tp_b']);
    expect(doc.touchpoints.map((t) => t.id)).toEqual(before);
  });
});

describe('phaseIndexOf', () => {
  it('puts unknown and missing phases after all known ones', () => {
    const doc = workshop();
    const index = phaseIndexOf(doc);
    expect(doc.phases.map((p) => index(p.id))).toEqual([0, 1, 2]);
    expect([index('ph_gone'), index(null), index(undefined)]).toEqual([3, 3, 3]);
  });
});
