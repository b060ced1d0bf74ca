/**
 * The Electron app as it starts, runs and quits: boot() against a recording fake of the
 * `electron` module (testing/fakeElectron.ts, type-checked against the same port as the real
 * module), with the real services underneath. A save that fails is a real failed write
 * (EROFS injected at the file-system layer: root ignores a read-only folder).
 */
import { mkdirSync, promises as fs, readFileSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cmd } from '../../shared/commands';
import { CHANNEL_NAMES, INVOKE_PREFIX } from '../../shared/ipc/channels';
import { newWorkshop } from '../../shared/model/defaults';
import { boot, type BootEnv } from './boot';
import { fakeElectron, type FakeElectron } from './testing/fakeElectron';
import { tempDir } from '../services/testing/tempDir';

const MAIN_DIR = '/opt/tpc/resources/app.asar/out/main';
const APP_PAGE = { url: 'file:///opt/tpc/resources/app.asar/out/renderer/index.html', parent: null };
const tmp = () => tempDir('tpc-boot-');
const display = (id: number, bounds: { x: number; y: number; width: number; height: number }, internal: boolean) => ({ id, bounds, workArea: bounds, internal });
const laptop = display(1, { x: 0, y: 0, width: 1920, height: 1200 }, true);
const beamer = display(7, { x: 1920, y: 0, width: 1920, height: 1080 }, false);
const TABLE = { headers: ['Titel'], rows: [['Website']], sheetName: '', format: { kind: 'csv', encoding: 'utf-8', delimiter: ';' } };

/** Wait until a condition holds (the app reacts asynchronously: flushes, dialogs). */
async function until(what: string, cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const running: { fake: FakeElectron; close(): Promise<void> }[] = [];
afterEach(async () => {
  readOnlyFolders.clear();
  vi.restoreAllMocks();
  for (const r of running.splice(0)) await r.close();
});

async function start(opts: { lock?: boolean; platform?: NodeJS.Platform; displays?: (typeof laptop)[]; locale?: string } = {}) {
  const dir = tmp();
  const paths = { userData: path.join(dir, 'user'), documents: path.join(dir, 'docs'), appPath: path.resolve(__dirname, '../../..') };
  mkdirSync(paths.userData, { recursive: true });
  const fake = fakeElectron({
    lock: opts.lock,
    displays: opts.displays ?? [laptop],
    paths,
    locale: opts.locale,
    worker: (m) => ((m as { type?: string }).type === 'parse' ? { type: 'result', result: { ok: true, value: TABLE }, stats: { parseMs: 1, maxRssKb: 1 } } : undefined),
  });
  const signals = new Map<string, () => void>();
  const env: BootEnv = {
    mainDir: MAIN_DIR,
    devUrl: undefined,
    platform: opts.platform ?? 'linux',
    session: { debounceMs: 60_000 }, // nothing is written unless the app flushes
    onSignal: (signal, handler) => signals.set(signal, handler),
  };
  const booted = await boot(fake.port, env);
  running.push({ fake, close: async () => booted?.session.closeAll().catch(() => {}) });
  const invoke = (channel: string, payload: unknown = {}, frame: { url: string; parent: object | null } | null = APP_PAGE) => {
    const h = fake.record.handlers.get(INVOKE_PREFIX + channel);
    if (!h) throw new Error(`no handler for ${channel}`);
    return h({ senderFrame: frame }, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  };
  return { fake, booted, dir, paths, signals, invoke };
}

/** A workshop open in the app, with one change made after opening. */
async function withWorkshop(app: Awaited<ReturnType<typeof start>>, where = tmp()) {
  const file = path.join(where, 'kunde.tpcube');
  const session = app.booted!.session;
  const r = await session.create(file, newWorkshop({ title: 'Kunde', language: 'de', now: new Date('2026-11-23T10:00:00Z') }));
  if (!r.ok || r.value.kind !== 'opened') throw new Error('could not create the workshop');
  const docId = r.value.state.docId;
  session.apply(docId, [cmd('meta.update', { patch: { venue: 'Raum 7' } })]);
  return { file, docId, folder: where, venueOnDisk: () => JSON.parse(readFileSync(file, 'utf8')).meta.venue as string | undefined };
}

/** Make every write into these folders fail as on a read-only folder (one spy, however many folders). */
const readOnlyFolders = new Set<string>();
const realOpen = fs.open.bind(fs);
function readOnly(folder: string) {
  readOnlyFolders.add(folder);
  vi.spyOn(fs, 'open').mockImplementation(async (p, flags, mode) => {
    if ([...readOnlyFolders].some((f) => String(p).startsWith(f)) && flags === 'w') throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
    return realOpen(p, flags, mode);
  });
  return { writableAgain: () => readOnlyFolders.delete(folder) };
}

describe('the Electron shell, booted against a recording fake of electron', () => {
  it('registers every contract channel and refuses a sender that is not the app page', async () => {
    const app = await start();
    expect([...app.fake.record.handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((c) => INVOKE_PREFIX + c).sort());
    expect(await app.invoke('app.info')).toMatchObject({ ok: true, value: { host: 'electron', version: '0.1.0-test' } });
    const forbidden = { ok: false, error: { code: 'error.ipc.forbidden' } };
    expect(await app.invoke('app.info', {}, { url: 'https://evil.example/', parent: null })).toMatchObject(forbidden);
    expect(await app.invoke('library.list', {}, { ...APP_PAGE, parent: APP_PAGE })).toMatchObject(forbidden); // a subframe
    expect(await app.invoke('library.list', {}, null)).toMatchObject(forbidden);
    expect(await app.invoke('library.list', {}, { url: 'file:///opt/tpc/resources/app.asar/out/renderer/..%2F..%2F..%2Fevil.html', parent: null })).toMatchObject(forbidden);
  });

  it('gives every window the secure preferences and hardens every web contents', async () => {
    const app = await start({ displays: [laptop, beamer] });
    const ws = await withWorkshop(app);
    await app.invoke('room.set', { docId: ws.docId, presenting: true }); // opens the audience window too
    const { windows, contents } = app.fake.record;
    expect(windows).toHaveLength(2);
    for (const w of windows) {
      expect(w.options.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        preload: path.join(MAIN_DIR, '../preload/index.cjs'),
      });
    }
    expect(contents).toHaveLength(windows.length);
    for (const c of contents) {
      expect(c.openHandler?.()).toEqual({ action: 'deny' });
      expect(c.navigates('https://evil.example/')).toBe(false);
      expect(c.navigates('file:///etc/passwd')).toBe(false);
      expect(c.navigates(APP_PAGE.url)).toBe(true);
    }
    // the session: no permission, no network
    let granted: boolean | undefined;
    app.fake.record.permissionRequest?.(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    let cancel: boolean | undefined;
    app.fake.record.requestFilter?.({ url: 'https://example.com/' }, (r) => (cancel = r.cancel));
    expect(cancel).toBe(true);
  });

  it('reads an imported file in an Electron utility process (the packaged app has no RunAsNode)', async () => {
    const app = await start();
    const r = await app.invoke('import.parse', { name: 'liste.csv', base64: Buffer.from('Titel\nWebsite\n').toString('base64') });
    expect(r).toEqual({ ok: true, value: TABLE });
    expect(app.fake.record.forks).toHaveLength(1);
    expect(app.fake.record.forks[0]).toMatchObject({ modulePath: path.join(MAIN_DIR, 'worker.js'), options: { execArgv: [expect.stringMatching(/^--max-old-space-size=\d+$/)] } });
    expect(app.fake.record.forks[0]!.child.killed).toBe(true);
  });

  it('holds the single-instance lock: a second instance quits, and focuses the first', async () => {
    const second = await start({ lock: false });
    expect(second.booted).toBeNull();
    expect(second.fake.record.quitCalls).toBe(1);
    expect(second.fake.record.windows).toHaveLength(0);
    expect(second.fake.record.handlers.size).toBe(0);

    const first = await start();
    const win = first.fake.record.windows[0]!;
    win.minimized = true;
    first.fake.app.emit('second-instance', {}, ['tpc'], '/');
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(1);
  });

  it('closing the window waits until the pending changes are on disk', async () => {
    const app = await start();
    const ws = await withWorkshop(app);
    const win = app.fake.record.windows[0]!;
    let onDiskWhenClosed: string | undefined = 'not closed';
    win.on('closed', () => (onDiskWhenClosed = ws.venueOnDisk()));
    win.close();
    await until('the window closes', () => win.destroyed);
    expect(onDiskWhenClosed).toBe('Raum 7');
    await until('the app exits', () => app.fake.record.exitCodes.length > 0);
    expect(app.fake.record.exitCodes).toEqual([0]);
    expect(app.fake.record.boxes).toHaveLength(0); // everything saved: nothing to ask
  });

  it('quitting waits until the pending changes are on disk, then exits 0 without a question', async () => {
    const app = await start();
    const ws = await withWorkshop(app);
    app.fake.port.app.quit();
    expect(app.fake.record.exitCodes).toEqual([]); // held: before-quit was prevented
    await until('the app exits', () => app.fake.record.exitCodes.length > 0);
    expect(app.fake.record.exitCodes).toEqual([0]);
    expect(ws.venueOnDisk()).toBe('Raum 7'); // the debounce is a minute: only the flush on quit wrote it
    expect(app.fake.record.boxes).toHaveLength(0);
  });

  it('quitting after a failed save asks before anything is lost, and quits only after the choice', async () => {
    const app = await start({ locale: 'de-DE' });
    const ws = await withWorkshop(app);
    readOnly(ws.folder);
    app.fake.port.app.quit();
    await until('a question or an exit', () => app.fake.record.boxes.length > 0 || app.fake.record.exitCodes.length > 0);
    expect(app.fake.record.exitCodes).toEqual([]);
    const box = app.fake.record.boxes[0]!;
    expect(box.window).toBe(app.fake.record.windows[0]);
    expect(box.options.buttons).toEqual(['Erneut speichern', 'Kopie speichern unter…', 'Änderungen verwerfen', 'Abbrechen']);
    expect(box.options.detail).toContain('kunde.tpcube');
    expect(box.options.detail).toContain('schreibgeschützt');
    // "Save a copy as…" through the save dialog, then the app quits
    const copy = path.join(tmp(), 'kunde-kopie.tpcube');
    app.fake.record.savePaths.push(copy);
    box.answer(1);
    await until('the app exits', () => app.fake.record.exitCodes.length > 0);
    expect(app.fake.record.exitCodes).toEqual([0]);
    expect(JSON.parse(readFileSync(copy, 'utf8')).meta.venue).toBe('Raum 7');
  });

  it('closing the window with unsaved work asks: Cancel keeps it open, Retry saves, and then it closes', async () => {
    const app = await start({ locale: 'en-GB' });
    const ws = await withWorkshop(app);
    const failing = readOnly(ws.folder);
    const win = app.fake.record.windows[0]!;
    win.close();
    await until('the question', () => app.fake.record.boxes.length === 1);
    expect(app.fake.record.boxes[0]!.options.buttons).toEqual(['Retry saving', 'Save a copy as…', 'Discard changes', 'Cancel']);
    app.fake.record.boxes[0]!.answer(3);
    await new Promise((r) => setTimeout(r, 30));
    expect(win.destroyed).toBe(false);
    expect(app.fake.record.exitCodes).toEqual([]);
    // the folder is writable again: Retry saves at the same place
    win.close();
    await until('the question again', () => app.fake.record.boxes.length === 2);
    failing.writableAgain();
    app.fake.record.boxes[1]!.answer(0);
    await until('the window closes', () => win.destroyed);
    expect(ws.venueOnDisk()).toBe('Raum 7');
    await until('the app exits', () => app.fake.record.exitCodes.length > 0);
    expect(app.fake.record.exitCodes).toEqual([0]);
    expect(app.fake.record.boxes).toHaveLength(2);
  });

  it('"Discard changes" closes without writing and without asking twice', async () => {
    const app = await start({ locale: 'en-GB' });
    const ws = await withWorkshop(app);
    readOnly(ws.folder);
    app.fake.record.windows[0]!.close();
    await until('the question', () => app.fake.record.boxes.length === 1);
    app.fake.record.boxes[0]!.answer(2);
    await until('the app exits', () => app.fake.record.exitCodes.length > 0);
    expect(app.fake.record.exitCodes).toEqual([0]);
    expect(app.fake.record.boxes).toHaveLength(1);
    expect(ws.venueOnDisk()).toBe(''); // as created: the discarded change was never written
    expect(readdirSync(ws.folder).filter((n) => n.endsWith('.lock'))).toEqual([]); // the lock is freed
  });

  it('if the question cannot be shown, keeps a rescue copy and exits non-zero instead of hanging', async () => {
    const app = await start();
    const ws = await withWorkshop(app);
    readOnly(ws.folder);
    app.fake.port.app.quit();
    await until('the question', () => app.fake.record.boxes.length === 1);
    app.fake.record.boxes[0]!.fail(new Error('no display server'));
    await until('the app exits', () => app.fake.record.exitCodes.length > 0);
    expect(app.fake.record.exitCodes).toEqual([1]);
    const recovery = path.join(app.paths.userData, 'recovery');
    expect(JSON.parse(readFileSync(path.join(recovery, readdirSync(recovery)[0]!), 'utf8')).meta.venue).toBe('Raum 7');
  });

  it('SIGTERM flushes; with unsaved work it keeps a rescue copy and asks; without a window it exits non-zero', async () => {
    const saved = await start();
    const ok = await withWorkshop(saved);
    saved.signals.get('SIGTERM')!();
    await until('the app exits', () => saved.fake.record.exitCodes.length > 0);
    expect(saved.fake.record.exitCodes).toEqual([0]);
    expect(ok.venueOnDisk()).toBe('Raum 7');

    const asked = await start({ locale: 'en-GB' });
    const ws = await withWorkshop(asked);
    readOnly(ws.folder);
    asked.signals.get('SIGINT')!();
    await until('the question', () => asked.fake.record.boxes.length === 1);
    const recovery = path.join(asked.paths.userData, 'recovery');
    const rescued = readdirSync(recovery);
    expect(rescued).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(recovery, rescued[0]!), 'utf8')).meta.venue).toBe('Raum 7');
    expect(asked.fake.record.boxes[0]!.options.detail).toContain(recovery);
    expect(asked.fake.record.exitCodes).toEqual([]);

    // macOS keeps running without a window: then no question is possible
    const headless = await start({ platform: 'darwin' });
    const ws2 = await withWorkshop(headless);
    headless.fake.record.windows[0]!.close();
    await until('the window closes', () => headless.fake.record.windows[0]!.destroyed);
    readOnly(ws2.folder);
    headless.booted!.session.apply(ws2.docId, [cmd('meta.update', { patch: { venue: 'Raum 9' } })]);
    headless.signals.get('SIGTERM')!();
    await until('the app exits', () => headless.fake.record.exitCodes.length > 0);
    expect(headless.fake.record.exitCodes).toEqual([1]);
    expect(headless.fake.record.boxes).toHaveLength(0);
    const folder = path.join(headless.paths.userData, 'recovery');
    expect(JSON.parse(readFileSync(path.join(folder, readdirSync(folder)[0]!), 'utf8')).meta.venue).toBe('Raum 9');
  });

  it('moves the audience window when a display is added or removed', async () => {
    const app = await start({ displays: [laptop] });
    const main = app.fake.record.windows[0]!;
    const ws = await withWorkshop(app);
    await app.invoke('room.set', { docId: ws.docId, presenting: true });
    expect(app.fake.record.windows).toHaveLength(1); // one display: the console goes full-screen
    expect(main.fullScreen).toBe(true);
    app.fake.screen.displays = [laptop, beamer];
    app.fake.screen.emit('display-added', {}, beamer);
    const audience = () => app.fake.record.windows.filter((w) => w !== main && !w.destroyed);
    expect(audience()).toHaveLength(1);
    expect(audience()[0]!.bounds).toEqual(beamer.bounds);
    expect(audience()[0]!.loaded).toEqual({ file: path.join(MAIN_DIR, '../renderer/index.html'), hash: 'audience' });
    expect(main.fullScreen).toBe(false);
    expect(await app.invoke('room.get')).toMatchObject({ ok: true, value: { presenting: true, audienceWindow: true } });
    app.fake.screen.displays = [laptop];
    app.fake.screen.emit('display-removed', {}, beamer);
    expect(audience()).toHaveLength(0);
    expect(main.fullScreen).toBe(true);
    expect(await app.invoke('room.get')).toMatchObject({ ok: true, value: { presenting: true, audienceWindow: false } });
  });

  it('room mode: nothing listens before "open the room"; the room closes with its workshop and when the app quits', async () => {
    const app = await start();
    const ws = await withWorkshop(app);
    expect(app.booted!.rooms.current()).toBeNull();
    expect(await app.invoke('room.join')).toEqual({ ok: true, value: null });
    expect(await app.invoke('room.round.reveal')).toMatchObject({ ok: false, error: { code: 'error.room.closed' } });

    const opened = (await app.invoke('room.open', { docId: ws.docId })) as { ok: true; value: { info: { port: number; secret: string }; localUrl: string } };
    const { port, secret } = opened.value.info;
    expect(await listening(port)).toBe(true);
    // "test on this laptop": main hands the loopback join page to the system browser, never a URL from the page
    expect(await app.invoke('room.openLocal')).toEqual({ ok: true, value: true });
    expect(app.fake.record.external).toEqual([`http://127.0.0.1:${port}/${secret}`]);

    await app.invoke('doc.close', { docId: ws.docId });
    await until('the room closes with its workshop', () => app.booted!.rooms.current() === null);
    expect(await listening(port)).toBe(false);

    const again = await withWorkshop(app);
    const reopened = (await app.invoke('room.open', { docId: again.docId })) as { ok: true; value: { info: { port: number } } };
    expect(await listening(reopened.value.info.port)).toBe(true);
    app.fake.port.app.quit();
    await until('the app exits', () => app.fake.record.exitCodes.length > 0);
    expect(await listening(reopened.value.info.port)).toBe(false);
  });
});

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}
