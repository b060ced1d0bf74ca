import { describe, expect, it } from 'vitest';
import { buttonKey, menuKey, typeAhead } from './menu';

describe('menu keys', () => {
  it('↓ and ↑ move through the items and wrap around at the ends', () => {
    expect(menuKey('ArrowDown', 0, 3)).toEqual({ focus: 1 });
    expect(menuKey('ArrowDown', 2, 3)).toEqual({ focus: 0 });
    expect(menuKey('ArrowUp', 0, 3)).toEqual({ focus: 2 });
    expect(menuKey('ArrowUp', 2, 3)).toEqual({ focus: 1 });
  });

  it('with no item focused, ↓ goes to the first and ↑ to the last', () => {
    expect(menuKey('ArrowDown', -1, 4)).toEqual({ focus: 0 });
    expect(menuKey('ArrowUp', -1, 4)).toEqual({ focus: 3 });
  });

  it('Home and End jump to the first and the last item', () => {
    expect(menuKey('Home', 2, 5)).toEqual({ focus: 0 });
    expect(menuKey('End', 1, 5)).toEqual({ focus: 4 });
  });

  it('Esc closes and returns to the button; Tab closes and lets focus move on', () => {
    expect(menuKey('Escape', 1, 3)).toEqual({ close: 'button' });
    expect(menuKey('Tab', 1, 3)).toEqual({ close: 'away' });
  });

  it('leaves Enter, Space and other keys to the item (its own click)', () => {
    expect(menuKey('Enter', 1, 3)).toBeNull();
    expect(menuKey(' ', 1, 3)).toBeNull();
    expect(menuKey('x', 1, 3)).toBeNull();
  });

  it('an empty menu still closes on Esc', () => {
    expect(menuKey('ArrowDown', -1, 0)).toBeNull();
    expect(menuKey('Escape', -1, 0)).toEqual({ close: 'button' });
  });

  it('↓ on the button opens at the first item, ↑ at the last', () => {
    expect(buttonKey('ArrowDown')).toBe('first');
    expect(buttonKey('ArrowUp')).toBe('last');
    expect(buttonKey('a')).toBeNull();
  });

  it('a typed letter goes to the next item starting with it, whatever the case', () => {
    const labels = ['Beamer-Einstellungen', 'Tastenkürzel', 'Deutsch', 'English'];
    expect(typeAhead('e', -1, labels)).toBe(3);
    expect(typeAhead('T', 0, labels)).toBe(1);
    expect(typeAhead('b', 0, labels)).toBe(0);
    expect(typeAhead('x', 0, labels)).toBe(-1);
    expect(typeAhead(' ', 0, labels)).toBe(-1);
  });
});
