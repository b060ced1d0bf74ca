/** The room's keys in the workspace window (window keys; a presenter's clicker sends Page Up / Down). */
import type { KeyTable } from '../lib/keys/keys';

export interface RoomKeyContext {
  /** the audience view is shown full-screen in this window (one display) */
  localPresentation: boolean;
}

const ANY = { mod: 'any', shift: 'any', alt: 'any' } as const;
/** F5 and Esc work while typing and over dialogs too: they never reach the page's fields */
const EVERYWHERE = { textField: false, dialog: false } as const;

export const ROOM_KEYS = {
  title: 'room.shortcuts.room',
  skip: { textField: true, dialog: true, handled: true },
  bindings: [
    // F5 is taken even while presenting: it must never reload the workshop in the middle of the room
    { action: 'present', keys: [{ key: 'F5', ...ANY }], label: 'room.shortcuts.present', skip: EVERYWHERE },
    { action: 'leave', keys: [{ key: 'Escape', ...ANY }], label: 'room.shortcuts.leave', skip: EVERYWHERE, when: (c) => c.localPresentation },
    { action: 'nextStep', keys: ['PageDown'], label: 'room.shortcuts.nextStep' },
    { action: 'prevStep', keys: ['PageUp'], label: 'room.shortcuts.prevStep' },
  ],
} as const satisfies KeyTable<string, RoomKeyContext>;
