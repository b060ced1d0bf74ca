/** Agenda steps and the room timer. */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/limits';
import { validateChange } from '../model/validate';
import type { Workshop } from '../model/schema';
import { timerElapsed } from './agenda';
import { nearCapWorkshop, refusal, run, small } from './testkit';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const step = (id: string) => ({ id, title: id, minutes: 10, view: 'board' as const, notes: '' });
const twoSteps = (): Workshop => {
  const doc = small();
  doc.agenda = { steps: [step('ag_one'), step('ag_two')] };
  doc.run = { ...doc.run, currentStepId: 'ag_one' };
  return doc;
};

describe('agenda steps', () => {
  it('agenda.stepAdd, agenda.stepUpdate, agenda.stepMove, agenda.stepRemove', () => {
    let doc = run(twoSteps(), 'agenda.stepAdd', { ...step('ag_three'), index: 0 });
    doc = run(doc, 'agenda.stepUpdate', { id: 'ag_three', patch: { minutes: 25 } });
    doc = run(doc, 'agenda.stepMove', { id: 'ag_three', toIndex: 2 });
    expect(doc.agenda.steps.map((s) => [s.id, s.minutes])).toEqual([
      ['ag_one', 10],
      ['ag_two', 10],
      ['ag_three', 25],
    ]);
    doc = run(doc, 'agenda.stepRemove', { id: 'ag_one' });
    expect(doc.run.currentStepId).toBe('ag_two');
    expect(refusal(doc, 'agenda.stepUpdate', { id: 'ag_two', patch: { minutes: LIMITS.stepMinutes.max + 1 } }).code).toBe('error.command.invalid');
  });
  it(`refuses the ${LIMITS.agendaSteps + 1}st step (regression)`, () => {
    const full = run(nearCapWorkshop(), 'agenda.stepAdd', step('ag_last'));
    expect(full.agenda.steps).toHaveLength(50);
    expect(refusal(full, 'agenda.stepAdd', step('ag_over'))).toEqual({ code: 'rule.limit.agendaSteps', params: { max: 50 } });
  });
});

describe('timer', () => {
  it('timer.start, timer.pause, timer.addMinutes, timer.reset', () => {
    let doc = run(twoSteps(), 'timer.start', { now: T0 });
    doc = run(doc, 'timer.pause', { now: T0 + 60_000 });
    expect(doc.run.timer).toMatchObject({ state: 'paused', elapsedMs: 60_000, startedAt: null });
    doc = run(doc, 'timer.addMinutes', { minutes: 5 });
    expect(doc.run.timer.extraMinutes).toBe(5);
    doc = run(doc, 'timer.reset', {});
    expect(doc.run.timer).toEqual({ state: 'idle', startedAt: null, elapsedMs: 0, extraMinutes: 0 });
  });
  it('agenda.goto books the time spent on the step it leaves', () => {
    let doc = run(twoSteps(), 'timer.start', { now: T0 });
    doc = run(doc, 'agenda.goto', { stepId: 'ag_two', now: T0 + 90_000 });
    expect(doc.run).toMatchObject({ currentStepId: 'ag_two', actualMs: { ag_one: 90_000 }, timer: { state: 'running', startedAt: T0 + 90_000 } });
  });
  it('refuses clock readings that are not a sane time (regression: Infinity in the file)', () => {
    for (const now of [-1e308, 1e308, Number.MAX_VALUE, -1, Infinity, Date.UTC(10000, 0, 1)]) {
      expect(refusal(twoSteps(), 'timer.start', { now }).code).toBe('error.command.invalid');
      expect(refusal(twoSteps(), 'timer.pause', { now }).code).toBe('error.command.invalid');
      expect(refusal(twoSteps(), 'agenda.goto', { stepId: 'ag_two', now }).code).toBe('error.command.invalid');
    }
  });
  it('elapsed and booked time saturate at the cap however often the timer runs (regression)', () => {
    let doc = twoSteps();
    const far = LIMITS.now.max;
    for (let i = 0; i < 5; i++) {
      doc = run(doc, 'timer.start', { now: 0 });
      doc = run(doc, 'timer.pause', { now: far });
      doc = run(doc, 'timer.start', { now: 0 });
      doc = run(doc, 'agenda.goto', { stepId: i % 2 ? 'ag_one' : 'ag_two', now: far });
    }
    expect(doc.run.timer.elapsedMs).toBeLessThanOrEqual(LIMITS.elapsedMs);
    expect(Object.values(doc.run.actualMs).every((ms) => ms === LIMITS.elapsedMs)).toBe(true);
    expect(timerElapsed({ state: 'running', startedAt: 0, elapsedMs: LIMITS.elapsedMs, extraMinutes: 0 }, far)).toBe(LIMITS.elapsedMs);
    expect(validateChange(null, doc)).toBeNull();
  });
});
