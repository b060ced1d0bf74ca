/**
 * The one place the renderer reads the room's timer from the document. The timer's state is
 * moving inside the file format (agenda → run); every reader goes through here so that move
 * is a change of these lines only.
 */
import type { Agenda, Workshop } from '../../../shared/model/schema';

export type TimerState = Agenda['timer'];

export function timerOf(w: Workshop): TimerState {
  return w.agenda.timer;
}

/** the agenda step the room is on, or null before the first step */
export function currentStepIdOf(w: Workshop): string | null {
  return w.agenda.currentStepId;
}
