import { describe, expect, it } from 'vitest';
import { addTp, workshop } from '../metrics/testkit';
import type { Workshop } from '../model/schema';
import { audienceView, ownAnswer, presenterView, progressOf, revealSummary, type AnswerBook } from './round';
import { acceptsRating, IDLE_ROUND, type RoundState } from './state';

function room(): Workshop {
  const d = workshop({ participants: 4 });
  d.participants.forEach((p, i) => (p.name = ['Ada', 'Berta', 'Carl', 'Dora'][i]!));
  addTp(d, { id: 'tp_one', title: 'Hotline', ratings: [-2, 1, undefined, undefined] });
  addTp(d, { id: 'tp_two', title: 'Invoice', phase: 1 });
  addTp(d, { id: 'tp_tri', title: 'Letter', phase: 1 });
  return d;
}
const ALL = ['pa_p00', 'pa_p01', 'pa_p02', 'pa_p03'];
const one = (status: RoundState['status'], anonymous = false): RoundState => ({ ...IDLE_ROUND, target: { pace: 'one', touchpointId: 'tp_one' }, status, anonymous });

describe('round progress', () => {
  it('counts named ratings from the file and cannot-judge answers from the round', () => {
    const book: AnswerBook = { tp_one: { pa_p02: null } };
    expect(progressOf(room(), book, one('open'), ALL)).toMatchObject({ answered: 3, of: 4 });
    expect(ownAnswer(room(), book, false, 'tp_one', 'pa_p02')).toEqual({ level: null });
    expect(ownAnswer(room(), book, false, 'tp_one', 'pa_p03')).toBeNull();
  });

  it('follows the facilitator undoing a phone rating (named: the file is the truth)', () => {
    const d = room();
    const book: AnswerBook = { tp_one: { pa_p00: -2, pa_p01: 1 } };
    delete d.ratings.tp_one!.pa_p01;
    expect(progressOf(d, book, one('open'), ALL).answered).toBe(1);
  });

  it('counts people the facilitator rates for from the keyboard (no phone) in a named round', () => {
    expect(progressOf(room(), {}, one('open'), ['pa_p02'])).toMatchObject({ answered: 2, of: 3 });
  });

  it('counts anonymous answers from the round only', () => {
    const book: AnswerBook = { tp_one: { pa_p03: 2 } };
    expect(progressOf(room(), book, one('open', true), ALL)).toMatchObject({ answered: 1, of: 4 });
  });

  it('own pace: who finished the phase, and answers given of asked', () => {
    const d = room();
    const round: RoundState = { ...IDLE_ROUND, target: { pace: 'own', phaseId: d.phases[1]!.id }, status: 'open', anonymous: true };
    const book: AnswerBook = { tp_two: { pa_p00: 1, pa_p01: 0 }, tp_tri: { pa_p00: null } };
    expect(progressOf(d, book, round, ALL)).toEqual({ answered: 1, of: 4, cells: 3, cellsOf: 8 });
  });

  it('takes answers only for the open touchpoint or phase, only while open', () => {
    const d = room();
    const [a, b] = [d.touchpoints[0]!, d.touchpoints[1]!];
    expect(acceptsRating(one('open'), a)).toBe(true);
    expect(acceptsRating(one('open'), b)).toBe(false);
    expect(acceptsRating(one('closed'), a)).toBe(false);
    expect(acceptsRating(one('revealed'), a)).toBe(false);
    const own: RoundState = { ...IDLE_ROUND, target: { pace: 'own', phaseId: b.phaseId }, status: 'open' };
    expect(acceptsRating(own, b)).toBe(true);
    expect(acceptsRating(own, a)).toBe(false);
  });
});

describe('reveal summary', () => {
  it('gives the distribution, spread and dispute flag of the consensus', () => {
    const d = room();
    d.anonRatings = { tp_one: [-2] };
    const s = revealSummary(d, { tp_one: { pa_p02: null } }, 'tp_one');
    expect(s).toEqual({ touchpointId: 'tp_one', distribution: [2, 0, 0, 1, 0], cantJudge: 1, rated: 3, spread: 3, disputed: true, value: -2 });
  });
});

describe('what the screens may see', () => {
  const book: AnswerBook = { tp_one: { pa_p00: -2, pa_p01: 1 } };
  const seats = ALL.map((participantId, i) => ({ participantId, connected: i < 3 }));

  it('before the reveal: counts only, no value, no name, no participant id', () => {
    for (const status of ['open', 'closed'] as const) {
      const view = audienceView(room(), book, one(status), ALL);
      expect(view.summary).toBeNull();
      expect(view.progress).toMatchObject({ answered: 2, of: 4 });
      const text = JSON.stringify(view);
      for (const secret of ['Ada', 'Berta', 'pa_p0', '-2']) expect(text).not.toContain(secret);
    }
  });

  it('after the reveal: the distribution, still without who', () => {
    const view = audienceView(room(), book, one('revealed'), ALL);
    expect(view.summary?.distribution).toEqual([1, 0, 0, 1, 0]);
    expect(JSON.stringify(view)).not.toMatch(/Ada|Berta|pa_p0/);
  });

  it('presenter: who is in the room in a named round, counts only in an anonymous one', () => {
    const named = presenterView(room(), book, one('open'), seats, 3);
    expect(named.seats.map((s) => s.name)).toEqual(['Ada', 'Berta', 'Carl', 'Dora']);
    expect(named.summary).toBeNull();
    const anon = presenterView(room(), book, one('revealed', true), seats, 3);
    expect(anon.seats).toEqual([]);
    expect(anon.connected).toBe(3);
    expect(JSON.stringify(anon)).not.toMatch(/Ada|Berta|Carl|Dora|pa_p0/);
  });
});
