/**
 * Property test of the command layer: random sequences of valid commands (every command of
 * the registry, ids that exist, edge numbers, bursts of adds that cross the caps) with undo
 * and redo. After every step the document must validate, keep the commands' own rules and
 * survive the file round trip: a sequence of valid user actions must never produce a file
 * the app refuses to open. FAULTS_FULL=1 runs many more cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intentArb, runIntents } from './testing/generators';

const FULL = process.env.FAULTS_FULL === '1';

describe('commands: random valid sequences keep the file openable', () => {
  for (const [start, runs, length] of [
    ['fresh', FULL ? 400 : 100, 40],
    ['example', FULL ? 300 : 150, 30],
    ['nearCap', FULL ? 60 : 10, 8],
  ] as const) {
    it(`from a ${start} workshop: ${runs} runs of up to ${length} intents, with undo and redo`, () => {
      let run = 0;
      fc.assert(
        fc.property(fc.array(intentArb, { minLength: 1, maxLength: length }), (intents) => {
          const problem = runIntents(start, intents, ++run);
          expect(problem).toBeNull();
        }),
        { numRuns: runs },
      );
    }, FULL ? 900_000 : 120_000);
  }
});
