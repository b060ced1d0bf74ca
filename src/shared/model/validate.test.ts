/** The incremental check of a change agrees with the full schema check. */
import { describe, expect, it } from 'vitest';
import { scaledWorkshop } from '../example/scaled';
import { applyCommands, cmd } from '../commands';
import { validateChange, validateFull } from './validate';
import type { Workshop } from './schema';

describe('validateChange', () => {
  const base = scaledWorkshop(100);

  it('accepts a valid change and names the first problem of an invalid one', () => {
    const after = applyCommands(base, [cmd('touchpoint.update', { ids: [base.touchpoints[3]!.id], patch: { title: 'New title' } })]);
    expect(validateChange(base, after)).toBeNull();
    const broken: Workshop = { ...base, touchpoints: base.touchpoints.map((t, i) => (i === 7 ? { ...t, order: Infinity } : t)) };
    expect(validateChange(base, broken)).toMatchObject({ where: 'touchpoints.7.order' });
    expect(validateFull(broken)).toMatchObject({ where: 'touchpoints.7.order' });
  });

  it('checks list bounds, map entries, single parts and references', () => {
    const many = { ...base, participants: Array.from({ length: 101 }, (_, i) => ({ id: `pa_many${i}`, name: `P${i}`, departmentId: null, role: '' })) };
    expect(validateChange(base, many)).toMatchObject({ where: 'participants' });
    const tp = base.touchpoints[0]!.id;
    const pid = base.participants[0]!.id;
    expect(validateChange(base, { ...base, votes: { ...base.votes, [tp]: { [pid]: 21 } } })).toMatchObject({ where: `votes.${tp}.${pid}` });
    expect(validateChange(base, { ...base, run: { ...base.run, timer: { ...base.run.timer, elapsedMs: Infinity } } })).toMatchObject({ where: 'run.timer.elapsedMs' });
    expect(validateChange(base, { ...base, ratings: { ...base.ratings, tp_unknown: { [pid]: 1 } } })?.where).toContain('unknown touchpoint');
  });

  it('without a known-valid base it checks everything', () => {
    const bad = { ...base, meta: { ...base.meta, title: '' } };
    expect(validateChange(null, bad)).toMatchObject({ where: 'meta.title' });
  });
});
