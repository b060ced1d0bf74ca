/** The fast consensus path every metric uses gives exactly the explained consensus of the rating view. */
import { describe, expect, it } from 'vitest';
import type { Level } from '../model/schema';
import { consensusOf, consensusValueOf } from './consensus';
import { addTp, workshop } from './testkit';

describe('consensusValueOf', () => {
  it('agrees with consensusOf on every combination of up to 4 ratings, with and without a room rating', () => {
    const doc = workshop({ participants: 4 });
    const levels: (Level | undefined)[] = [undefined, -2, -1, 0, 1, 2];
    let i = 0;
    for (const a of levels) for (const b of levels) for (const c of levels) for (const d of levels) {
      const id = `tp_c${i++}`;
      addTp(doc, { id, ratings: [a, b, c, d], ...(i % 7 === 0 ? { room: -1 as const } : {}) });
    }
    for (const tp of doc.touchpoints) {
      const slow = consensusOf(doc, tp.id);
      expect(consensusValueOf(doc, tp.id)).toEqual({ value: slow.value, disputed: slow.disputed });
    }
    expect(doc.touchpoints).toHaveLength(6 ** 4);
  });

  it('counts anonymous room-mode ratings like named ones, alone and mixed with named ones', () => {
    const doc = workshop({ participants: 2 });
    const levels: (Level | undefined)[] = [undefined, -2, 0, 2];
    const anons: Level[][] = [[], [-2], [1, 2], [-1, -1, 2]];
    let i = 0;
    const anonRatings: Record<string, Level[]> = {};
    for (const a of levels) for (const b of levels) for (const anon of anons) {
      const id = `tp_a${i++}`;
      addTp(doc, { id, ratings: [a, b] });
      if (anon.length) anonRatings[id] = anon;
    }
    const withAnon = { ...doc, anonRatings };
    for (const tp of doc.touchpoints) {
      const slow = consensusOf(withAnon, tp.id);
      expect(consensusValueOf(withAnon, tp.id)).toEqual({ value: slow.value, disputed: slow.disputed });
    }
    // a touchpoint rated only anonymously has a value
    expect(consensusValueOf(withAnon, 'tp_a1').value).toBe(-2);
  });
});
