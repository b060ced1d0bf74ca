/** Keys of the whole workspace window: undo, redo and the shortcut sheet. */
import type { KeyTable } from '../../lib/keys/keys';

/** with Ctrl (⌘), Alt or not, Caps Lock or not: as the browser's own undo */
const MOD = { mod: true, alt: 'any' } as const;

export const WORKSPACE_KEYS = {
  title: 'room.shortcuts.general',
  skip: { textField: true },
  bindings: [
    { action: 'undo', keys: ['z', 'Z'].map((key) => ({ key, ...MOD, shift: false })), label: 'room.shortcuts.undo' },
    {
      action: 'redo',
      keys: [...['z', 'Z'].map((key) => ({ key, ...MOD, shift: true })), ...['y', 'Y'].map((key) => ({ key, ...MOD }))],
      label: 'room.shortcuts.redo',
    },
    { action: 'sheet', keys: ['?'], label: 'room.shortcuts.sheet', skip: { dialog: true, handled: true } },
  ],
} as const satisfies KeyTable<string>;
