/** Board commands: add, update, move, remove, import. */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/limits';
import type { Touchpoint, Workshop } from '../model/schema';
import { nearCapWorkshop, refusal, run, small } from './testkit';
import { TouchpointDefaults } from '../model/defaults';

const row = (id: string, phaseId: string, order = 1): Touchpoint => ({
  id,
  title: id,
  ...TouchpointDefaults,
  phaseId,
  order,
});
const inPhase = (doc: Workshop, phaseId: string) =>
  doc.touchpoints
    .filter((t) => t.phaseId === phaseId)
    .sort((a, b) => a.order - b.order)
    .map((t) => t.id);

describe('touchpoint.add', () => {
  it('adds a card at the end of its phase with the defaults', () => {
    let doc = run(small(), 'touchpoint.add', { id: 'tp_web', title: 'Website', phaseId: 'ph_one' });
    doc = run(doc, 'touchpoint.add', { id: 'tp_hotline', title: 'Hotline', phaseId: 'ph_one' });
    expect(inPhase(doc, 'ph_one')).toEqual(['tp_web', 'tp_hotline']);
    expect(doc.touchpoints[0]).toMatchObject({ direct: true, online: false, importance: 2, faceId: null, target: null });
  });
  it('refuses an unknown phase, a taken id, an order beyond the range', () => {
    const doc = run(small(), 'touchpoint.add', { id: 'tp_web', title: 'Website', phaseId: 'ph_one' });
    expect(refusal(doc, 'touchpoint.add', { id: 'tp_new', title: 'x', phaseId: 'ph_none' }).code).toBe('error.command.notFound');
    expect(refusal(doc, 'touchpoint.add', { id: 'tp_web', title: 'x', phaseId: 'ph_one' }).code).toBe('rule.id.taken');
    expect(refusal(doc, 'touchpoint.add', { id: 'tp_new', title: 'x', phaseId: 'ph_one', order: 1e308 }).code).toBe('error.command.invalid');
  });
  it(`refuses the ${LIMITS.touchpoints + 1}st touchpoint (regression: the file did not open)`, () => {
    const full = run(nearCapWorkshop(), 'touchpoint.add', { id: 'tp_last', title: 'Last', phaseId: 'ph_cap0000' });
    expect(full.touchpoints).toHaveLength(LIMITS.touchpoints);
    expect(refusal(full, 'touchpoint.add', { id: 'tp_over', title: 'Over', phaseId: 'ph_cap0000' })).toEqual({ code: 'rule.limit.touchpoints', params: { max: 5000 } });
  });
  it('renumbers a phase whose orders have spread too far instead of adding past the range', () => {
    const doc = small();
    doc.touchpoints = [row('tp_far', 'ph_one', 1e300), row('tp_near', 'ph_one', 5)];
    const after = run(doc, 'touchpoint.add', { id: 'tp_new', title: 'New', phaseId: 'ph_one' });
    expect(inPhase(after, 'ph_one')).toEqual(['tp_near', 'tp_far', 'tp_new']);
    expect(after.touchpoints.map((t) => t.order).sort((a, b) => a - b)).toEqual([1, 2, 3]);
  });
});

describe('touchpoint.update', () => {
  it('edits several cards at once and checks references', () => {
    let doc = run(small(), 'touchpoint.add', { id: 'tp_web', title: 'Website', phaseId: 'ph_one' });
    doc = run(doc, 'touchpoint.add', { id: 'tp_app', title: 'App', phaseId: 'ph_one' });
    doc = run(doc, 'touchpoint.update', { ids: ['tp_web', 'tp_app'], patch: { online: true, importance: 3 } });
    expect(doc.touchpoints.map((t) => [t.online, t.importance])).toEqual([
      [true, 3],
      [true, 3],
    ]);
    expect(refusal(doc, 'touchpoint.update', { ids: ['tp_web'], patch: { faceId: 'fc_none' } }).code).toBe('error.command.notFound');
    expect(refusal(doc, 'touchpoint.update', { ids: ['tp_gone'], patch: { online: false } }).code).toBe('error.command.notFound');
  });
});

describe('touchpoint.move', () => {
  it('moves cards to another phase and order in one command', () => {
    let doc = run(small(), 'touchpoint.add', { id: 'tp_web', title: 'Website', phaseId: 'ph_one' });
    doc = run(doc, 'touchpoint.add', { id: 'tp_app', title: 'App', phaseId: 'ph_two' });
    doc = run(doc, 'touchpoint.move', { moves: [{ id: 'tp_web', phaseId: 'ph_two', order: 0.5 }] });
    expect(inPhase(doc, 'ph_two')).toEqual(['tp_web', 'tp_app']);
  });
  it('refuses orders that are not finite or beyond the range', () => {
    const doc = run(small(), 'touchpoint.add', { id: 'tp_web', title: 'Website', phaseId: 'ph_one' });
    for (const order of [Infinity, Number.NaN, LIMITS.order * 2])
      expect(refusal(doc, 'touchpoint.move', { moves: [{ id: 'tp_web', phaseId: 'ph_one', order }] }).code).toBe('error.command.invalid');
  });
});

describe('touchpoint.remove', () => {
  it('removes the cards with their ratings, votes and measure links', () => {
    let doc = run(small(), 'touchpoint.add', { id: 'tp_web', title: 'Website', phaseId: 'ph_one' });
    doc = run(doc, 'rating.set', { touchpointId: 'tp_web', participantId: 'pa_anna', value: 2 });
    doc = run(doc, 'rating.setRoom', { touchpointId: 'tp_web', value: 1 });
    doc = run(doc, 'vote.set', { touchpointId: 'tp_web', participantId: 'pa_anna', count: 1 });
    doc = run(doc, 'vote.setRoom', { touchpointId: 'tp_web', count: 4 });
    doc = run(doc, 'measure.add', { id: 'ms_fix', title: 'Fix', touchpointIds: ['tp_web'] });
    doc = run(doc, 'touchpoint.remove', { ids: ['tp_web'] });
    expect([doc.touchpoints, doc.ratings, doc.roomRatings, doc.votes, doc.roomVotes]).toEqual([[], {}, {}, {}, {}]);
    expect(doc.measures[0]?.touchpointIds).toEqual([]);
    expect(refusal(doc, 'touchpoint.remove', { ids: ['tp_web'] }).code).toBe('error.command.notFound');
  });
});

describe('touchpoint.import', () => {
  it('adds all rows at the end of their phases in file order', () => {
    let doc = run(small(), 'touchpoint.add', { id: 'tp_first', title: 'First', phaseId: 'ph_one' });
    doc = run(doc, 'touchpoint.import', { touchpoints: [row('tp_imp1', 'ph_one', 1), row('tp_imp2', 'ph_two', 1), row('tp_imp3', 'ph_one', 2)] });
    expect(inPhase(doc, 'ph_one')).toEqual(['tp_first', 'tp_imp1', 'tp_imp3']);
    expect(inPhase(doc, 'ph_two')).toEqual(['tp_imp2']);
  });
  it('refuses the whole import when one row is wrong', () => {
    const doc = small();
    expect(refusal(doc, 'touchpoint.import', { touchpoints: [row('tp_imp1', 'ph_one'), row('tp_imp2', 'ph_none')] }).code).toBe('error.command.notFound');
    expect(refusal(doc, 'touchpoint.import', { touchpoints: [row('tp_imp1', 'ph_one'), row('tp_imp1', 'ph_one')] }).code).toBe('rule.id.taken');
  });
  it('refuses 5,000 rows into a workshop that has touchpoints, whole, saying how many fit (regression)', () => {
    const doc = run(small(), 'touchpoint.add', { id: 'tp_first', title: 'First', phaseId: 'ph_one' });
    const rows = Array.from({ length: LIMITS.touchpoints }, (_, i) => row(`tp_imp${i}`, 'ph_one', i + 1));
    expect(refusal(doc, 'touchpoint.import', { touchpoints: rows })).toEqual({ code: 'rule.limit.import', params: { total: 5001, max: 5000, room: 4999 } });
    expect(run(doc, 'touchpoint.import', { touchpoints: rows.slice(0, 4999) }).touchpoints).toHaveLength(5000);
  });
});
