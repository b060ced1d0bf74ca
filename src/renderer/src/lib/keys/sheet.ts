/** Every keyboard shortcut of the app, for the sheet behind '?'. Key names are catalogue keys where they differ by language. */
import type { MessageKey } from '../../../../shared/i18n/messages';

export interface Shortcut {
  /** keys, each either a catalogue key (room.key.*) or literal text */
  keys: (MessageKey | string)[];
  /** other keys that do the same */
  alt?: string[];
  what: MessageKey;
}

export interface ShortcutGroup {
  title: MessageKey;
  items: Shortcut[];
}

export const SHORTCUTS: ShortcutGroup[] = [
  {
    title: 'room.shortcuts.general',
    items: [
      { keys: ['room.key.ctrl', 'Z'], what: 'room.shortcuts.undo' },
      { keys: ['room.key.ctrl', 'room.key.shift', 'Z'], alt: ['room.key.ctrl+Y'], what: 'room.shortcuts.redo' },
      { keys: ['?'], what: 'room.shortcuts.sheet' },
    ],
  },
  {
    title: 'room.shortcuts.room',
    items: [
      { keys: ['F5'], what: 'room.shortcuts.present' },
      { keys: ['Esc'], what: 'room.shortcuts.leave' },
      { keys: ['room.key.pageDown'], what: 'room.shortcuts.nextStep' },
      { keys: ['room.key.pageUp'], what: 'room.shortcuts.prevStep' },
    ],
  },
  {
    title: 'room.shortcuts.board',
    items: [
      { keys: ['N'], what: 'room.shortcuts.boardNew' },
      { keys: ['room.key.enter'], what: 'room.shortcuts.boardEnter' },
      { keys: ['room.key.tab'], what: 'room.shortcuts.boardTab' },
      { keys: ['Esc'], what: 'room.shortcuts.boardEsc' },
      { keys: ['← ↑ → ↓'], what: 'room.shortcuts.boardArrows' },
      { keys: ['room.key.enter'], alt: ['F2'], what: 'room.shortcuts.boardEdit' },
      { keys: ['room.key.delete'], what: 'room.shortcuts.boardDelete' },
      { keys: ['+'], alt: ['−', '0'], what: 'room.shortcuts.boardZoom' },
      { keys: ['Z'], what: 'room.shortcuts.boardPhase' },
      { keys: ['L'], what: 'room.shortcuts.boardLanes' },
      { keys: ['/'], what: 'room.shortcuts.boardSearch' },
    ],
  },
  {
    title: 'room.shortcuts.rate',
    items: [
      { keys: ['1 … 5'], what: 'room.shortcuts.rateLevels' },
      { keys: ['0'], alt: ['room.key.delete'], what: 'room.shortcuts.rateClear' },
      { keys: ['R'], what: 'room.shortcuts.rateR' },
      { keys: ['T'], what: 'room.shortcuts.rateT' },
      { keys: ['N'], alt: ['→'], what: 'room.shortcuts.rateN' },
      { keys: ['P'], alt: ['←'], what: 'room.shortcuts.rateP' },
      { keys: ['S'], what: 'room.shortcuts.rateS' },
      { keys: ['↑ ↓'], what: 'room.shortcuts.rateArrows' },
    ],
  },
  {
    title: 'room.shortcuts.cube',
    items: [{ keys: ['← ↑ → ↓'], what: 'room.shortcuts.cubeArrows' }],
  },
];
