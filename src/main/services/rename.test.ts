/**
 * Issue 15: the workshop file follows its title. Renaming in Setup (a meta.update of the
 * title) or in the library moves the file in its folder, with its lock, its backups and its
 * recent entry; the open document keeps saving at the new name. Real files, and a real
 * second process where another instance matters.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cmd } from '../../shared/commands';
import type { AppEvent, LibraryItem, OpenOutcome } from '../../shared/ipc/types';
import type { Result } from '../../shared/result';
import { createApi } from './api';
import { Session } from './session';
import { SettingsStore } from './settings';
import { backupFolder } from './storage/backups';
import { bundleChild, killAll, startChild } from './storage/testing/children';
import { tempDir } from './testing/tempDir';

const EXAMPLE = path.resolve(__dirname, '../../../resources/example.tpcube');
let holder = '';
const sessions: Session[] = [];

beforeAll(async () => {
  holder = await bundleChild('holder-child');
});

afterEach(async () => {
  vi.restoreAllMocks();
  await killAll();
  for (const s of sessions.splice(0)) await s.closeAll().catch(() => {});
});

function makeApi() {
  const data = tempDir('tpc-rename-');
  const folder = path.join(data, 'workshops');
  const session = new Session({ debounceMs: 10 });
  sessions.push(session);
  const settings = new SettingsStore(path.join(data, 'settings.json'));
  const events: AppEvent[] = [];
  session.on((e) => events.push(e));
  const api = createApi({
    session,
    settings,
    folder,
    examplePath: EXAMPLE,
    now: () => new Date('2026-11-23T10:00:00Z'),
    info: { version: 'test', host: 'harness', platform: 'linux' },
  });
  return { api, session, settings, folder, events };
}

async function create(api: ReturnType<typeof makeApi>['api'], title: string) {
  const r = (await api.call('library.create', { title, language: 'de', from: 'blank' })) as Result<OpenOutcome>;
  if (!r.ok || r.value.kind !== 'opened') throw new Error(JSON.stringify(r));
  return r.value.state;
}

const exists = (p: string) => fs.stat(p).then(() => true, () => false);
const workshopsIn = async (folder: string) => (await fs.readdir(folder)).filter((n) => n.endsWith('.tpcube')).sort();
const read = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8')) as { meta: { title: string }; touchpoints: unknown[] };
const retitle = (title: string) => [cmd('meta.update', { patch: { title } })];

describe('the workshop file follows its title', () => {
  it('moves the open file with its lock, backups and recent entry when the title is changed in Setup, and keeps saving there', async () => {
    const { api, session, settings, folder, events } = makeApi();
    const st = await create(api, 'Alt');
    const old = path.join(folder, 'Alt.tpcube');
    expect(st.path).toBe(old);
    expect(await exists(backupFolder(old))).toBe(true);

    expect(session.apply(st.docId, retitle('Kundenreise Neuwagen')).ok).toBe(true);
    await session.flush(st.docId);

    const moved = path.join(folder, 'Kundenreise-Neuwagen.tpcube');
    expect(await workshopsIn(folder)).toEqual(['Kundenreise-Neuwagen.tpcube']);
    expect(session.state(st.docId).path).toBe(moved);
    expect(events).toContainEqual({ type: 'doc.moved', docId: st.docId, path: moved, from: old });
    // the lock went with it: the old name's lock is gone, another opener of the new name is refused
    expect(await exists(`${old}.lock`)).toBe(false);
    expect(await exists(`${moved}.lock`)).toBe(true);
    expect(await new Session().open(moved)).toMatchObject({ ok: false, error: { code: 'error.file.locked' } });
    // backups and the recent list follow
    expect(await exists(backupFolder(old))).toBe(false);
    expect((await fs.readdir(backupFolder(moved))).length).toBeGreaterThan(0);
    expect(settings.get().recent[0]).toMatchObject({ path: moved, title: 'Kundenreise Neuwagen' });
    expect(settings.get().recent.some((r) => r.path === old)).toBe(false);

    // the open document keeps working on the new path
    session.apply(st.docId, [cmd('touchpoint.add', { id: 'tp_after', title: 'Probefahrt', phaseId: st.doc.phases[0]!.id })]);
    await session.flush(st.docId);
    expect(await read(moved)).toMatchObject({ meta: { title: 'Kundenreise Neuwagen' }, touchpoints: [{ title: 'Probefahrt' }] });
    expect(await workshopsIn(folder)).toEqual(['Kundenreise-Neuwagen.tpcube']);

    // after closing, it opens under the new name
    await session.close(st.docId);
    expect(await exists(`${moved}.lock`)).toBe(false);
    const again = (await api.call('library.open', { path: moved })) as Result<OpenOutcome>;
    expect(again.ok && again.value.kind === 'opened' && again.value.state.doc.touchpoints.length).toBe(1);
  });

  it('follows undo and redo of the title, and a close right after the change still leaves one file under the new name', async () => {
    const { api, session, folder } = makeApi();
    const st = await create(api, 'Alt');
    session.apply(st.docId, retitle('Neu'));
    session.undo(st.docId);
    await session.flush(st.docId);
    expect(await workshopsIn(folder)).toEqual(['Alt.tpcube']);
    session.redo(st.docId);
    await session.close(st.docId); // no flush first: close waits for the rename
    expect(await workshopsIn(folder)).toEqual(['Neu.tpcube']);
    expect((await fs.readdir(folder)).filter((n) => n.endsWith('.lock'))).toEqual([]);
    expect((await read(path.join(folder, 'Neu.tpcube'))).meta.title).toBe('Neu');
  });

  it('picks a free name when another workshop, held open by another instance, has the wanted one', async () => {
    const { api, session, folder } = makeApi();
    await fs.mkdir(folder, { recursive: true });
    const other = path.join(folder, 'Neuwagen.tpcube');
    await fs.copyFile(EXAMPLE, other);
    const { line } = await startChild(holder, [other]);
    expect(line).toBe('ready 41');
    const st = await create(api, 'Entwurf');

    session.apply(st.docId, retitle('Neuwagen'));
    await session.flush(st.docId);

    expect(session.state(st.docId).path).toBe(path.join(folder, 'Neuwagen-2.tpcube'));
    expect(await workshopsIn(folder)).toEqual(['Neuwagen-2.tpcube', 'Neuwagen.tpcube']);
    expect((await read(other)).touchpoints).toHaveLength(41);
    expect((await read(path.join(folder, 'Neuwagen-2.tpcube'))).meta.title).toBe('Neuwagen');
  }, 30_000);

  it('keeps the old name for a title that makes no file name, and does not move a file whose name already fits', async () => {
    const { api, session, folder, events } = makeApi();
    const st = await create(api, 'Neuwagen');
    session.apply(st.docId, retitle('– !!! –'));
    await session.flush(st.docId);
    expect(session.state(st.docId).path).toBe(path.join(folder, 'Neuwagen.tpcube'));
    expect((await read(path.join(folder, 'Neuwagen.tpcube'))).meta.title).toBe('– !!! –');
    // only the punctuation differs: the name made from the title is the same
    session.apply(st.docId, retitle('Neuwagen!'));
    await session.flush(st.docId);
    expect(await workshopsIn(folder)).toEqual(['Neuwagen.tpcube']);
    expect(events.some((e) => e.type === 'doc.moved')).toBe(false);
  });

  it('keeps a name chosen by hand: after "Save a copy as…", and for a file renamed outside the app', async () => {
    const { api, session, folder, events } = makeApi();
    const st = await create(api, 'Neuwagen');
    // the save failed and the user chose a place and a name of their own: work goes on there
    const mine = path.join(folder, 'Kunde Becker final.tpcube');
    expect((await session.saveAs(st.docId, mine)).ok).toBe(true);
    session.apply(st.docId, retitle('Gebrauchtwagen'));
    await session.flush(st.docId);
    expect(session.state(st.docId).path).toBe(mine);
    expect((await read(mine)).meta.title).toBe('Gebrauchtwagen');
    await api.call('doc.close', { docId: st.docId });

    // renamed in the file manager, then opened: its name is kept too
    const outside = path.join(folder, 'Workshop März (Entwurf).tpcube');
    await fs.rename(mine, outside);
    const opened = (await api.call('library.open', { path: outside })) as Result<OpenOutcome>;
    if (!opened.ok || opened.value.kind !== 'opened') throw new Error(JSON.stringify(opened));
    session.apply(opened.value.state.docId, retitle('Gebrauchtwagen 2027'));
    await session.flush(opened.value.state.docId);
    expect(session.state(opened.value.state.docId).path).toBe(outside);
    expect(events.some((e) => e.type === 'doc.moved')).toBe(false);

    // the library's "Rename" is a rename of the file too: there it follows
    const r = (await api.call('library.rename', { path: outside, title: 'Becker 2027' })) as Result<LibraryItem>;
    expect(r).toMatchObject({ ok: true, value: { path: path.join(folder, 'Becker-2027.tpcube') } });
    expect(await workshopsIn(folder)).toEqual(['Becker-2027.tpcube', 'Neuwagen.tpcube']);
  });

  it('keeps working under the old name when the file cannot be renamed, and says so once', async () => {
    const { api, session, folder, events } = makeApi();
    const st = await create(api, 'Alt');
    const old = path.join(folder, 'Alt.tpcube');
    const realRename = fs.rename.bind(fs);
    // another program holds the file (Windows: EBUSY); the durable saves' own renames still work
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      if (String(from) === old) throw Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
      return realRename(from, to);
    });

    session.apply(st.docId, retitle('Neu'));
    await session.flush(st.docId);
    session.apply(st.docId, retitle('Noch neuer'));
    await session.flush(st.docId);

    expect(session.state(st.docId).path).toBe(old);
    expect(session.state(st.docId).save.state).toBe('saved');
    expect(await workshopsIn(folder)).toEqual(['Alt.tpcube']);
    expect((await read(old)).meta.title).toBe('Noch neuer');
    expect(await exists(`${old}.lock`)).toBe(true);
    expect(await exists(path.join(folder, 'Neu.tpcube.lock'))).toBe(false);
    const failed = events.filter((e) => e.type === 'doc.renameFailed');
    expect(failed).toEqual([{ type: 'doc.renameFailed', docId: st.docId, error: expect.objectContaining({ code: 'error.file.renameFailed', params: { file: 'Alt.tpcube' } }) }]);
  });

  it('renames a closed workshop in the library: file, title and recent entry follow', async () => {
    const { api, settings, folder } = makeApi();
    const st = await create(api, 'Alt');
    await api.call('doc.close', { docId: st.docId });
    const old = path.join(folder, 'Alt.tpcube');
    const r = (await api.call('library.rename', { path: old, title: 'Frühjahr 2027' })) as Result<LibraryItem>;
    const moved = path.join(folder, 'Fruhjahr-2027.tpcube');
    expect(r).toMatchObject({ ok: true, value: { path: moved, fileName: 'Fruhjahr-2027.tpcube', title: 'Frühjahr 2027' } });
    expect(await workshopsIn(folder)).toEqual(['Fruhjahr-2027.tpcube']);
    expect(await exists(`${old}.lock`)).toBe(false);
    expect(await exists(`${moved}.lock`)).toBe(false);
    expect(await exists(backupFolder(moved))).toBe(true);
    expect(settings.get().recent[0]).toMatchObject({ path: moved, title: 'Frühjahr 2027' });
  });

  it('renames an open workshop from the library and answers with its new place', async () => {
    const { api, session, folder } = makeApi();
    const st = await create(api, 'Alt');
    const r = (await api.call('library.rename', { path: st.path, title: 'Neu' })) as Result<LibraryItem>;
    expect(r).toMatchObject({ ok: true, value: { path: path.join(folder, 'Neu.tpcube'), title: 'Neu' } });
    expect(session.state(st.docId).path).toBe(path.join(folder, 'Neu.tpcube'));
  });
});
