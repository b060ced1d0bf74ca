import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerSetKey, REMEMBER_MAX, type RememberedImport } from '../../shared/import/remember';
import { SettingsStore } from './settings';
import { tempDir } from './testing/tempDir';

const mapping = (key: string): RememberedImport => ({ key, columns: [{ field: 'title', header: 'massnahme' }], values: [{ kind: 'department', value: 'vertrieb', target: 'create' }] });

describe('settings store', () => {
  it('remembers language, theme and recent files across restarts', async () => {
    const file = path.join(tempDir('tpc-set-'), 'settings.json');
    const a = new SettingsStore(file);
    await a.load();
    await a.update({ language: 'en', theme: 'dark', zoom: { board: 1.5 } });
    await a.touchRecent('/x/a.tpcube', 'A', new Date('2026-11-23T10:00:00Z'));
    const b = new SettingsStore(file);
    const s = await b.load();
    expect(s).toMatchObject({ language: 'en', theme: 'dark', zoom: { board: 1.5 }, recent: [{ path: '/x/a.tpcube', title: 'A' }] });
  });

  it('starts with defaults when the settings file is damaged, and repairs single bad values', async () => {
    const dir = tempDir('tpc-set-');
    const file = path.join(dir, 'settings.json');
    await fs.writeFile(file, '{ not json');
    expect((await new SettingsStore(file).load()).language).toBe('de');
    await fs.writeFile(file, JSON.stringify({ language: 'fr', theme: 'dark', fontScale: 99 }));
    const s = await new SettingsStore(file).load();
    expect(s).toMatchObject({ language: 'de', theme: 'dark', fontScale: 1 });
  });

  it('remembers import mappings per header set across restarts, the newest 20, and keeps them out of the settings the windows get', async () => {
    const file = path.join(tempDir('tpc-set-'), 'settings.json');
    const a = new SettingsStore(file);
    await a.load();
    const key = headerSetKey(['Maßnahme', 'Team']);
    await a.rememberImport(key, mapping(key));
    for (let i = 0; i < REMEMBER_MAX + 5; i++) await a.rememberImport(`other ${i}`, mapping(`other ${i}`));
    await a.rememberImport(key, mapping(key)); // used again: newest
    expect(a.get()).not.toHaveProperty('importMappings');
    const b = new SettingsStore(file);
    expect(await b.load()).not.toHaveProperty('importMappings');
    expect(b.recallImport(key)).toEqual(mapping(key));
    expect(b.recallImport('other 0')).toBeNull(); // the oldest went
    expect(b.recallImport(`other ${REMEMBER_MAX + 4}`)).not.toBeNull();
    const stored = JSON.parse(await fs.readFile(file, 'utf8')) as { importMappings: unknown[] };
    expect(stored.importMappings).toHaveLength(REMEMBER_MAX);
    await b.rememberImport(key, null);
    expect(b.recallImport(key)).toBeNull();
  });

  it('drops a damaged remembered mapping and keeps the others and every setting', async () => {
    const file = path.join(tempDir('tpc-set-'), 'settings.json');
    const bad = [{ key: 'x', columns: [{ field: 'nope', header: 1 }], values: [] }, 'junk', null, JSON.parse('{"key":"y","columns":[],"values":[],"__proto__":{"polluted":true}}') as unknown];
    await fs.writeFile(file, JSON.stringify({ language: 'en', importMappings: [...bad, mapping('good')] }));
    const s = new SettingsStore(file);
    expect(await s.load()).toMatchObject({ language: 'en' });
    expect(s.recallImport('good')).toEqual(mapping('good'));
    expect(s.recallImport('x')).toBeNull();
    expect(s.recallImport('y')).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    await fs.writeFile(file, JSON.stringify({ language: 'en', importMappings: 'not a list' }));
    const t = new SettingsStore(file);
    expect(await t.load()).toMatchObject({ language: 'en' });
    expect(t.recallImport('good')).toBeNull();
  });
});
