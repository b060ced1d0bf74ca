/**
 * The library actions as a second instance of the app meets them: another real process
 * holds a workshop open (it took the lock through its Session), and this one tries to
 * restore a backup over it, rename it, delete it or open it while it looks damaged.
 * Also what the library reads: encodings, non-workshop files, oversized and set-aside files.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryListing, OpenOutcome } from '../../shared/ipc/types';
import { newWorkshop } from '../../shared/model/defaults';
import { serializeWorkshop } from '../../shared/model/migrations';
import type { Result } from '../../shared/result';
import { createApi } from './api';
import { Session } from './session';
import { SettingsStore } from './settings';
import { backupFolder } from './storage/backups';
import { bundleChild, killAll, killHard, startChild } from './storage/testing/children';
import { tempDir } from './testing/tempDir';

const EXAMPLE = path.resolve(__dirname, '../../../resources/example.tpcube');
let holder = '';
const sessions: Session[] = [];

beforeAll(async () => {
  holder = await bundleChild('holder-child');
});

afterEach(async () => {
  await killAll();
  for (const s of sessions.splice(0)) await s.closeAll().catch(() => {});
});

function makeApi() {
  const data = tempDir('tpc-library-');
  const folder = path.join(data, 'workshops');
  const session = new Session({ debounceMs: 10 });
  sessions.push(session);
  const api = createApi({
    session,
    settings: new SettingsStore(path.join(data, 'settings.json')),
    folder,
    examplePath: EXAMPLE,
    now: () => new Date('2026-11-23T10:00:00Z'),
    info: { version: 'test', host: 'harness', platform: 'linux' },
  });
  return { api, session, folder };
}

/** The bundled example (41 touchpoints) as a file in the folder, plus an empty backup of it. */
async function exampleWithBackup(folder: string) {
  await fs.mkdir(folder, { recursive: true });
  const file = path.join(folder, 'bank.tpcube');
  await fs.copyFile(EXAMPLE, file);
  await fs.mkdir(backupFolder(file), { recursive: true });
  const backup = path.join(backupFolder(file), '2026-11-20T09-00-00-000Z.tpcube');
  await fs.writeFile(backup, serializeWorkshop(newWorkshop({ title: 'Leer', language: 'de', now: new Date('2026-11-20T09:00:00Z') })));
  return { file, backup };
}

const touchpoints = async (file: string) => (JSON.parse(await fs.readFile(file, 'utf8')) as { touchpoints: unknown[] }).touchpoints.length;
const titleOf = async (file: string) => (JSON.parse(await fs.readFile(file, 'utf8')) as { meta: { title: string } }).meta.title;

describe('library actions while another process holds the workshop', () => {
  it('does not restore a backup over a workshop another instance has open, not even after that instance is killed', async () => {
    const { api, folder } = makeApi();
    const { file, backup } = await exampleWithBackup(folder);
    const { child, line } = await startChild(holder, [file]);
    expect(line).toBe('ready 41');
    const r = await api.call('library.openBackup', { file, backup });
    expect(r).toMatchObject({ ok: false, error: { code: 'error.file.locked' } });
    expect(await touchpoints(file)).toBe(41);
    await killHard(child);
    expect(await touchpoints(file)).toBe(41);
  }, 30_000);

  it('refuses to rename or delete a workshop another instance has open', async () => {
    const { api, folder } = makeApi();
    const { file } = await exampleWithBackup(folder);
    await startChild(holder, [file]);
    expect(await api.call('library.rename', { path: file, title: 'Umbenannt' })).toMatchObject({ ok: false, error: { code: 'error.file.locked' } });
    expect(await titleOf(file)).toBe('Touchpoint-Workshop Privatkunden');
    expect(await api.call('library.delete', { path: file })).toMatchObject({ ok: false, error: { code: 'error.file.locked' } });
    expect(await touchpoints(file)).toBe(41);
  }, 30_000);

  it('leaves a file another instance holds where it is even when it cannot be read, and sets it aside once that instance is gone', async () => {
    const { api, folder } = makeApi();
    const { file } = await exampleWithBackup(folder);
    const { child } = await startChild(holder, [file]);
    await fs.writeFile(file, '{"schemaVersion":1,"id":"ws_half'); // the holder's next save writes it whole again
    expect(await api.call('library.open', { path: file })).toMatchObject({ ok: false, error: { code: 'error.file.locked' } });
    expect((await fs.readdir(folder)).filter((n) => n.includes('.damaged-'))).toEqual([]);
    await killHard(child);
    const r = (await api.call('library.open', { path: file })) as Result<OpenOutcome>;
    expect(r.ok && r.value.kind).toBe('recovery');
    expect((await fs.readdir(folder)).filter((n) => n.includes('.damaged-'))).toHaveLength(1);
  }, 30_000);
});

describe('what the library reads', () => {
  const encodings: [string, (text: string) => Buffer][] = [
    ['UTF-8 with a byte order mark', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])],
    ['UTF-16 LE with a byte order mark', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-16 BE with a byte order mark', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
  ];
  for (const [name, encode] of encodings) {
    it(`opens and lists a valid workshop saved as ${name}`, async () => {
      const { api, folder } = makeApi();
      await fs.mkdir(folder, { recursive: true });
      const file = path.join(folder, 'notepad.tpcube');
      await fs.writeFile(file, encode(await fs.readFile(EXAMPLE, 'utf8')));
      const list = (await api.call('library.list', {})) as Result<LibraryListing>;
      expect(list.ok && list.value.items.map((i) => [i.title, i.damaged])).toEqual([['Touchpoint-Workshop Privatkunden', false]]);
      const r = (await api.call('library.open', { path: file })) as Result<OpenOutcome>;
      expect(r.ok && r.value.kind === 'opened' && r.value.state.doc.touchpoints.length).toBe(41);
      expect(await fs.readdir(folder)).not.toContainEqual(expect.stringContaining('.damaged-'));
    });
  }

  it('opens only .tpcube files and never renames another file', async () => {
    const { api, folder } = makeApi();
    await fs.mkdir(folder, { recursive: true });
    for (const name of ['notes.txt', 'workshop']) {
      const file = path.join(folder, name);
      await fs.writeFile(file, 'Einkaufsliste: Moderationskarten, Stifte');
      expect(await api.call('library.open', { path: file })).toMatchObject({ ok: false, error: { code: 'error.file.notWorkshopName' } });
      expect(await fs.readFile(file, 'utf8')).toContain('Moderationskarten');
    }
    expect((await fs.readdir(folder)).sort()).toEqual(['notes.txt', 'workshop']);
  });

  it('refuses a workshop file over the size cap with a clear message, without reading or renaming it, and lists it as too large', async () => {
    const { api, folder } = makeApi();
    await fs.mkdir(folder, { recursive: true });
    const file = path.join(folder, 'riesig.tpcube');
    await fs.writeFile(file, '');
    await fs.truncate(file, 210_000_000); // sparse: 210 MB without using the disk
    const r = await api.call('library.open', { path: file });
    expect(r).toMatchObject({ ok: false, error: { code: 'error.file.tooLargeWorkshop', params: { size: '210 MB', max: '50 MB' } } });
    const list = (await api.call('library.list', {})) as Result<LibraryListing>;
    expect(list.ok && list.value.items.map((i) => [i.fileName, i.problem])).toEqual([['riesig.tpcube', 'tooLarge']]);
    expect(await fs.readdir(folder)).toEqual(['riesig.tpcube']);
  });

  it('lists a set-aside damaged file with its newest good backup, and restores from there', async () => {
    const { api, session } = makeApi();
    const created = (await api.call('library.create', { title: 'Autohaus', language: 'de', from: 'blank' })) as Result<OpenOutcome>;
    if (!created.ok || created.value.kind !== 'opened') throw new Error('create failed');
    const file = created.value.state.path;
    await session.close(created.value.state.docId);
    await fs.writeFile(file, '\u0000\u0001garbage');
    expect(((await api.call('library.open', { path: file })) as Result<OpenOutcome>).ok).toBe(true);

    let list = (await api.call('library.list', {})) as Result<LibraryListing>;
    if (!list.ok) throw new Error('list failed');
    const [item] = list.value.items;
    expect(item).toMatchObject({ problem: 'quarantined', recovery: { original: file, originalExists: false } });
    expect(item!.fileName).toMatch(/^autohaus\.tpcube\.damaged-\d{4}-\d\d-\d\dT[\d-]+Z$/i);
    const backup = item!.recovery!.backup!;
    expect(path.dirname(backup.path)).toBe(backupFolder(file));

    const restored = (await api.call('library.openBackup', { file: item!.recovery!.original, backup: backup.path })) as Result<OpenOutcome>;
    expect(restored.ok && restored.value.kind === 'opened' && restored.value.state.doc.meta.title).toBe('Autohaus');
    list = (await api.call('library.list', {})) as Result<LibraryListing>;
    if (!list.ok) throw new Error('list failed');
    expect(list.value.items.map((i) => i.problem).sort()).toEqual([null, 'quarantined']);
    expect(list.value.items.find((i) => i.problem === 'quarantined')!.recovery!.originalExists).toBe(true);
  });

  it('restores only a backup of that very workshop', async () => {
    const { api, folder } = makeApi();
    const { file } = await exampleWithBackup(folder);
    const stranger = path.join(folder, 'other.tpcube');
    await fs.writeFile(stranger, serializeWorkshop(newWorkshop({ title: 'Fremd', language: 'de', now: new Date() })));
    expect(await api.call('library.openBackup', { file, backup: stranger })).toMatchObject({ ok: false, error: { code: 'error.backup.notOfFile' } });
    expect(await touchpoints(file)).toBe(41);
  });
});
