import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, parseWorkshopText, type Migration } from './migrations';
import { SCHEMA_VERSION } from './schema';

const FIXTURES = new URL('../../../test/fixtures/', import.meta.url);

/** test/fixtures/v<version>-<name>.tpcube, by the version in the file name */
function fixtures(): { version: number; name: string; text: string }[] {
  return readdirSync(FIXTURES)
    .map((name) => ({ name, m: /^v(\d+)-[\w.-]+\.tpcube$/.exec(name) }))
    .filter((f): f is { name: string; m: RegExpExecArray } => f.m !== null)
    .map(({ name, m }) => ({ version: Number(m[1]), name, text: readFileSync(new URL(name, FIXTURES), 'utf8') }));
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

// R7: every version opens in every later version. These two keep the chain honest as the
// format grows: bumping SCHEMA_VERSION without a step, or without a file of the new version, fails here.
describe('the migration chain', () => {
  it('has exactly one step from each version 1 … SCHEMA_VERSION − 1', () => {
    const froms = MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    expect(froms).toEqual(range(1, SCHEMA_VERSION - 1));
  });

  it('has a fixture of every version 1 … SCHEMA_VERSION, each of which opens as the current version', () => {
    const all = fixtures();
    expect([...new Set(all.map((f) => f.version))].sort((a, b) => a - b)).toEqual(range(1, SCHEMA_VERSION));
    for (const f of all) {
      expect((JSON.parse(f.text) as { schemaVersion?: unknown }).schemaVersion, f.name).toBe(f.version);
      expect(parseWorkshopText(f.text).schemaVersion, f.name).toBe(SCHEMA_VERSION);
    }
  });
});

describe('file format migrations', () => {
  it('opens the version 1 fixture in the current version (R7)', () => {
    const text = readFileSync(new URL('../../../test/fixtures/v1-example.tpcube', import.meta.url), 'utf8');
    const w = parseWorkshopText(text);
    expect(w.schemaVersion).toBe(SCHEMA_VERSION);
    expect(w.touchpoints.length).toBeGreaterThan(30);
  });

  it('runs every step in order from the file version to the target', () => {
    // a made-up future: v1 → v2 renames a field, v2 → v3 adds one
    const steps: Migration[] = [
      { from: 2, up: (d) => ({ ...d, added: true }) },
      { from: 1, up: ({ old, ...rest }) => ({ ...rest, renamed: old }) },
    ];
    const out = migrate({ schemaVersion: 1, old: 'x' }, steps, 3);
    expect(out).toEqual({ schemaVersion: 3, renamed: 'x', added: true });
  });

  it('refuses files that are newer, unversioned, or have a gap in the chain', () => {
    expect(() => migrate({ schemaVersion: 5 }, [], 3)).toThrow('error.file.tooNew');
    expect(() => migrate({ title: 'no version' }, [], 3)).toThrow('error.file.notWorkshop');
    expect(() => migrate([], [], 3)).toThrow('error.file.notWorkshop');
    expect(() => migrate({ schemaVersion: 1 }, [{ from: 2, up: (d) => d }], 3)).toThrow('error.file.noMigration');
  });

  it('names corrupt text and invalid content apart', () => {
    expect(() => parseWorkshopText('{"schemaVersion": 1,')).toThrow('error.file.corrupt');
    expect(() => parseWorkshopText('{"schemaVersion": 1, "id": "ws_abc"}')).toThrow('error.file.invalid');
  });
});

describe('1 → 2: running the room out of the agenda', () => {
  const v1 = () => JSON.parse(readFileSync(new URL('../../../test/fixtures/v1-example.tpcube', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;

  it('moves the current step, the timer and the time spent into run, and keeps them', () => {
    const old = v1();
    const steps = old.agenda!.steps as { id: string }[];
    old.agenda = { ...old.agenda, currentStepId: steps[2]!.id, timer: { state: 'paused', startedAt: null, elapsedMs: 61_000, extraMinutes: 5 }, actualMs: { [steps[0]!.id]: 900_000 } };
    const w = parseWorkshopText(JSON.stringify(old));
    expect(w.agenda).toEqual({ steps: old.agenda.steps });
    expect(w.run).toEqual({ currentStepId: steps[2]!.id, timer: { state: 'paused', startedAt: null, elapsedMs: 61_000, extraMinutes: 5 }, actualMs: { [steps[0]!.id]: 900_000 } });
  });

  it('makes anonymous ratings a required field: {} when absent, kept when present', () => {
    expect(parseWorkshopText(JSON.stringify(v1())).anonRatings).toEqual({});
    const old = v1();
    const tp = (old.touchpoints as unknown as { id: string }[])[0]!.id;
    (old as Record<string, unknown>).anonRatings = { [tp]: [-1, 2] };
    expect(parseWorkshopText(JSON.stringify(old)).anonRatings).toEqual({ [tp]: [-1, 2] });
    // a version 2 file without the field is refused, as an older build must refuse ours
    const { anonRatings: _gone, ...without } = parseWorkshopText(JSON.stringify(old));
    expect(() => parseWorkshopText(JSON.stringify(without))).toThrow('error.file.invalid');
  });
});
