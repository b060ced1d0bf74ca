/**
 * The dot voting grid's keys. Letters not bound here jump to a touchpoint by its title
 * (type-ahead, `isTypeAhead`); digits typed quickly one after the other make one number.
 * While a search is under way (and shown above the grid, "Suche: „Google-“"), "-" and
 * Backspace edit the search; after the pause, or Esc, they take dots away again.
 */
import type { KeyEventLike, KeyTable } from '../../lib/keys/keys';

export interface VotingKeyContext {
  /** a row is active and a voter (a person or the room) is chosen */
  counting: boolean;
  /** a type-ahead search is under way (shown on screen): a hyphen belongs to the title being typed ("Google-B") */
  typing?: boolean;
}

const counting = (c: VotingKeyContext) => c.counting;
const countingNotTyping = (c: VotingKeyContext) => c.counting && !c.typing;
const searching = (c: VotingKeyContext) => c.counting && !!c.typing;
export const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export const VOTING_KEYS = {
  title: 'room.shortcuts.voting',
  bindings: [
    { action: 'up', keys: ['ArrowUp'], label: 'room.shortcuts.votingRows' },
    { action: 'down', keys: ['ArrowDown'], label: 'room.shortcuts.votingRows' },
    { action: 'pageDown', keys: ['PageDown'], label: 'room.shortcuts.votingJump' },
    { action: 'pageUp', keys: ['PageUp'], label: 'room.shortcuts.votingJump' },
    { action: 'first', keys: ['Home'], label: 'room.shortcuts.votingJump' },
    { action: 'last', keys: ['End'], label: 'room.shortcuts.votingJump' },
    { action: 'prevVoter', keys: ['ArrowLeft'], label: 'room.shortcuts.votingVoter' },
    { action: 'nextVoter', keys: ['ArrowRight'], label: 'room.shortcuts.votingVoter' },
    { action: 'more', keys: ['+', '=', 'Add'], label: 'room.shortcuts.votingMoreLess', when: counting },
    // U+2212 is what some layouts and the sheet write for minus
    { action: 'less', keys: ['-'], label: 'room.shortcuts.votingMoreLess', when: countingNotTyping },
    { action: 'lessSign', keys: ['\u2212', 'Subtract'], label: 'room.shortcuts.votingMoreLess', when: counting },
    { action: 'clear', keys: ['Delete'], label: 'room.shortcuts.votingClear', when: counting },
    // clears the row too, but while a search is shown it takes back the search's last letter (the note below)
    { action: 'back', keys: ['Backspace'], label: 'room.shortcuts.votingClear', when: counting },
    { action: 'endSearch', keys: ['Escape'], label: 'room.shortcuts.votingEndSearch', when: searching },
    { action: 'digit', keys: DIGITS, label: 'room.shortcuts.votingDigits', when: counting },
  ],
  notes: [
    { keys: ['A … Z'], label: 'room.shortcuts.votingTypeAhead' },
    { keys: ['−'], label: 'room.shortcuts.votingHyphen' },
    { keys: ['room.key.backspace'], label: 'room.shortcuts.votingSearchBack' },
  ],
} as const satisfies KeyTable<string, VotingKeyContext>;

/** A key that types into the type-ahead search: one printable character, not a space or "?" (the shortcut sheet), no Ctrl / Alt. */
export function isTypeAhead(e: KeyEventLike): boolean {
  return !(e.ctrlKey || e.metaKey || e.altKey) && e.key.length === 1 && e.key !== ' ' && e.key !== '?';
}
