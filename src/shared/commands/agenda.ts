/**
 * Commands of the agenda and its timer. Editing the steps is undoable; running the room
 * (`doc.run`: current step, timer, time spent) is not, and those commands touch only `run`.
 */
import { z } from 'zod';
import { addDuration, LIMITS } from '../model/limits';
import { AgendaStep, Id, type Agenda, type Run, type Workshop } from '../model/schema';
import { DomainError } from '../result';
import { defineCommand } from './define';
import { definedOnly, insertAt, ListIndex, moveTo, requireItem, requireNewId, requireRoom, updateById } from './util';

/** A clock reading from the room: ms since 1970 in a sane range, so differences stay finite. */
const Now = z.number().int().min(LIMITS.now.min).max(LIMITS.now.max);

const withAgenda = (doc: Workshop, agenda: Partial<Agenda>): Workshop => ({ ...doc, agenda: { ...doc.agenda, ...agenda } });
const withRun = (doc: Workshop, run: Partial<Run>): Workshop => ({ ...doc, run: { ...doc.run, ...run } });

/** Time on the timer at `now`; saturates at LIMITS.elapsedMs however often it was started and paused. */
export function timerElapsed(t: Run['timer'], now: number): number {
  return addDuration(t.elapsedMs, t.state === 'running' && t.startedAt !== null ? Math.max(0, now - t.startedAt) : 0);
}

export const agendaStepAdd = defineCommand('agenda.stepAdd', AgendaStep.extend({ index: ListIndex.optional() }), (doc, { index, ...step }) => {
  requireNewId(doc.agenda.steps, step.id);
  requireRoom(doc.agenda.steps.length, 1, LIMITS.agendaSteps, 'rule.limit.agendaSteps');
  const next = withAgenda(doc, { steps: insertAt(doc.agenda.steps, step, index) });
  return doc.run.currentStepId === null ? withRun(next, { currentStepId: step.id }) : next;
});

export const agendaStepUpdate = defineCommand('agenda.stepUpdate', z.object({ id: Id, patch: AgendaStep.omit({ id: true }).partial() }), (doc, { id, patch }) =>
  withAgenda(doc, { steps: updateById(doc.agenda.steps, id, (s) => ({ ...s, ...definedOnly(patch) })) }),
);

export const agendaStepMove = defineCommand('agenda.stepMove', z.object({ id: Id, toIndex: ListIndex }), (doc, { id, toIndex }) => {
  const from = doc.agenda.steps.findIndex((s) => s.id === id);
  if (from < 0) throw new DomainError('error.command.notFound', { what: 'entity.agendaStep', id });
  return withAgenda(doc, { steps: moveTo(doc.agenda.steps, from, toIndex) });
});

export const agendaStepRemove = defineCommand('agenda.stepRemove', z.object({ id: Id }), (doc, { id }) => {
  requireItem(doc.agenda.steps, id, 'entity.agendaStep');
  const index = doc.agenda.steps.findIndex((s) => s.id === id);
  const steps = doc.agenda.steps.filter((s) => s.id !== id);
  const next = withAgenda(doc, { steps });
  return doc.run.currentStepId === id ? withRun(next, { currentStepId: steps[Math.min(index, steps.length - 1)]?.id ?? null }) : next;
});

/** Go to a step: the time spent on the step we leave is booked, the timer starts fresh. */
export const agendaGoto = defineCommand(
  'agenda.goto',
  z.object({ stepId: Id, now: Now }),
  (doc, { stepId, now }) => {
    requireItem(doc.agenda.steps, stepId, 'entity.agendaStep');
    const { currentStepId, timer, actualMs } = doc.run;
    const spent = timerElapsed(timer, now);
    const booked = currentStepId && spent > 0 ? { ...actualMs, [currentStepId]: addDuration(actualMs[currentStepId] ?? 0, spent) } : actualMs;
    const running = timer.state === 'running';
    return withRun(doc, {
      currentStepId: stepId,
      actualMs: booked,
      timer: { state: running ? 'running' : 'idle', startedAt: running ? now : null, elapsedMs: 0, extraMinutes: 0 },
    });
  },
  { undoable: false },
);

export const timerStart = defineCommand(
  'timer.start',
  z.object({ now: Now }),
  (doc, { now }) => {
    const t = doc.run.timer;
    if (t.state === 'running') return doc;
    return withRun(doc, { timer: { ...t, state: 'running', startedAt: now } });
  },
  { undoable: false },
);

export const timerPause = defineCommand(
  'timer.pause',
  z.object({ now: Now }),
  (doc, { now }) => {
    const t = doc.run.timer;
    if (t.state !== 'running') return doc;
    return withRun(doc, { timer: { ...t, state: 'paused', startedAt: null, elapsedMs: timerElapsed(t, now) } });
  },
  { undoable: false },
);

export const timerAddMinutes = defineCommand(
  'timer.addMinutes',
  z.object({ minutes: z.number().int().min(1).max(LIMITS.addMinutes) }),
  (doc, { minutes }) => withRun(doc, { timer: { ...doc.run.timer, extraMinutes: Math.min(LIMITS.extraMinutes, doc.run.timer.extraMinutes + minutes) } }),
  { undoable: false },
);

export const timerReset = defineCommand(
  'timer.reset',
  z.object({}),
  (doc) => withRun(doc, { timer: { state: 'idle', startedAt: null, elapsedMs: 0, extraMinutes: 0 } }),
  { undoable: false },
);

/**
 * Undo and redo rewind the document, never the room's clock: the restored document with the
 * present `run`, whole. Only when the restored steps do not hold the present current step
 * (undo of adding it, or none is current) does the current step fall back to the restored
 * document's.
 */
export function keepRun(present: Workshop, restored: Workshop): Workshop {
  const current = present.run.currentStepId;
  const kept = current !== null && restored.agenda.steps.some((s) => s.id === current);
  if (kept || current === restored.run.currentStepId) return { ...restored, run: present.run };
  return { ...restored, run: { ...present.run, currentStepId: restored.run.currentStepId } };
}
