/** Every command of the registry is exercised by name in a unit test of its area. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from './index';

const AREA_TESTS = ['setup', 'touchpoints', 'ratings', 'measures', 'agenda', 'room'].map((a) => `${a}.test.ts`);

describe('command registry', () => {
  it('has 39 commands, each named in one of the area tests', () => {
    const dir = path.dirname(new URL(import.meta.url).pathname);
    expect(readdirSync(dir).filter((f) => AREA_TESTS.includes(f)).sort()).toEqual([...AREA_TESTS].sort());
    const text = AREA_TESTS.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
    expect(COMMAND_NAMES).toHaveLength(39);
    expect(COMMAND_NAMES.filter((n) => !text.includes(`'${n}'`))).toEqual([]);
  });
});
