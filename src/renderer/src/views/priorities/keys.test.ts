import { describe, expect, it } from 'vitest';
import { findBinding, type KeyEnv } from '../../lib/keys/keys';
import { isTypeAhead, VOTING_KEYS } from './keys';

const PLAIN: KeyEnv = { isTextField: () => false, dialogOpen: () => false };

describe('dot voting keys', () => {
  it('reads "-" inside a type-ahead search ("Google-B") as part of the title, not as one dot less', () => {
    const typing = { counting: true, typing: true };
    expect(findBinding(VOTING_KEYS, { key: '-' }, typing, PLAIN)).toBeNull();
    // "+" is no letter of a title: it stays one dot more ("Bearb" then + votes for "Bearbeitung")
    expect(findBinding(VOTING_KEYS, { key: '+' }, typing, PLAIN)?.action).toBe('more');
    expect(isTypeAhead({ key: '-' })).toBe(true);
    // not typing a title: "-" is one dot less, as before
    expect(findBinding(VOTING_KEYS, { key: '-' }, { counting: true, typing: false }, PLAIN)?.action).toBe('less');
  });
});
