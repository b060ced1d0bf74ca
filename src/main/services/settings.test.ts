import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from './settings';
import { tempDir } from './testing/tempDir';

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
});
