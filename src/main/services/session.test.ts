import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cmd } from '../../shared/commands';
import { newWorkshop } from '../../shared/model/defaults';
import type { SessionEvent } from '../../shared/ipc/types';
import { Session } from './session';
import { tempDir } from './testing/tempDir';

const tmp = () => tempDir('tpc-session-');
const fresh = () => newWorkshop({ title: 'Test', language: 'de', now: new Date('2026-11-23T10:00:00Z') });
const sessions: Session[] = [];

async function opened(s: Session, file: string, doc = fresh()) {
  sessions.push(s);
  const r = await s.create(file, doc);
  if (!r.ok || r.value.kind !== 'opened') throw new Error(JSON.stringify(r));
  return r.value.state;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const s of sessions.splice(0)) await s.closeAll().catch(() => {});
});

describe('session: commands, undo, broadcast', () => {
  it('applies a gesture as one undo step and broadcasts each change', async () => {
    const s = new Session({ debounceMs: 10 });
    const st = await opened(s, path.join(tmp(), 'a.tpcube'));
    const events: SessionEvent[] = [];
    s.on((e) => events.push(e));
    const phase = st.doc.phases[0]!.id;
    s.apply(st.docId, [cmd('touchpoint.add', { id: 'tp_one', title: 'Website', phaseId: phase })]);
    s.apply(st.docId, [
      cmd('touchpoint.add', { id: 'tp_two', title: 'Hotline', phaseId: phase }),
      cmd('touchpoint.add', { id: 'tp_three', title: 'Filiale', phaseId: phase }),
    ]);
    expect(s.state(st.docId).doc.touchpoints).toHaveLength(3);
    s.undo(st.docId);
    expect(s.state(st.docId).doc.touchpoints.map((t) => t.title)).toEqual(['Website']);
    s.redo(st.docId);
    expect(s.state(st.docId).doc.touchpoints).toHaveLength(3);
    const changed = events.filter((e) => e.type === 'doc.changed');
    expect(changed.map((e) => e.type === 'doc.changed' && e.op.type)).toEqual(['commands', 'commands', 'replace', 'replace']);
  });

  it('names the commands of the step undo and redo would take, in the state and in every change', async () => {
    const s = new Session({ debounceMs: 10 });
    const st = await opened(s, path.join(tmp(), 'names.tpcube'));
    expect(st).toMatchObject({ undoNames: [], redoNames: [] });
    const events: SessionEvent[] = [];
    s.on((e) => events.push(e));
    const phase = st.doc.phases[0]!.id;
    s.apply(st.docId, [cmd('touchpoint.add', { id: 'tp_one', title: 'Website', phaseId: phase })]);
    // the room clock is not undoable: it does not change what undo names
    s.apply(st.docId, [cmd('timer.start', { now: 1 })]);
    s.apply(st.docId, [cmd('touchpoint.remove', { ids: ['tp_one'] })]);
    expect(s.state(st.docId)).toMatchObject({ undoNames: ['touchpoint.remove'], redoNames: [] });
    s.undo(st.docId);
    expect(s.state(st.docId)).toMatchObject({ undoNames: ['touchpoint.add'], redoNames: ['touchpoint.remove'] });
    const last = events.at(-1);
    expect(last).toMatchObject({ type: 'doc.changed', undoNames: ['touchpoint.add'], redoNames: ['touchpoint.remove'] });
  });

  it('rejects unknown commands and invalid payloads with an error envelope and changes nothing', async () => {
    const s = new Session({ debounceMs: 10 });
    const st = await opened(s, path.join(tmp(), 'b.tpcube'));
    const bad = s.apply(st.docId, [{ name: 'nope', payload: {} } as never]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'error.command.unknown' } });
    const invalid = s.apply(st.docId, [cmd('touchpoint.add', { id: 'tp_x1', title: '', phaseId: st.doc.phases[0]!.id })]);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'error.command.invalid' } });
    // atomic: the second command fails, so the first is not applied either
    const partial = s.apply(st.docId, [
      cmd('touchpoint.add', { id: 'tp_ok1', title: 'ok', phaseId: st.doc.phases[0]!.id }),
      cmd('touchpoint.add', { id: 'tp_bad', title: 'bad', phaseId: 'ph_missing' }),
    ]);
    expect(partial.ok).toBe(false);
    expect(s.state(st.docId).doc.touchpoints).toHaveLength(0);
    expect(s.state(st.docId).version).toBe(1);
  });

  it('undo never rewinds the room clock (timer state is carried over)', async () => {
    const s = new Session({ debounceMs: 10 });
    const st = await opened(s, path.join(tmp(), 'c.tpcube'));
    s.apply(st.docId, [cmd('meta.update', { patch: { client: 'Bank' } })]);
    s.apply(st.docId, [cmd('timer.start', { now: 1000 })]);
    s.undo(st.docId);
    const doc = s.state(st.docId).doc;
    expect(doc.meta.client).toBe('');
    expect(doc.run.timer.state).toBe('running');
  });
});

describe('storage through the session', () => {
  it('writes the change to disk within the autosave window and flushes on close', async () => {
    const dir = tmp();
    const file = path.join(dir, 'd.tpcube');
    const s = new Session({ debounceMs: 20 });
    const st = await opened(s, file);
    s.apply(st.docId, [cmd('meta.update', { patch: { client: 'Autohaus' } })]);
    await s.close(st.docId);
    expect(JSON.parse(await fs.readFile(file, 'utf8')).meta.client).toBe('Autohaus');
    await expect(fs.access(`${file}.lock`)).rejects.toThrow();
  });

  it('quitting with changes still inside the autosave window writes every open workshop first (R6)', async () => {
    const dir = tmp();
    const s = new Session({ debounceMs: 60_000 }); // the autosave would not come on its own
    const a = await opened(s, path.join(dir, 'a.tpcube'));
    const b = await opened(s, path.join(dir, 'b.tpcube'));
    s.apply(a.docId, [cmd('meta.update', { patch: { client: 'Autohaus' } })]);
    s.apply(b.docId, [cmd('meta.update', { patch: { venue: 'Dornbirn' } })]);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'a.tpcube'), 'utf8')).meta.client).not.toBe('Autohaus');
    const states = await s.flushAll(); // what main does on before-quit and window close
    expect(states.map((x) => x.state)).toEqual(['saved', 'saved']);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'a.tpcube'), 'utf8')).meta.client).toBe('Autohaus');
    expect(JSON.parse(await fs.readFile(path.join(dir, 'b.tpcube'), 'utf8')).meta.venue).toBe('Dornbirn');
  });

  it('quarantines a corrupt file and offers the newest good backup (R3)', async () => {
    const dir = tmp();
    const file = path.join(dir, 'e.tpcube');
    const s = new Session({ debounceMs: 10, backupEveryMs: 0 });
    const st = await opened(s, file);
    s.apply(st.docId, [cmd('meta.update', { patch: { client: 'Gut' } })]);
    await s.close(st.docId);
    await fs.writeFile(file, '{"schemaVersion":1,"id":"ws_trunc'); // truncated
    const r = await s.open(file);
    expect(r.ok && r.value.kind).toBe('recovery');
    if (!r.ok || r.value.kind !== 'recovery') return;
    expect(r.value.reason.code).toBe('error.file.corrupt');
    expect(r.value.backups.length).toBeGreaterThan(0);
    // the damaged file is kept under a new name, not deleted
    expect(await fs.readFile(r.value.quarantined, 'utf8')).toContain('ws_trunc');
    const backupText = await fs.readFile(r.value.backups[0]!.path, 'utf8');
    expect(JSON.parse(backupText).meta.client).toBe('Gut');
  });

  it('refuses a file of a newer format without touching it', async () => {
    const file = path.join(tmp(), 'f.tpcube');
    await fs.writeFile(file, JSON.stringify({ ...fresh(), schemaVersion: 99 }));
    const r = await new Session().open(file);
    expect(r).toMatchObject({ ok: false, error: { code: 'error.file.tooNew' } });
    expect(JSON.parse(await fs.readFile(file, 'utf8')).schemaVersion).toBe(99);
  });

  it('does not let a second instance open the same workshop, but takes over a stale lock (R5)', async () => {
    const file = path.join(tmp(), 'g.tpcube');
    const a = new Session({ debounceMs: 10 });
    await opened(a, file);
    const b = new Session();
    sessions.push(b);
    expect(await b.open(file)).toMatchObject({ ok: false, error: { code: 'error.file.locked' } });
    await a.closeAll();
    await fs.writeFile(`${file}.lock`, JSON.stringify({ pid: 999_999_999, host: os.hostname(), since: '' }));
    const r = await b.open(file);
    expect(r.ok && r.value.kind).toBe('opened');
  });

  it('keeps the work in memory when the folder disappears, and retry saves it again (R4)', async () => {
    const dir = tmp();
    const folder = path.join(dir, 'usb');
    await fs.mkdir(folder);
    const file = path.join(folder, 'h.tpcube');
    const s = new Session({ debounceMs: 10 });
    const st = await opened(s, file);
    await fs.rm(folder, { recursive: true });
    s.apply(st.docId, [cmd('meta.update', { patch: { venue: 'Raum 1' } })]);
    const flushed = await s.flush(st.docId);
    expect(flushed.ok && flushed.value).toMatchObject({ state: 'failed', error: { code: 'error.storage.gone' } });
    expect(s.state(st.docId).doc.meta.venue).toBe('Raum 1');
    expect(s.hasUnsaved()).toBe(true);
    await fs.mkdir(folder);
    const retried = await s.retrySave(st.docId);
    expect(retried.ok && retried.value.state).toBe('saved');
    expect(JSON.parse(await fs.readFile(file, 'utf8')).meta.venue).toBe('Raum 1');
  });

  it.each([
    ['EROFS', 'error.storage.readOnly'],
    ['EACCES', 'error.storage.readOnly'],
    ['ENOSPC', 'error.storage.diskFull'],
  ])('reports %s as %s, keeps the work, and "save as" elsewhere continues there (R4)', async (errno, code) => {
    const dir = tmp();
    const file = path.join(dir, 'i.tpcube');
    const s = new Session({ debounceMs: 10 });
    const st = await opened(s, file);
    // fault injection at the file-system layer (root ignores chmod, and mounting needs privileges)
    const realOpen = fs.open.bind(fs);
    const spy = vi.spyOn(fs, 'open').mockImplementation(async (p, flags, mode) => {
      if (String(p).startsWith(dir) && flags === 'w') throw Object.assign(new Error(errno), { code: errno });
      return realOpen(p, flags, mode);
    });
    s.apply(st.docId, [cmd('meta.update', { patch: { goal: 'Kunden begeistern' } })]);
    const flushed = await s.flush(st.docId);
    expect(flushed.ok && flushed.value).toMatchObject({ state: 'failed', error: { code } });
    expect(s.state(st.docId).doc.meta.goal).toBe('Kunden begeistern');
    const elsewhere = path.join(tmp(), 'copy.tpcube');
    const moved = await s.saveAs(st.docId, elsewhere);
    expect(moved.ok).toBe(true);
    spy.mockRestore();
    expect(JSON.parse(await fs.readFile(elsewhere, 'utf8')).meta.goal).toBe('Kunden begeistern');
    s.apply(st.docId, [cmd('meta.update', { patch: { venue: 'Hotel' } })]);
    await s.flush(st.docId);
    expect(JSON.parse(await fs.readFile(elsewhere, 'utf8')).meta.venue).toBe('Hotel');
  });

  it('opens every stored format fixture (R7)', async () => {
    const fixtures = path.resolve(__dirname, '../../../test/fixtures');
    const names = (await fs.readdir(fixtures)).filter((n) => n.endsWith('.tpcube'));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) {
      const copy = path.join(tmp(), n);
      await fs.copyFile(path.join(fixtures, n), copy);
      const s = new Session();
      sessions.push(s);
      const r = await s.open(copy);
      expect(r.ok && r.value.kind, n).toBe('opened');
    }
  });
});

