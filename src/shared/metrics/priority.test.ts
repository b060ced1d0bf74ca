import { describe, expect, it } from 'vitest';
import { isQuickWin, measurePriorityOf, prioritiesOf, quadrantOf } from './priority';
import { addRated, addTp, workshop } from './testkit';
import type { Method } from '../model/schema';

/**
 * Hand-computed case (defaults: moment-of-truth weight 1.5, 3 dots per person, votes feed the priority):
 *  A  importance 3, moment of truth, room −1, no target (+1)  gap 2, weight 4.5, votes 2+1 = 3
 *  B  importance 2, ratings −1, 0, +1 (low median 0)          gap 1, weight 2,   votes 0
 *  C  importance 1, not rated (counts as 0)                   gap 1, weight 1,   votes 0
 *  D  importance 2, target +2, room +2                        gap 0, weight 2,   votes 1 (room)
 * budget = 3 people × 3 dots + 1 room dot = 10, fair share = 10 / 4 = 2.5
 */
function fourTouchpoints(method: Partial<Method> = {}) {
  const doc = workshop({ participants: 3, method });
  addTp(doc, { id: 'tp_aaa', importance: 3, momentOfTruth: true, room: -1, votes: [2, 1, 0] });
  addTp(doc, { id: 'tp_bbb', importance: 2, ratings: [-1, 0, 1] });
  addTp(doc, { id: 'tp_ccc', importance: 1 });
  addTp(doc, { id: 'tp_ddd', importance: 2, target: 2, room: 2, roomVotes: 1 });
  return doc;
}

describe('priority score', () => {
  it('is weight × gap × vote factor, hand-computed', () => {
    const p = prioritiesOf(fourTouchpoints());
    expect(p.fairShare).toBe(2.5);
    const a = p.byId['tp_aaa']!;
    expect(a).toMatchObject({ current: -1, target: 1, gap: 2, votes: 3, weight: 4.5, targetSet: false });
    expect(a.voteFactor).toBeCloseTo(1 + 3 / 2.5, 12);
    expect(a.score).toBeCloseTo(4.5 * 2 * 2.2, 12); // 19.8
    expect(p.byId['tp_bbb']).toMatchObject({ current: 0, gap: 1, weight: 2, voteFactor: 1, score: 2 });
    expect(p.byId['tp_ccc']).toMatchObject({ current: null, unrated: true, gap: 1, weight: 1, score: 1 });
    const d = p.byId['tp_ddd']!;
    expect(d).toMatchObject({ current: 2, target: 2, targetSet: true, gap: 0, votes: 1, score: 0 });
    expect(p.ranked.map((x) => x.touchpointId)).toEqual(['tp_aaa', 'tp_bbb', 'tp_ccc', 'tp_ddd']);
    expect(p.ranked.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
  });

  it('ignores the votes when they do not feed the priority', () => {
    const p = prioritiesOf(fourTouchpoints({ votesFeedPriority: false }));
    expect(p.byId['tp_aaa']).toMatchObject({ votes: 3, voteFactor: 1, score: 9 });
  });

  it('weighs a moment of truth with the configured factor', () => {
    const p = prioritiesOf(fourTouchpoints({ momentOfTruthWeight: 2, votesFeedPriority: false }));
    expect(p.byId['tp_aaa']).toMatchObject({ weight: 6, score: 12 });
  });

  it('lets votes reorder touchpoints with the same gap', () => {
    const doc = workshop({ participants: 2 });
    addRated(doc, 'tp_one', -1, { importance: 2 });
    addRated(doc, 'tp_two', -1, { importance: 2, votes: [1, 2] });
    const p = prioritiesOf(doc);
    // budget 2 × 3 = 6, fair share 6 / 2 = 3: tp_two 2 × 2 × (1 + 3/3) = 8
    expect(p.ranked.map((x) => [x.touchpointId, x.score])).toEqual([
      ['tp_two', 8],
      ['tp_one', 4],
    ]);
  });

  it('makes the top quarter of the touchpoints with a gap the key touchpoints, ties included', () => {
    const p = prioritiesOf(fourTouchpoints());
    // 3 touchpoints have a gap: ceil(3 × 0.25) = 1 key touchpoint
    expect(p.key.map((x) => x.touchpointId)).toEqual(['tp_aaa']);
    expect(p.keyThreshold).toBeCloseTo(19.8, 12);

    const tie = workshop({ participants: 0 });
    for (const id of ['tp_t1', 'tp_t2', 'tp_t3', 'tp_t4', 'tp_t5']) addRated(tie, id, -1, { importance: 2 });
    // 5 with a gap: ceil(1.25) = 2, but all five share the score 4, so all are key
    expect(prioritiesOf(tie).key).toHaveLength(5);
  });

  it('has no key touchpoints when nothing has a gap', () => {
    const doc = workshop();
    addRated(doc, 'tp_fine', 2);
    const p = prioritiesOf(doc);
    expect(p.key).toEqual([]);
    expect(p.keyThreshold).toBeNull();
  });
});

describe('priority matrix quadrants', () => {
  it('splits at weight 3 and gap 2', () => {
    expect(quadrantOf(4.5, 2)).toBe('act-now');
    expect(quadrantOf(3, 3)).toBe('act-now');
    expect(quadrantOf(3, 1)).toBe('plan');
    expect(quadrantOf(2, 2)).toBe('quick-check');
    expect(quadrantOf(2.9, 4)).toBe('quick-check');
    expect(quadrantOf(1, 0)).toBe('watch');
    const p = prioritiesOf(fourTouchpoints());
    expect(p.byId['tp_aaa']!.quadrant).toBe('act-now');
    expect(p.byId['tp_bbb']!.quadrant).toBe('watch');
  });
});

describe('quick wins', () => {
  const p = prioritiesOf(fourTouchpoints());

  it('are small measures linked to at least one key touchpoint', () => {
    expect(isQuickWin({ effort: 'S', touchpointIds: ['tp_ccc', 'tp_aaa'] }, p)).toBe(true);
  });

  it('are not medium or large measures, nor measures without a key touchpoint', () => {
    expect(isQuickWin({ effort: 'M', touchpointIds: ['tp_aaa'] }, p)).toBe(false);
    expect(isQuickWin({ effort: 'L', touchpointIds: ['tp_aaa'] }, p)).toBe(false);
    expect(isQuickWin({ effort: 'S', touchpointIds: ['tp_bbb'] }, p)).toBe(false);
    expect(isQuickWin({ effort: 'S', touchpointIds: [] }, p)).toBe(false);
    expect(isQuickWin({ effort: 'S', touchpointIds: ['tp_gone'] }, p)).toBe(false);
  });
});

describe('priority of a measure', () => {
  const p = prioritiesOf(fourTouchpoints());

  it('is its most urgent linked touchpoint', () => {
    expect(measurePriorityOf({ touchpointIds: ['tp_ccc', 'tp_aaa', 'tp_bbb'] }, p)?.touchpointId).toBe('tp_aaa');
    expect(measurePriorityOf({ touchpointIds: ['tp_ddd', 'tp_ccc'] }, p)?.touchpointId).toBe('tp_ccc');
  });

  it('is null without a linked touchpoint that exists', () => {
    expect(measurePriorityOf({ touchpointIds: [] }, p)).toBeNull();
    expect(measurePriorityOf({ touchpointIds: ['tp_gone'] }, p)).toBeNull();
  });
});
