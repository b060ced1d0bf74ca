/**
 * The rating round's keyboard, as pure functions (tested without a DOM).
 * Keys 1–5 are the five levels from the bottom up: 1 = −2 disappointing … 5 = +2 delighting,
 * the same in the one-touchpoint round and in the grid.
 */
import type { Level } from '../../../../shared/model/schema';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

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

/** What a key does in the one-touchpoint round; null = not ours (let it through). */
export function roundAction(e: KeyLike): RateAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const level = digitLevel(e.key);
  if (level !== null) return { kind: 'level', value: level };
  switch (e.key) {
    case '0':
    case 'Backspace':
    case 'Delete':
      return { kind: 'clear' };
    case 'ArrowUp':
      return { kind: 'participant', step: -1 };
    case 'ArrowDown':
      return { kind: 'participant', step: 1 };
    case 'ArrowRight':
    case 'n':
    case 'N':
      return { kind: 'next' };
    case 'ArrowLeft':
    case 'p':
    case 'P':
      return { kind: 'prev' };
    case 's':
    case 'S':
      return { kind: 'nextUnrated' };
    case 'r':
    case 'R':
      return { kind: 'toggleRoom' };
    case 't':
    case 'T':
      return { kind: 'armTarget' };
    case 'Escape':
      return { kind: 'cancel' };
    default:
      return null;
  }
}

export type GridAction = { kind: 'level'; value: Level } | { kind: 'clear' } | { kind: 'move'; row: number; col: number };

/**
 * What a key does in the grid (touchpoints × participants): 1–5 set the level and move
 * DOWN to the next touchpoint (one paper sheet is one participant's column), 0 / Backspace /
 * Delete clear, the arrows move, Home / End jump to the first / last column.
 */
export function gridAction(e: KeyLike): GridAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const level = digitLevel(e.key);
  if (level !== null) return { kind: 'level', value: level };
  switch (e.key) {
    case '0':
    case 'Backspace':
    case 'Delete':
      return { kind: 'clear' };
    case 'ArrowUp':
      return { kind: 'move', row: -1, col: 0 };
    case 'ArrowDown':
    case 'Enter':
      return { kind: 'move', row: 1, col: 0 };
    case 'ArrowLeft':
      return { kind: 'move', row: 0, col: -1 };
    case 'ArrowRight':
      return { kind: 'move', row: 0, col: 1 };
    case 'Home':
      return { kind: 'move', row: 0, col: -Infinity };
    case 'End':
      return { kind: 'move', row: 0, col: Infinity };
    default:
      return null;
  }
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
