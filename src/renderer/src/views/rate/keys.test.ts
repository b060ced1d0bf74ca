import { describe, expect, it } from 'vitest';
import { digitLevel, gridAction, levelKey, nextIndex, roundAction } from './keys';

describe('rating keys', () => {
  it('1–5 are the levels from the bottom up, and back', () => {
    expect(['1', '2', '3', '4', '5'].map(digitLevel)).toEqual([-2, -1, 0, 1, 2]);
    expect(['0', '6', 'a', '11', ''].map(digitLevel)).toEqual([null, null, null, null, null]);
    expect(([-2, -1, 0, 1, 2] as const).map(levelKey)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('the round: digits rate, 0 and Backspace clear, arrows choose, letters navigate', () => {
    expect(roundAction({ key: '4' })).toEqual({ kind: 'level', value: 1 });
    expect(roundAction({ key: '0' })).toEqual({ kind: 'clear' });
    expect(roundAction({ key: 'Backspace' })).toEqual({ kind: 'clear' });
    expect(roundAction({ key: 'ArrowDown' })).toEqual({ kind: 'participant', step: 1 });
    expect(roundAction({ key: 'ArrowUp' })).toEqual({ kind: 'participant', step: -1 });
    expect(roundAction({ key: 'n' })).toEqual({ kind: 'next' });
    expect(roundAction({ key: 'ArrowRight' })).toEqual({ kind: 'next' });
    expect(roundAction({ key: 'P' })).toEqual({ kind: 'prev' });
    expect(roundAction({ key: 's' })).toEqual({ kind: 'nextUnrated' });
    expect(roundAction({ key: 'r' })).toEqual({ kind: 'toggleRoom' });
    expect(roundAction({ key: 'T' })).toEqual({ kind: 'armTarget' });
    expect(roundAction({ key: 'Escape' })).toEqual({ kind: 'cancel' });
  });

  it('leaves shortcuts with modifiers (Ctrl+Z undo) and other keys alone', () => {
    expect(roundAction({ key: 'z', ctrlKey: true })).toBeNull();
    expect(roundAction({ key: '1', metaKey: true })).toBeNull();
    expect(roundAction({ key: 'x' })).toBeNull();
    expect(gridAction({ key: 'Tab' })).toBeNull();
  });

  it('the grid: digits rate, arrows and Enter move, Home/End jump', () => {
    expect(gridAction({ key: '1' })).toEqual({ kind: 'level', value: -2 });
    expect(gridAction({ key: 'Delete' })).toEqual({ kind: 'clear' });
    expect(gridAction({ key: 'ArrowRight' })).toEqual({ kind: 'move', row: 0, col: 1 });
    expect(gridAction({ key: 'Enter' })).toEqual({ kind: 'move', row: 1, col: 0 });
    expect(gridAction({ key: 'Home' })).toEqual({ kind: 'move', row: 0, col: -Infinity });
  });

  it('finds the next open item after the current one, wrapping around', () => {
    const open = [false, true, false, true];
    expect(nextIndex(4, 1, (i) => open[i]!)).toBe(3);
    expect(nextIndex(4, 3, (i) => open[i]!)).toBe(1);
    expect(nextIndex(4, 0, () => false)).toBe(-1);
    expect(nextIndex(4, 2, (i) => i === 2)).toBe(2); // only the current one is open
  });
});
