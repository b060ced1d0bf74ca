/**
 * The board's keys: on the canvas (keyboard-first: select, capture, zoom) and in the
 * capture field where new cards are typed. Ctrl+Z and the other global keys are the
 * workspace's (views/workspace/keys.ts).
 */
import type { KeyTable } from '../../lib/keys/keys';

/** with Ctrl (⌘); Alt does not matter (AltGr is Ctrl+Alt on Windows) */
const MOD = { mod: true, alt: 'any' } as const;
const mod = (key: string) => ({ key, ...MOD });

/** the canvas host (role application) */
export const BOARD_KEYS = {
  title: 'room.shortcuts.board',
  bindings: [
    { action: 'capture', keys: ['n', 'N'], label: 'room.shortcuts.boardNew' },
    // Enter edits the selection, or starts a card when nothing is selected
    { action: 'enter', keys: ['Enter'], label: 'room.shortcuts.boardEdit' },
    { action: 'edit', keys: ['F2'], label: 'room.shortcuts.boardEdit' },
    { action: 'left', keys: ['ArrowLeft'], label: 'room.shortcuts.boardArrows' },
    { action: 'up', keys: ['ArrowUp'], label: 'room.shortcuts.boardArrows' },
    { action: 'right', keys: ['ArrowRight'], label: 'room.shortcuts.boardArrows' },
    { action: 'down', keys: ['ArrowDown'], label: 'room.shortcuts.boardArrows' },
    { action: 'selectAll', keys: [mod('a')], label: 'room.shortcuts.boardSelectAll' },
    { action: 'remove', keys: ['Delete', 'Backspace'], label: 'room.shortcuts.boardDelete' },
    { action: 'clearSelection', keys: ['Escape'], label: 'room.shortcuts.boardEsc' },
    { action: 'zoomIn', keys: ['+', '=', mod('+'), mod('=')], label: 'room.shortcuts.boardZoom' },
    { action: 'zoomOut', keys: ['-', mod('-')], label: 'room.shortcuts.boardZoom' },
    { action: 'fit', keys: ['0', mod('0')], label: 'room.shortcuts.boardZoom' },
    { action: 'zoomColumn', keys: ['z', 'Z'], label: 'room.shortcuts.boardPhase' },
    { action: 'lanes', keys: ['l', 'L'], label: 'room.shortcuts.boardLanes' },
    { action: 'search', keys: ['/'], label: 'room.shortcuts.boardSearch' },
  ],
} as const satisfies KeyTable<string>;

/** any modifiers: in the capture field these keys are never text */
const ANY = { mod: 'any', shift: 'any', alt: 'any' } as const;

/** the capture field over the board */
export const BOARD_CAPTURE_KEYS = {
  title: 'room.shortcuts.board',
  bindings: [
    { action: 'save', keys: [{ key: 'Enter', ...ANY }], label: 'room.shortcuts.boardEnter' },
    { action: 'nextPhase', keys: [{ key: 'Tab', ...ANY, shift: false }], label: 'room.shortcuts.boardTab' },
    { action: 'prevPhase', keys: [{ key: 'Tab', ...ANY, shift: true }], label: 'room.shortcuts.boardTab' },
    { action: 'stop', keys: [{ key: 'Escape', ...ANY }], label: 'room.shortcuts.boardEsc' },
  ],
} as const satisfies KeyTable<string>;
