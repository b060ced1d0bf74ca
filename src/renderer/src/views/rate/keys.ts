/**
 * The rating round's keyboard: the key tables of the round and the grid, and pure
 * functions that turn a key into the rating action (tested without a DOM).
 * Keys 1–5 are the five levels from the bottom up: 1 = −2 disappointing … 5 = +2 delighting,
 * the same in the one-touchpoint round and in the grid.
 */
import type { Level } from '../../../../shared/model/schema';
import { findBinding, type KeyEnv, type KeyEventLike, type KeyTable } from '../../lib/keys/keys';

export type KeyLike = KeyEventLike;

/** '1' … '5' → −2 … +2; anything else → null. */
export function digitLevel(key: string): Level | null {
  if (key.length !== 1 || key < '1' || key > '5') return null;
  return (Number(key) - 3) as Level;
}

/** −2 … +2 → '1' … '5' (the key that gives the level). */
export function levelKey(level: Level): string {
  return String(level + 3);
}

export type RateAction =
  | { kind: 'level'; value: Level }
  | { kind: 'clear' }
  | { kind: 'participant'; step: -1 | 1 }
  | { kind: 'toggleRoom' }
  | { kind: 'armTarget' }
  | { kind: 'cancel' }
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'nextUnrated' };

const LEVEL_KEYS = ['1', '2', '3', '4', '5'] as const;
const CLEAR_KEYS = ['0', 'Backspace', 'Delete'] as const;

export interface RoundKeyContext {
  /** T was pressed: the next level key sets the target */
  targetArmed: boolean;
}

/** The one-touchpoint round (window keys while the round is shown). */
export const ROUND_KEYS = {
  title: 'room.shortcuts.rate',
  skip: { textField: true, dialog: true, handled: true },
  bindings: [
    { action: 'level', keys: LEVEL_KEYS, label: 'room.shortcuts.rateLevels' },
    { action: 'clear', keys: CLEAR_KEYS, label: 'room.shortcuts.rateClear' },
    { action: 'toggleRoom', keys: ['r', 'R'], label: 'room.shortcuts.rateR' },
    { action: 'armTarget', keys: ['t', 'T'], label: 'room.shortcuts.rateT' },
    // Escape is ours only while a target is being chosen (elsewhere it ends the presentation)
    { action: 'cancel', keys: ['Escape'], label: 'room.shortcuts.rateCancel', when: (c) => c.targetArmed },
    { action: 'next', keys: ['n', 'N', 'ArrowRight'], label: 'room.shortcuts.rateN' },
    { action: 'prev', keys: ['p', 'P', 'ArrowLeft'], label: 'room.shortcuts.rateP' },
    { action: 'nextUnrated', keys: ['s', 'S'], label: 'room.shortcuts.rateS' },
    { action: 'prevParticipant', keys: ['ArrowUp'], label: 'room.shortcuts.rateArrows' },
    { action: 'nextParticipant', keys: ['ArrowDown'], label: 'room.shortcuts.rateArrows' },
  ],
} as const satisfies KeyTable<string, RoundKeyContext>;

export type RoundKey = (typeof ROUND_KEYS.bindings)[number]['action'];

/** no text fields and no dialogs: the pure functions below look at the key alone */
const KEYS_ONLY: KeyEnv = { isTextField: () => false, dialogOpen: () => false };

/** What a key does in the one-touchpoint round; null = not ours (let it through). */
export function roundAction(e: KeyLike, ctx: RoundKeyContext = { targetArmed: true }, env: KeyEnv = KEYS_ONLY): RateAction | null {
  const b = findBinding<RoundKey, RoundKeyContext>(ROUND_KEYS, e, ctx, env);
  if (!b) return null;
  switch (b.action) {
    case 'level':
      return { kind: 'level', value: digitLevel(e.key)! };
    case 'prevParticipant':
      return { kind: 'participant', step: -1 };
    case 'nextParticipant':
      return { kind: 'participant', step: 1 };
    default:
      return { kind: b.action };
  }
}

export type GridAction = { kind: 'level'; value: Level } | { kind: 'clear' } | { kind: 'move'; row: number; col: number };

/**
 * The grid (touchpoints × participants): 1–5 set the level and move DOWN to the next
 * touchpoint (one paper sheet is one participant's column), 0 / Backspace / Delete clear,
 * the arrows move, Home / End jump to the first / last column.
 */
export const GRID_KEYS = {
  title: 'room.shortcuts.rate',
  bindings: [
    { action: 'level', keys: LEVEL_KEYS, label: 'room.shortcuts.rateLevels' },
    { action: 'clear', keys: CLEAR_KEYS, label: 'room.shortcuts.rateClear' },
    { action: 'up', keys: ['ArrowUp'], label: 'room.shortcuts.rateGridMove' },
    { action: 'down', keys: ['ArrowDown', 'Enter'], label: 'room.shortcuts.rateGridMove' },
    { action: 'left', keys: ['ArrowLeft'], label: 'room.shortcuts.rateGridMove' },
    { action: 'right', keys: ['ArrowRight'], label: 'room.shortcuts.rateGridMove' },
    { action: 'first', keys: ['Home'], label: 'room.shortcuts.rateGridMove' },
    { action: 'last', keys: ['End'], label: 'room.shortcuts.rateGridMove' },
  ],
} as const satisfies KeyTable<string>;

export type GridKey = (typeof GRID_KEYS.bindings)[number]['action'];

const GRID_MOVES: Record<Exclude<GridKey, 'level' | 'clear'>, { row: number; col: number }> = {
  up: { row: -1, col: 0 },
  down: { row: 1, col: 0 },
  left: { row: 0, col: -1 },
  right: { row: 0, col: 1 },
  first: { row: 0, col: -Infinity },
  last: { row: 0, col: Infinity },
};

/** What a key does in the grid; null = not ours. */
export function gridAction(e: KeyLike): GridAction | null {
  const b = findBinding<GridKey, undefined>(GRID_KEYS, e, undefined, KEYS_ONLY);
  if (!b) return null;
  if (b.action === 'level') return { kind: 'level', value: digitLevel(e.key)! };
  if (b.action === 'clear') return { kind: 'clear' };
  return { kind: 'move', ...GRID_MOVES[b.action] };
}

/** Index of the next item after `from` that `isOpen` accepts, wrapping around; −1 when none. */
export function nextIndex(count: number, from: number, isOpen: (i: number) => boolean): number {
  for (let k = 1; k <= count; k++) {
    const i = (from + k) % count;
    if (isOpen(i)) return i;
  }
  return -1;
}

export function clamp(i: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, i));
}
