import { describe, expect, it } from 'vitest';
import { consensusOf } from '../metrics/consensus';
import { consensusValueOf } from '../metrics/consensus';
import { cubeOf } from '../metrics/cube';
import { addTp, workshop } from '../metrics/testkit';
import { parseWorkshopText, serializeWorkshop } from '../model/migrations';
import { applyCommand, applyCommands } from './index';

function doc() {
  const d = workshop({ participants: 3 });
  addTp(d, { id: 'tp_aaa', ratings: [1] });
  addTp(d, { id: 'tp_bbb' });
  return d;
}

describe('anonymous ratings (ADR 0004)', () => {
  it('stores levels as a sorted multiset without any participant', () => {
    const d = applyCommands(doc(), [
      { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_aaa', previous: null, value: 2 } },
      { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_aaa', previous: null, value: -2 } },
      { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_aaa', previous: null, value: 2 } },
    ]);
    expect(d.anonRatings).toEqual({ tp_aaa: [-2, 2, 2] });
    const text = serializeWorkshop(d);
    // the file holds no participant next to an anonymous value
    expect(JSON.stringify(parseWorkshopText(text).anonRatings)).not.toMatch(/pa_/);
  });

  it('replaces a changed answer and drops the row when the last one goes', () => {
    let d = applyCommand(doc(), { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_bbb', previous: null, value: 0 } });
    d = applyCommand(d, { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_bbb', previous: 0, value: -1 } });
    expect(d.anonRatings?.tp_bbb).toEqual([-1]);
    d = applyCommand(d, { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_bbb', previous: -1, value: null } });
    expect(d.anonRatings?.tp_bbb).toBeUndefined();
  });

  it('does not take out an equal level twice when the previous one was undone', () => {
    let d = applyCommand(doc(), { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_bbb', previous: null, value: 1 } });
    d = applyCommand(d, { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_bbb', previous: -2, value: 2 } });
    expect(d.anonRatings?.tp_bbb).toEqual([1, 2]);
  });

  it('refuses a participant in the payload and unknown touchpoints', () => {
    expect(() => applyCommand(doc(), { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_aaa', previous: null, value: 1, participantId: 'pa_p00' } })).toThrow();
    expect(() => applyCommand(doc(), { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_zzz', previous: null, value: 1 } })).toThrow();
  });

  it('counts anonymous values in the consensus, the dispute flag and the cube', () => {
    let d = doc();
    for (const v of [-1, -1] as const) d = applyCommand(d, { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_aaa', previous: null, value: v } });
    const k = consensusOf(d, 'tp_aaa');
    expect(k.ratings).toEqual([-1, -1, 1]);
    expect(k.value).toBe(-1);
    expect(k.disputed).toBe(true);
    expect(consensusValueOf(d, 'tp_aaa')).toEqual({ value: -1, disputed: true });
    expect(cubeOf(d).faces.find((f) => f.stickers.some((s) => s.touchpointId === 'tp_aaa'))?.stickers.find((s) => s.touchpointId === 'tp_aaa')?.value).toBe(-1);
  });

  it('clears a touchpoint and forgets anonymous values of a removed touchpoint', () => {
    let d = applyCommand(doc(), { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_aaa', previous: null, value: 1 } });
    d = applyCommand(d, { name: 'rating.setAnonymous', payload: { touchpointId: 'tp_bbb', previous: null, value: 1 } });
    expect(applyCommand(d, { name: 'rating.clearAnonymous', payload: { touchpointId: 'tp_aaa' } }).anonRatings).toEqual({ tp_bbb: [1] });
    const removed = applyCommand(d, { name: 'touchpoint.remove', payload: { ids: ['tp_bbb'] } });
    expect(removed.anonRatings).toEqual({ tp_aaa: [1] });
    expect(() => parseWorkshopText(serializeWorkshop(removed))).not.toThrow();
  });
});
