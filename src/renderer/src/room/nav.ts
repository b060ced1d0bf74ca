/** Moving through the agenda and running the timer: every change is a document command. */
import { cmd } from '../../../shared/commands';
import type { DocStore } from '../lib/docState.svelte';
import { app } from '../lib/appState.svelte';
import { room } from './roomState.svelte';
import { currentStepIdOf, timerOf } from './timerOf';

/**
 * Go to a step; the presenter's window shows the step's view (the audience follows the document).
 * The command leaves first: mounting the next view here must not hold up the beamer.
 */
export async function gotoStep(doc: DocStore, stepId: string): Promise<void> {
  const step = doc.doc.agenda.steps.find((s) => s.id === stepId);
  if (!step) return;
  const show = () => {
    if (room.mode !== 'audience') app.view = step.view;
  };
  if (doc.doc.run.currentStepId === stepId) return show();
  const r = await doc.run(cmd('agenda.goto', { stepId, now: Date.now() }));
  if (r.ok) show(); // usually done already by the broadcast (RoomLayer follows the current step)
}

/** Next (+1) or previous (−1) step; nothing beyond either end. */
export async function stepBy(doc: DocStore, delta: 1 | -1): Promise<void> {
  const { steps } = doc.doc.agenda;
  const { currentStepId } = doc.doc.run;
  const i = steps.findIndex((s) => s.id === currentStepId);
  const target = steps[i < 0 ? 0 : i + delta];
  if (target) await gotoStep(doc, target.id);
}

export const timer = {
  /** start, or resume after a pause */
  start: (doc: DocStore) => doc.run(cmd('timer.start', { now: Date.now() })),
  pause: (doc: DocStore) => doc.run(cmd('timer.pause', { now: Date.now() })),
  addMinutes: (doc: DocStore, minutes = 5) => doc.run(cmd('timer.addMinutes', { minutes })),
  reset: (doc: DocStore) => doc.run(cmd('timer.reset', {})),
  /** Space while presenting: pause a running clock, otherwise start it (nothing before the first step) */
  toggle: async (doc: DocStore) => {
    if (currentStepIdOf(doc.doc) === null) return;
    await (timerOf(doc.doc).state === 'running' ? timer.pause(doc) : timer.start(doc));
  },
};
