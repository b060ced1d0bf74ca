/**
 * The data and the key handling of a menu button (MenuButton.svelte), kept out of the
 * component so the keyboard rules are tested in Node. WAI-ARIA menu button pattern: the
 * button opens the menu, ↑/↓ move (wrapping), Home/End jump, Enter/Space choose, Esc closes
 * and gives focus back to the button, Tab leaves (no focus trap).
 */

/** a command: choosing it runs `onselect` and closes the menu */
export interface MenuAction {
  kind: 'action';
  id: string;
  label: string;
  onselect: () => void;
  disabled?: boolean;
  /** the shortcut that does the same, shown beside the label ("?", "F5") */
  hint?: string;
}

/** one of a group of choices (the language, the colour scheme): `checked` is the current one */
export interface MenuRadio {
  kind: 'radio';
  id: string;
  label: string;
  checked: boolean;
  onselect: () => void;
}

/** an on/off setting */
export interface MenuCheckbox {
  kind: 'checkbox';
  id: string;
  label: string;
  checked: boolean;
  onselect: () => void;
}

export type MenuEntry = MenuAction | MenuRadio | MenuCheckbox;

/** a run of entries; groups are drawn with a separator between them, a labelled group names its radios */
export interface MenuGroup {
  id: string;
  label?: string;
  entries: readonly MenuEntry[];
}

export const ROLE: Record<MenuEntry['kind'], 'menuitem' | 'menuitemradio' | 'menuitemcheckbox'> = {
  action: 'menuitem',
  radio: 'menuitemradio',
  checkbox: 'menuitemcheckbox',
};

/** what a key press on the open menu does */
export type MenuMove = { focus: number } | { close: 'button' | 'away' } | null;

/**
 * The key press on the open menu with `count` items, of which `current` has the focus
 * (-1: none). Enter and Space are the items' own click (they are buttons), so they are not
 * handled here; null leaves the key alone.
 */
export function menuKey(key: string, current: number, count: number): MenuMove {
  if (key === 'Escape') return { close: 'button' };
  if (key === 'Tab') return { close: 'away' };
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return { focus: current < 0 ? 0 : (current + 1) % count };
    case 'ArrowUp':
      return { focus: current < 0 ? count - 1 : (current - 1 + count) % count };
    case 'Home':
    case 'PageUp':
      return { focus: 0 };
    case 'End':
    case 'PageDown':
      return { focus: count - 1 };
    default:
      return null;
  }
}

/**
 * Type-ahead: the next item after `current` whose label starts with the typed letter, or
 * -1. Lets "E" reach "English" in a long menu.
 */
export function typeAhead(letter: string, current: number, labels: readonly string[]): number {
  if (letter.length !== 1 || !/\S/.test(letter)) return -1;
  const l = letter.toLocaleLowerCase();
  for (let step = 1; step <= labels.length; step++) {
    const i = (current + step + labels.length) % labels.length;
    if ((labels[i] ?? '').trim().toLocaleLowerCase().startsWith(l)) return i;
  }
  return -1;
}

/** which item a key press on the closed menu's button focuses once it opens, or null */
export function buttonKey(key: string): 'first' | 'last' | null {
  if (key === 'ArrowDown') return 'first';
  if (key === 'ArrowUp') return 'last';
  return null;
}
