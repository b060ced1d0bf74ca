/** Rating round, snapshots and dot voting. */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/limits';
import { nearCapWorkshop, refusal, run, small } from './testkit';

const withCard = () => run(small(), 'touchpoint.add', { id: 'tp_web', title: 'Website', phaseId: 'ph_one' });

describe('rating.set and rating.setRoom', () => {
  it('sets and clears a participant rating and the room rating', () => {
    let doc = run(withCard(), 'rating.set', { touchpointId: 'tp_web', participantId: 'pa_anna', value: -2 });
    expect(doc.ratings).toEqual({ tp_web: { pa_anna: -2 } });
    doc = run(doc, 'rating.set', { touchpointId: 'tp_web', participantId: 'pa_anna', value: null });
    expect(doc.ratings).toEqual({});
    doc = run(doc, 'rating.setRoom', { touchpointId: 'tp_web', value: 1 });
    expect(doc.roomRatings).toEqual({ tp_web: 1 });
    expect(run(doc, 'rating.setRoom', { touchpointId: 'tp_web', value: null }).roomRatings).toEqual({});
  });
  it('refuses a level outside −2…+2 and unknown cells', () => {
    const doc = withCard();
    expect(refusal(doc, 'rating.set', { touchpointId: 'tp_web', participantId: 'pa_anna', value: 3 as never }).code).toBe('error.command.invalid');
    expect(refusal(doc, 'rating.set', { touchpointId: 'tp_web', participantId: 'pa_none', value: 1 }).code).toBe('error.command.notFound');
    expect(refusal(doc, 'rating.setRoom', { touchpointId: 'tp_none', value: 1 }).code).toBe('error.command.notFound');
  });
});

describe('snapshots', () => {
  it('snapshot.create keeps the consensus, faces and titles; snapshot.rename and snapshot.remove', () => {
    let doc = run(withCard(), 'rating.setRoom', { touchpointId: 'tp_web', value: 2 });
    doc = run(doc, 'snapshot.create', { id: 'sn_jan', name: 'January', createdAt: '2026-01-20T16:30:00.000Z' });
    expect(doc.snapshots[0]).toMatchObject({ name: 'January', values: { tp_web: 2 }, faces: { tp_web: null }, titles: { tp_web: 'Website' } });
    doc = run(doc, 'snapshot.rename', { id: 'sn_jan', name: 'Baseline' });
    expect(doc.snapshots[0]?.name).toBe('Baseline');
    expect(run(doc, 'snapshot.remove', { id: 'sn_jan' }).snapshots).toEqual([]);
  });
  it(`refuses the ${LIMITS.snapshots + 1}st snapshot (regression) and an over-long timestamp`, () => {
    const full = run(nearCapWorkshop(), 'snapshot.create', { id: 'sn_last', name: 'Last', createdAt: '2026-01-20T16:30:00.000Z' });
    expect(full.snapshots).toHaveLength(100);
    expect(refusal(full, 'snapshot.create', { id: 'sn_over', name: 'Over', createdAt: '2026-01-20T16:30:00.000Z' })).toEqual({ code: 'rule.limit.snapshots', params: { max: 100 } });
    expect(refusal(small(), 'snapshot.create', { id: 'sn_long', name: 'Long', createdAt: 'x'.repeat(1000) }).code).toBe('error.command.invalid');
  });
});

describe('vote.set and vote.setRoom', () => {
  it('places dots within the budget and refuses more', () => {
    let doc = run(withCard(), 'vote.set', { touchpointId: 'tp_web', participantId: 'pa_anna', count: 3 });
    expect(doc.votes).toEqual({ tp_web: { pa_anna: 3 } });
    expect(refusal(doc, 'vote.set', { touchpointId: 'tp_web', participantId: 'pa_anna', count: 4 })).toEqual({ code: 'rule.votes.tooMany', params: { name: 'anna', dots: 3 } });
    doc = run(doc, 'vote.set', { touchpointId: 'tp_web', participantId: 'pa_anna', count: 0 });
    expect(doc.votes).toEqual({});
  });
  it('counts the room dots, bounded', () => {
    const doc = run(withCard(), 'vote.setRoom', { touchpointId: 'tp_web', count: 12 });
    expect(doc.roomVotes).toEqual({ tp_web: 12 });
    expect(refusal(doc, 'vote.setRoom', { touchpointId: 'tp_web', count: LIMITS.roomVotes + 1 }).code).toBe('error.command.invalid');
    expect(refusal(doc, 'vote.setRoom', { touchpointId: 'tp_web', count: 1.5 }).code).toBe('error.command.invalid');
  });
});
