/** Setup commands: meta, departments, participants, phases, faces, method. */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/limits';
import { validateChange } from '../model/validate';
import { committedMeasures, overBudget } from './setup';
import { nearCapWorkshop, refusal, run, small } from './testkit';

describe('meta.update', () => {
  it('changes the given fields and keeps the others', () => {
    const doc = run(small(), 'meta.update', { patch: { client: 'Bank', goal: 'Better journeys' } });
    expect(doc.meta).toMatchObject({ title: 'Unit', client: 'Bank', goal: 'Better journeys' });
  });
  it('refuses an empty title and a title over the limit', () => {
    expect(refusal(small(), 'meta.update', { patch: { title: '' } }).code).toBe('error.command.invalid');
    expect(refusal(small(), 'meta.update', { patch: { title: 'x'.repeat(LIMITS.text.workshopTitle + 1) } }).code).toBe('error.command.invalid');
  });
});

describe('departments', () => {
  it('department.add, department.update and department.remove; removal clears references', () => {
    let doc = run(small(), 'department.add', { id: 'dp_sales', name: 'Sales', color: '#0b7285' });
    doc = run(doc, 'participant.update', { id: 'pa_anna', patch: { departmentId: 'dp_sales' } });
    doc = run(doc, 'department.update', { id: 'dp_sales', patch: { name: 'Vertrieb' } });
    expect(doc.departments).toEqual([{ id: 'dp_sales', name: 'Vertrieb', color: '#0b7285' }]);
    doc = run(doc, 'department.remove', { id: 'dp_sales' });
    expect(doc.departments).toEqual([]);
    expect(doc.participants.find((p) => p.id === 'pa_anna')?.departmentId).toBeNull();
  });
  it(`refuses the ${LIMITS.departments + 1}st department with the cap in the message`, () => {
    const doc = nearCapWorkshop();
    const full = run(doc, 'department.add', { id: 'dp_last', name: 'Last', color: '#0b7285' });
    expect(full.departments).toHaveLength(LIMITS.departments);
    expect(refusal(full, 'department.add', { id: 'dp_over', name: 'Over', color: '#0b7285' })).toEqual({ code: 'rule.limit.departments', params: { max: 50 } });
  });
  it('refuses a taken id and an unknown department', () => {
    const doc = run(small(), 'department.add', { id: 'dp_sales', name: 'Sales', color: '#0b7285' });
    expect(refusal(doc, 'department.add', { id: 'dp_sales', name: 'Again', color: '#0b7285' }).code).toBe('rule.id.taken');
    expect(refusal(doc, 'department.remove', { id: 'dp_none' }).code).toBe('error.command.notFound');
  });
});

describe('participants', () => {
  it('participant.add and participant.update', () => {
    let doc = run(small(), 'participant.add', { id: 'pa_dora', name: 'Dora', departmentId: null, role: 'Service', index: 0 });
    expect(doc.participants[0]?.name).toBe('Dora');
    doc = run(doc, 'participant.update', { id: 'pa_dora', patch: { role: 'Lead' } });
    expect(doc.participants[0]).toMatchObject({ name: 'Dora', role: 'Lead' });
    expect(refusal(doc, 'participant.update', { id: 'pa_dora', patch: { departmentId: 'dp_none' } }).code).toBe('error.command.notFound');
  });
  it(`refuses the ${LIMITS.participants + 1}st participant`, () => {
    const full = run(nearCapWorkshop(), 'participant.add', { id: 'pa_last', name: 'Last', departmentId: null, role: '' });
    expect(full.participants).toHaveLength(100);
    expect(refusal(full, 'participant.add', { id: 'pa_over', name: 'Over', departmentId: null, role: '' })).toEqual({ code: 'rule.limit.participants', params: { max: 100 } });
  });
  it('participant.remove takes their ratings and dots with them', () => {
    let doc = run(small(), 'touchpoint.add', { id: 'tp_web', title: 'Website', phaseId: 'ph_one' });
    doc = run(doc, 'rating.set', { touchpointId: 'tp_web', participantId: 'pa_anna', value: 1 });
    doc = run(doc, 'vote.set', { touchpointId: 'tp_web', participantId: 'pa_anna', count: 2 });
    doc = run(doc, 'participant.remove', { id: 'pa_anna' });
    expect(doc.participants.map((p) => p.id)).toEqual(['pa_ben', 'pa_cem']);
    expect(doc.ratings).toEqual({});
    expect(doc.votes).toEqual({});
  });

  describe('a participant who owns a planned measure', () => {
    const withMeasures = () => {
      let doc = run(small(), 'measure.add', { id: 'ms_plan', title: 'Call back', ownerId: 'pa_anna', status: 'planned' });
      doc = run(doc, 'measure.add', { id: 'ms_idea', title: 'Maybe', ownerId: 'pa_anna', status: 'idea' });
      return doc;
    };
    it('is not removed without a choice (the measure would be left without owner)', () => {
      const doc = withMeasures();
      expect(committedMeasures(doc, 'pa_anna').map((m) => m.id)).toEqual(['ms_plan']);
      expect(refusal(doc, 'participant.remove', { id: 'pa_anna' })).toEqual({ code: 'rule.participant.ownsMeasures', params: { name: 'anna', count: 1 } });
    });
    it('hands every measure they own to the chosen person', () => {
      const doc = run(withMeasures(), 'participant.remove', { id: 'pa_anna', measures: { action: 'reassign', to: 'pa_ben' } });
      expect(doc.measures.map((m) => [m.id, m.ownerId, m.status])).toEqual([
        ['ms_plan', 'pa_ben', 'planned'],
        ['ms_idea', 'pa_ben', 'idea'],
      ]);
      // and the measure stays editable
      expect(run(doc, 'measure.update', { id: 'ms_plan', patch: { title: 'Call back within a day' } }).measures[0]?.title).toBe('Call back within a day');
    });
    it('or sets them back to idea without an owner', () => {
      const doc = run(withMeasures(), 'participant.remove', { id: 'pa_anna', measures: { action: 'idea' } });
      expect(doc.measures.map((m) => [m.id, m.ownerId, m.status])).toEqual([
        ['ms_plan', null, 'idea'],
        ['ms_idea', null, 'idea'],
      ]);
    });
    it('refuses handing the measures to the person removed, or to nobody known', () => {
      expect(refusal(withMeasures(), 'participant.remove', { id: 'pa_anna', measures: { action: 'reassign', to: 'pa_anna' } }).code).toBe('rule.participant.heirIsSelf');
      expect(refusal(withMeasures(), 'participant.remove', { id: 'pa_anna', measures: { action: 'reassign', to: 'pa_none' } }).code).toBe('error.command.notFound');
    });
  });
});

describe('phases', () => {
  it('phase.add, phase.update and phase.move', () => {
    let doc = run(small(), 'phase.add', { id: 'ph_four', name: 'four', index: 1 });
    doc = run(doc, 'phase.update', { id: 'ph_four', name: 'Vier' });
    doc = run(doc, 'phase.move', { id: 'ph_four', toIndex: 3 });
    expect(doc.phases.map((p) => p.name)).toEqual(['one', 'two', 'three', 'Vier']);
  });
  it(`refuses a phase beyond ${LIMITS.phasesMax}, a removal below ${LIMITS.phasesMin}, and a negative position`, () => {
    let doc = small();
    for (let i = doc.phases.length; i < LIMITS.phasesMax; i++) doc = run(doc, 'phase.add', { id: `ph_more${i}`, name: `P${i}` });
    expect(refusal(doc, 'phase.add', { id: 'ph_over', name: 'Over' }).code).toBe('rule.phases.max');
    doc = run(small(), 'phase.remove', { id: 'ph_three' });
    expect(refusal(doc, 'phase.remove', { id: 'ph_two' }).code).toBe('rule.phases.min');
    expect(refusal(doc, 'phase.move', { id: 'ph_two', toIndex: -1 }).code).toBe('error.command.invalid');
  });
  it('phase.remove moves its cards to the end of the previous phase, in their order', () => {
    let doc = small();
    doc = run(doc, 'touchpoint.add', { id: 'tp_aa1', title: 'a1', phaseId: 'ph_one' });
    doc = run(doc, 'touchpoint.add', { id: 'tp_bb2', title: 'b2', phaseId: 'ph_two', order: 7 });
    doc = run(doc, 'touchpoint.add', { id: 'tp_bb1', title: 'b1', phaseId: 'ph_two', order: 3 });
    doc = run(doc, 'phase.remove', { id: 'ph_two' });
    const one = doc.touchpoints.filter((t) => t.phaseId === 'ph_one').sort((a, b) => a.order - b.order);
    expect(one.map((t) => t.id)).toEqual(['tp_aa1', 'tp_bb1', 'tp_bb2']);
  });
  it('phase.remove with orders near 1e308 keeps them finite and the file openable (regression)', () => {
    const doc = small();
    const card = (id: string, phaseId: string, order: number) => ({ id, title: id, description: '', phaseId, faceId: null, departmentId: null, direct: true, online: false, momentOfTruth: false, importance: 2 as const, target: null, order });
    doc.touchpoints = [card('tp_big1', 'ph_one', 1e308), card('tp_big2', 'ph_two', 1.5e308), card('tp_big3', 'ph_two', 1.7e308)];
    const after = run(doc, 'phase.remove', { id: 'ph_two' });
    const orders = after.touchpoints.map((t) => t.order);
    expect(orders.every(Number.isFinite)).toBe(true);
    expect([...after.touchpoints].sort((a, b) => a.order - b.order).map((t) => t.id)).toEqual(['tp_big1', 'tp_big2', 'tp_big3']);
    expect(validateChange(null, after)).toBeNull();
    expect(Math.max(...orders)).toBeLessThanOrEqual(LIMITS.order);
  });
});

describe('face.update', () => {
  it('renames a face and keeps its key', () => {
    const doc = small();
    const face = doc.faces[0]!;
    const after = run(doc, 'face.update', { id: face.id, patch: { name: 'Offer' } });
    expect(after.faces[0]).toMatchObject({ id: face.id, key: face.key, name: 'Offer' });
    expect(refusal(doc, 'face.update', { id: face.id, patch: { color: 'red' } }).code).toBe('error.command.invalid');
  });
});

describe('method.update', () => {
  const voted = () => {
    let doc = small();
    for (const id of ['tp_one', 'tp_two', 'tp_three']) doc = run(doc, 'touchpoint.add', { id, title: id, phaseId: 'ph_one' });
    doc = run(doc, 'method.update', { patch: { dotsPerParticipant: 5 } });
    doc = run(doc, 'vote.set', { touchpointId: 'tp_one', participantId: 'pa_anna', count: 2 });
    doc = run(doc, 'vote.set', { touchpointId: 'tp_two', participantId: 'pa_anna', count: 2 });
    doc = run(doc, 'vote.set', { touchpointId: 'tp_three', participantId: 'pa_anna', count: 1 });
    doc = run(doc, 'vote.set', { touchpointId: 'tp_three', participantId: 'pa_ben', count: 2 });
    return doc;
  };
  it('changes the weights within their bounds', () => {
    expect(run(small(), 'method.update', { patch: { negativeWeight: 3 } }).method.negativeWeight).toBe(3);
    expect(refusal(small(), 'method.update', { patch: { negativeWeight: 6 } }).code).toBe('error.command.invalid');
    expect(refusal(small(), 'method.update', { patch: { dotsPerParticipant: 0 } }).code).toBe('error.command.invalid');
  });
  it('lowering the dots trims whoever is over the new budget, keeping their first dots (docs/method.md)', () => {
    const doc = voted();
    expect(overBudget(doc, 3)).toEqual([{ participantId: 'pa_anna', excess: 2 }]);
    const after = run(doc, 'method.update', { patch: { dotsPerParticipant: 3 } });
    expect(after.votes).toEqual({ tp_one: { pa_anna: 2 }, tp_two: { pa_anna: 1 }, tp_three: { pa_ben: 2 } });
    expect(overBudget(after, 3)).toEqual([]);
  });
  it('raising the dots keeps every vote', () => {
    const doc = voted();
    expect(run(doc, 'method.update', { patch: { dotsPerParticipant: 10 } }).votes).toEqual(doc.votes);
  });
});
