/** Measures (Maßnahmen). */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/limits';
import { nearCapWorkshop, refusal, run, small } from './testkit';

describe('measure.add, measure.update, measure.remove', () => {
  it('adds an idea with defaults, plans it with an owner, removes it', () => {
    let doc = run(small(), 'measure.add', { id: 'ms_call', title: 'Call back' });
    expect(doc.measures[0]).toMatchObject({ status: 'idea', ownerId: null, effort: 'M', touchpointIds: [] });
    doc = run(doc, 'measure.update', { id: 'ms_call', patch: { status: 'planned', ownerId: 'pa_ben', due: '2026-12-24' } });
    expect(doc.measures[0]).toMatchObject({ status: 'planned', ownerId: 'pa_ben', due: '2026-12-24' });
    expect(run(doc, 'measure.remove', { id: 'ms_call' }).measures).toEqual([]);
  });
  it('refuses a planned measure without owner, an unknown owner, a bad date', () => {
    const doc = run(small(), 'measure.add', { id: 'ms_call', title: 'Call back' });
    expect(refusal(doc, 'measure.update', { id: 'ms_call', patch: { status: 'planned' } }).code).toBe('rule.measure.ownerRequired');
    expect(refusal(doc, 'measure.update', { id: 'ms_call', patch: { ownerId: 'pa_none' } }).code).toBe('error.command.notFound');
    expect(refusal(doc, 'measure.update', { id: 'ms_call', patch: { due: '24.12.2026' } }).code).toBe('error.command.invalid');
  });
  it('keeps each linked touchpoint once', () => {
    let doc = run(small(), 'touchpoint.add', { id: 'tp_web', title: 'Website', phaseId: 'ph_one' });
    doc = run(doc, 'measure.add', { id: 'ms_fix', title: 'Fix', touchpointIds: ['tp_web', 'tp_web'] });
    expect(doc.measures[0]?.touchpointIds).toEqual(['tp_web']);
  });
  it(`refuses the ${LIMITS.measures + 1}st measure (regression)`, () => {
    const full = run(nearCapWorkshop(), 'measure.add', { id: 'ms_last', title: 'Last' });
    expect(full.measures).toHaveLength(2000);
    expect(refusal(full, 'measure.add', { id: 'ms_over', title: 'Over' })).toEqual({ code: 'rule.limit.measures', params: { max: 2000 } });
  });
});
