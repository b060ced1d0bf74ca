/** The room's keys in the workspace window (window keys; a presenter's clicker sends Page Up / Down). */
import type { KeyTable } from '../lib/keys/keys';

export interface RoomKeyContext {
  /** the audience view is shown full-screen in this window (one display) */
  localPresentation: boolean;
  /** room mode: a round on the phones is open or closed and not yet revealed */
  roundSecret: boolean;
}

const ANY = { mod: 'any', shift: 'any', alt: 'any' } as const;
/**
 * F5 and Esc work while typing, over dialogs, and when the view under a presentation took the
 * key already (the board clears its selection on Esc): they never reach the page's fields
 */
const EVERYWHERE = { textField: false, dialog: false, handled: false } as const;
/** not while typing or in a dialog, but even when the view below the presentation took the key */
const OVER_THE_VIEW = { textField: true, dialog: true, handled: false } as const;

export const ROOM_KEYS = {
  title: 'room.shortcuts.room',
  skip: { textField: true, dialog: true, handled: true },
  bindings: [
    // F5 is taken even while presenting: it must never reload the workshop in the middle of the room
    { action: 'present', keys: [{ key: 'F5', ...ANY }], label: 'room.shortcuts.present', skip: EVERYWHERE },
    { action: 'leave', keys: [{ key: 'Escape', ...ANY }], label: 'room.shortcuts.leave', skip: EVERYWHERE, when: (c) => c.localPresentation },
    { action: 'nextStep', keys: ['PageDown'], label: 'room.shortcuts.nextStep' },
    { action: 'prevStep', keys: ['PageUp'], label: 'room.shortcuts.prevStep' },
    // one key reveals the phones' round on the beamer (closing it first)
    { action: 'reveal', keys: ['v', 'V'], label: 'roomMode.shortcut.reveal', when: (c) => c.roundSecret },
    // only over a one-screen presentation: elsewhere Space presses the focused button. The view
    // under the slide may have taken Space already (the board's Space-drag pans): the slide wins.
    { action: 'timerToggle', keys: [{ key: ' ', shift: false }], label: 'room.shortcuts.timerToggle', when: (c) => c.localPresentation, skip: OVER_THE_VIEW },
    { action: 'timerPlus5', keys: [{ key: ' ', shift: true }], label: 'room.shortcuts.timerPlus5', when: (c) => c.localPresentation, skip: OVER_THE_VIEW },
  ],
} as const satisfies KeyTable<string, RoomKeyContext>;

export interface AudienceKeyContext {
  /** the audience window shows a workshop */
  hasDoc: boolean;
  presenting: boolean;
}

/**
 * The audience window's keys (it has no sheet of its own: the same keys as the presenter's,
 * listed in the presenter's room group). A presenter's clicker sends Page Down / Up wherever
 * the focus is, with whatever modifiers.
 */
export const AUDIENCE_KEYS = {
  title: 'room.shortcuts.room',
  bindings: [
    { action: 'nextStep', keys: [{ key: 'PageDown', ...ANY }], label: 'room.shortcuts.nextStep', when: (c) => c.hasDoc },
    { action: 'prevStep', keys: [{ key: 'PageUp', ...ANY }], label: 'room.shortcuts.prevStep', when: (c) => c.hasDoc },
    { action: 'leave', keys: [{ key: 'Escape', ...ANY }], label: 'room.shortcuts.leave', when: (c) => c.presenting },
    // taken so that it is not a reload of the beamer
    { action: 'noReload', keys: [{ key: 'F5', ...ANY }], label: 'room.shortcuts.present' },
  ],
} as const satisfies KeyTable<string, AudienceKeyContext>;
