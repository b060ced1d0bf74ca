/** UI state of the rating round (session state, not in the file), per workshop. The cube opens touchpoints here. */
import { perWorkshop } from '../../lib/perWorkshop';

export type RateMode = 'round' | 'grid';

export class RateState {
  /** the touchpoint on the beamer; null = the first in journey order */
  touchpointId = $state<string | null>(null);
  /** index of the highlighted participant row */
  participant = $state(0);
  /**
   * the facilitator enters the room's agreed level instead of each participant's; for the
   * touchpoint on screen only (moving on ends it: a room verdict is never carried over)
   */
  room = $state(false);
  /** T was pressed: the next 1–5 sets the target level */
  targetArmed = $state(false);
  mode = $state<RateMode>('round');
  /** grid: the active cell */
  gridRow = $state(0);
  gridCol = $state(0);

  /** Show one touchpoint in the round, from the first participant. */
  open(touchpointId: string) {
    this.show(touchpointId);
    this.mode = 'round';
  }

  /** Move the round to another touchpoint: first participant, no armed target, each person rates again. */
  show(touchpointId: string) {
    this.touchpointId = touchpointId;
    this.participant = 0;
    this.targetArmed = false;
    this.room = false;
  }
}

const rates = perWorkshop(() => new RateState());

/** The rating round's state of one open workshop, dropped when it closes. */
export function rateStateFor(docId: string): RateState {
  return rates.of(docId);
}
