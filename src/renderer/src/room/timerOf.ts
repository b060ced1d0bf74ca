/**
 * The one place the renderer reads the room's timer from the document: the room-running
 * state lives in `doc.run` (outside undo, docs/architecture.md), and every reader goes
 * through here.
 */
import type { Run, Workshop } from '../../../shared/model/schema';

export type TimerState = Run['timer'];

export function timerOf(w: Pick<Workshop, 'run'>): TimerState {
  return w.run.timer;
}

/** the agenda step the room is on, or null before the first step */
export function currentStepIdOf(w: Pick<Workshop, 'run'>): string | null {
  return w.run.currentStepId;
}
