/** UI state of the cube view (session state, not in the file), per workshop. */
import { perWorkshop } from '../../lib/perWorkshop';
import { HOME, turn, showFace, type Orientation, type Turn } from '../../../../shared/cubeDrawing';

export type CubeMode = 'net' | '3d' | 'compare';

export class CubeState {
  mode = $state<CubeMode>('net');
  orientation = $state.raw<Orientation>(HOME);
  /** snapshot id of the earlier side; null = the oldest snapshot */
  before = $state<string | null>(null);
  /** snapshot id of the later side, or 'now' */
  after = $state<string>('now');

  turn(t: Turn) {
    this.orientation = turn(this.orientation, t);
  }

  show(faceIndex: number) {
    this.orientation = showFace(this.orientation, faceIndex);
  }
}

const cubes = perWorkshop(() => new CubeState());

/** The cube view's state of one open workshop, dropped when it closes. */
export function cubeStateFor(docId: string): CubeState {
  return cubes.of(docId);
}
