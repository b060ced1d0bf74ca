import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, parseWorkshopText, type Migration } from './migrations';
import { SCHEMA_VERSION } from './schema';

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
