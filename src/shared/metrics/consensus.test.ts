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
});
