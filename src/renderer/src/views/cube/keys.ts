/** The cube view's keys: the arrows turn the 3-D cube (window keys while it is shown). */
import type { Turn } from '../../../../shared/cubeDrawing';
import type { KeyTable } from '../../lib/keys/keys';

export interface CubeKeyContext {
  /** the 3-D cube is shown and none of the view's dialogs is open */
  turning: boolean;
}

const turning = (c: CubeKeyContext) => c.turning;

export const CUBE_KEYS = {
  title: 'room.shortcuts.cube',
  skip: { textField: true, handled: true },
  bindings: [
    { action: 'left', keys: ['ArrowLeft'], label: 'room.shortcuts.cubeArrows', when: turning },
    { action: 'right', keys: ['ArrowRight'], label: 'room.shortcuts.cubeArrows', when: turning },
    { action: 'up', keys: ['ArrowUp'], label: 'room.shortcuts.cubeArrows', when: turning },
    { action: 'down', keys: ['ArrowDown'], label: 'room.shortcuts.cubeArrows', when: turning },
  ],
} as const satisfies KeyTable<Turn, CubeKeyContext>;
