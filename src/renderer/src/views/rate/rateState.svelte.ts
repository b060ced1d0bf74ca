/** UI state of the rating round (session state, not in the file), per workshop. The cube opens touchpoints here. */
import { perWorkshop } from '../../lib/perWorkshop';

export type RateMode = 'round' | 'grid';

export class RateState {
  /** the touchpoint on the beamer; null = the first in journey order */
  touchpointId = $state<string | null>(null);
  /** index of the highlighted participant row */
  participant = $state(0);
  /** the facilitator enters the room's agreed level instead of each participant's */
  room = $state(false);
  /** T was pressed: the next 1–5 sets the target level */
  targetArmed = $state(false);
  mode = $state<RateMode>('round');
  /** grid: the active cell */
  gridRow = $state(0);
  gridCol = $state(0);

  /** Show one touchpoint in the round, from the first participant. */
  open(touchpointId: string) {
    this.touchpointId = touchpointId;
    this.participant = 0;
    this.targetArmed = false;
    this.mode = 'round';
  }
}

const rates = perWorkshop(() => new RateState());

/** The rating round's state of one open workshop, dropped when it closes. */
export function rateStateFor(docId: string): RateState {
  return rates.of(docId);
}
