import { describe, expect, it } from 'vitest';
import { findBinding, type KeyEnv } from '../../lib/keys/keys';
import { sheetOf } from '../../lib/keys/sheet';
import { isTypeAhead, VOTING_KEYS } from './keys';

const PLAIN: KeyEnv = { isTextField: () => false, dialogOpen: () => false };
const typing = { counting: true, typing: true };
const notTyping = { counting: true, typing: false };

describe('dot voting keys', () => {
  it('reads "-" inside a type-ahead search ("Google-B") as part of the title, not as one dot less', () => {
    expect(findBinding(VOTING_KEYS, { key: '-' }, typing, PLAIN)).toBeNull();
    // "+" is no letter of a title: it stays one dot more ("Bearb" then + votes for "Bearbeitung")
    expect(findBinding(VOTING_KEYS, { key: '+' }, typing, PLAIN)?.action).toBe('more');
    expect(isTypeAhead({ key: '-' })).toBe(true);
    // not typing a title: "-" is one dot less, as before
    expect(findBinding(VOTING_KEYS, { key: '-' }, notTyping, PLAIN)?.action).toBe('less');
  });

  it('ends the search with Esc; without a search Esc is left to the workspace', () => {
    expect(findBinding(VOTING_KEYS, { key: 'Escape' }, typing, PLAIN)?.action).toBe('endSearch');
    expect(findBinding(VOTING_KEYS, { key: 'Escape' }, notTyping, PLAIN)).toBeNull();
  });

  it('leaves "?" to the shortcut sheet: it is no letter of a search', () => {
    expect(isTypeAhead({ key: '?' })).toBe(false);
  });

  it('says on the ? sheet what "-" does while a search is shown', () => {
    const [group] = sheetOf([VOTING_KEYS]);
    expect(group?.rows.find((r) => r.what === 'room.shortcuts.votingHyphen')?.keys).toEqual([['−']]);
    expect(group?.rows.find((r) => r.what === 'room.shortcuts.votingEndSearch')?.keys).toEqual([['Esc']]);
    expect(group?.rows.find((r) => r.what === 'room.shortcuts.votingSearchBack')?.keys).toEqual([['room.key.backspace']]);
  });
});
