/**
 * Running the room lives in `doc.run`, which undo carries over whole. That is only sound if
 * the commands undo leaves alone (`undoable: false`) change nothing but `run`: a timer
 * command that also touched, say, the steps would make undo lose that change silently.
 */
import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '../example/bank';
import type { Workshop } from '../model/schema';
import { keepRun } from './agenda';
import { applyCommand, COMMAND_NAMES, isUndoable } from './index';
import { nearCapWorkshop, NOW_BASE, run, small } from './testkit';

/** A payload for each non-undoable command, fitting any document with at least two steps. */
const PAYLOADS: Record<string, (doc: Workshop, now: number) => unknown> = {
  'agenda.goto': (doc, now) => ({ stepId: doc.agenda.steps[1]!.id, now }),
  'timer.start': (_doc, now) => ({ now }),
  'timer.pause': (_doc, now) => ({ now }),
  'timer.addMinutes': () => ({ minutes: 5 }),
  'timer.reset': () => ({}),
};

/** Documents in several room states: idle, running, paused with time booked, at the cap. */
function documents(): [string, Workshop][] {
  const example = exampleWorkshop();
  const running = run(example, 'timer.start', { now: NOW_BASE });
  const paused = run(run(running, 'agenda.goto', { stepId: example.agenda.steps[2]!.id, now: NOW_BASE + 60_000 }), 'timer.pause', { now: NOW_BASE + 90_000 });
  const twoSteps = small();
  twoSteps.agenda = { steps: [0, 1].map((i) => ({ id: `ag_two${i}`, title: `S${i}`, minutes: 10, view: 'board' as const, notes: '' })) };
  twoSteps.run = { ...twoSteps.run, currentStepId: null };
  return [
    ['the example, idle', example],
    ['the example, running', running],
    ['the example, paused with time booked', paused],
    ['a small workshop without a current step', twoSteps],
    ['a workshop at its caps', nearCapWorkshop()],
  ];
}

describe('commands that undo leaves alone', () => {
  it('are exactly the room-running commands this test knows a payload for', () => {
    expect(COMMAND_NAMES.filter((n) => !isUndoable(n)).sort()).toEqual(Object.keys(PAYLOADS).sort());
  });

  it('change nothing outside doc.run: every other part stays the same object', () => {
    for (const [label, doc] of documents()) {
      for (const [name, payload] of Object.entries(PAYLOADS)) {
        for (const now of [NOW_BASE + 120_000, NOW_BASE + 3_600_000]) {
          const after = applyCommand(doc, { name, payload: payload(doc, now) });
          const keys = new Set([...Object.keys(doc), ...Object.keys(after)]);
          keys.delete('run');
          for (const key of keys) expect((after as Record<string, unknown>)[key], `${name} on ${label}: ${key}`).toBe((doc as Record<string, unknown>)[key]);
        }
      }
    }
  });

  it('undo restores the document but keeps the present run whole', () => {
    const before = exampleWorkshop();
    const edited = run(before, 'meta.update', { patch: { client: 'Bank' } });
    const present = run(run(edited, 'timer.start', { now: NOW_BASE }), 'agenda.goto', { stepId: before.agenda.steps[3]!.id, now: NOW_BASE + 5000 });
    const undone = keepRun(present, before);
    expect(undone.meta.client).toBe(before.meta.client);
    expect(undone.run).toBe(present.run);
  });

  it('falls back to the restored current step when the present one is gone from the restored steps', () => {
    const before = exampleWorkshop();
    const added = run(before, 'agenda.stepAdd', { id: 'ag_new', title: 'New', minutes: 5, view: 'board', notes: '' });
    const present = run(run(added, 'agenda.goto', { stepId: 'ag_new', now: NOW_BASE }), 'timer.start', { now: NOW_BASE });
    const undone = keepRun(present, before);
    expect(undone.agenda.steps.some((s) => s.id === 'ag_new')).toBe(false);
    expect(undone.run).toEqual({ ...present.run, currentStepId: before.run.currentStepId });
  });
});
