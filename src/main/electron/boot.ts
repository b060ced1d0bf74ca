/**
 * The composition root of the Electron app: lifecycle, one instance, secure windows, IPC to
 * the shared services. It takes the `electron` module as a port (port.ts), so boot.test.ts
 * runs it against a recording fake; src/main/index.ts passes the real module.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { translate } from '../../shared/i18n/messages';
import { createApi } from '../services/api';
import { Room } from '../services/room';
import { RoomService } from '../services/roomServer';
import { Session, type SessionOptions } from '../services/session';
import { SettingsStore, defaultSettings } from '../services/settings';
import { broadcast, registerIpc } from './ipc';
import { electronDialogs } from './dialogs';
import { utilityImportParser } from './importProcess';
import { readyToLeave, writeRescueCopies } from './leave';
import type { ElectronPort, WindowPort } from './port';
import { hardenContents, hardenSession } from './security';
import { AudienceWindows, createMainWindow, rendererRootOf } from './windows';

export interface BootEnv {
  /** the folder of the bundled main process (out/main): preload, renderer and worker sit beside it */
  mainDir: string;
  /** the dev server while developing (ELECTRON_RENDERER_URL) */
  devUrl: string | undefined;
  platform: NodeJS.Platform;
  /** tests shorten the autosave debounce */
  session?: SessionOptions;
  /** SIGTERM / SIGINT: take the same way out as quitting (index.ts: process.on) */
  onSignal?: (signal: 'SIGTERM' | 'SIGINT', handler: () => void) => void;
  /** a line for the log (index.ts: stderr) */
  log?: (line: string) => void;
}

export interface Booted<W extends WindowPort> {
  session: Session;
  /** room mode: listens only between room.open and room.close (or the workshop's close, or quit) */
  rooms: RoomService;
  settings: SettingsStore;
  mainWindow(): W | null;
}

/** Start the app. Resolves null when another instance holds the lock (this one quits). */
export async function boot<W extends WindowPort>(electron: ElectronPort<W>, env: BootEnv): Promise<Booted<W> | null> {
  const { app, BrowserWindow, dialog } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  await app.whenReady();
  const { devUrl } = env;
  const paths = {
    preload: path.join(env.mainDir, '../preload/index.cjs'),
    rendererIndex: path.join(env.mainDir, '../renderer/index.html'),
    devUrl,
  };
  const rendererRoot = rendererRootOf(paths.rendererIndex);
  hardenSession(electron.session.defaultSession, devUrl);
  app.on('web-contents-created', (_e, contents) => hardenContents(contents, rendererRoot, devUrl));

  const settings = new SettingsStore(path.join(app.getPath('userData'), 'settings.json'), defaultSettings(app.getLocale().startsWith('de') ? 'de' : 'en'));
  await settings.load();
  const session = new Session(env.session);
  const folder = path.join(app.getPath('documents'), 'Touchpoint Cube');
  const room = new Room();
  // room mode: every address (the Host check admits only the laptop's listed addresses);
  // out/main → out/phone, read with fs (works inside app.asar)
  const rooms = new RoomService({ session, staticDir: path.join(env.mainDir, '../phone'), host: '0.0.0.0' });
  let audience: AudienceWindows<W> | null = null;
  const send = (e: Parameters<typeof broadcast>[1]) => broadcast(BrowserWindow, e);
  const dialogs = electronDialogs(electron, folder, () => ({ filter: settings.get().language === 'de' ? 'Touchpoint-Workshop' : 'Touchpoint workshop' }));
  const api = createApi({
    session,
    settings,
    folder,
    examplePath: path.join(app.getAppPath(), 'resources', 'example.tpcube'),
    now: () => new Date(),
    info: { version: app.getVersion(), host: 'electron', platform: env.platform },
    emit: (e) => {
      send(e);
      if (e.type === 'settings.changed') audience?.update(); // the swap preference may have changed
    },
    room,
    rooms,
    // only the room's local join page ("test on this laptop"); never a URL from elsewhere
    openExternal: async (url) => {
      if (!/^http:\/\/127\.0\.0\.1:\d{1,5}\/[A-Za-z0-9_-]*$/.test(url)) throw new Error('openExternal: not the local join page');
      await electron.shell.openExternal(url);
    },
    dialogs,
    // the packaged app has the RunAsNode fuse off: child_process.fork cannot start a Node child there
    parseImport: utilityImportParser(electron.utilityProcess, path.join(env.mainDir, 'worker.js')),
  });
  session.on(send);
  registerIpc(electron.ipcMain, api, rendererRoot, devUrl);

  let win = createMainWindow(electron, paths, settings.get().windowBounds);
  const mainWindow = () => (win.isDestroyed() ? null : win);

  // Leaving (R6, R10): one flow at a time, shared by window close, quit and signals.
  let leaving: Promise<boolean> | null = null;
  const leave = (note?: string): Promise<boolean> => {
    leaving ??= readyToLeave(
      {
        session,
        language: () => settings.get().language,
        ask: async (options) => {
          const w = mainWindow();
          return (w ? await dialog.showMessageBox(w, options) : await dialog.showMessageBox(options)).response;
        },
        pickCopy: (name) => dialogs.saveWorkshop(name),
      },
      note,
    )
      .catch(async (e: unknown) => {
        // the question could not be shown: keep the work in the recovery folder, then let go
        const rescued = await writeRescueCopies(session, recoveryFolder(), new Date());
        env.log?.(`could not ask about unsaved changes (${e instanceof Error ? e.message : String(e)}); rescue copies: ${rescued.join(', ') || 'none'}`);
        return true;
      })
      .finally(() => {
        leaving = null;
      });
    return leaving;
  };
  const recoveryFolder = () => path.join(app.getPath('userData'), 'recovery');
  let quitting = false;
  const exitSaved = async () => {
    quitting = true;
    await session.closeAll();
    await rooms.closeAll(); // no socket outlives the app (a closed workshop already closed its room)
    app.exit(session.hasUnsaved() ? 1 : 0); // closeAll keeps what it could not write: say so
  };

  const released = new WeakSet<W>();
  const remember = (w: W) => {
    w.on('close', (e) => {
      if (released.has(w) || quitting) return;
      // held until every pending change is written, or the user chose what happens to it
      e.preventDefault();
      if (!w.isDestroyed()) void settings.setBounds(w.getNormalBounds());
      void leave().then((go) => {
        if (!go || w.isDestroyed()) return;
        released.add(w);
        w.close();
      });
    });
  };
  remember(win);

  // Running the room: the audience window on the beamer while presenting; one display = the
  // presenter's window goes full-screen and shows the audience view itself.
  audience = new AudienceWindows({
    electron,
    paths,
    presenter: mainWindow,
    swap: () => settings.get().swapDisplays,
    onOpenChange: (open) => room.set({ audienceWindow: open }),
    onClosedByUser: () => room.set({ presenting: false }),
  });
  let fullScreenByUs = false;
  room.on(() => {
    audience?.setPresenting(room.get().presenting);
    if (win.isDestroyed()) return;
    const r = room.get(); // read again: opening the audience window just changed the room
    const single = r.presenting && !r.audienceWindow;
    if (single && !win.isFullScreen()) {
      win.setFullScreen(true);
      fullScreenByUs = true;
    } else if (!single && fullScreenByUs) {
      fullScreenByUs = false;
      if (win.isFullScreen()) win.setFullScreen(false);
    }
  });
  const stopPresenting = () => room.set({ presenting: false });
  win.on('closed', stopPresenting);

  app.on('second-instance', () => {
    if (win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      win = createMainWindow(electron, paths, settings.get().windowBounds);
      remember(win);
      win.on('closed', stopPresenting);
    }
  });

  app.on('before-quit', (e) => {
    if (quitting) return;
    e.preventDefault();
    void leave().then((go) => (go ? exitSaved() : undefined));
  });

  // SIGTERM / SIGINT (logout, shutdown, Ctrl+C in a terminal): the same way out. Unsaved work
  // is first written to userData/recovery (the OS may kill the app while the question is
  // open), then asked about if a window can show the question; without one the app exits
  // with code 1 so whoever sent the signal sees that not everything was saved.
  let signalled = 0;
  const onSignal = async () => {
    signalled += 1;
    const recovery = recoveryFolder();
    if (signalled > 1) {
      await writeRescueCopies(session, recovery, new Date());
      app.exit(session.hasUnsaved() ? 1 : 0); // asked twice: stop waiting for an answer
      return;
    }
    await session.flushAll();
    if (!session.hasUnsaved()) return exitSaved();
    const rescued = await writeRescueCopies(session, recovery, new Date());
    for (const f of rescued) env.log?.(`unsaved changes written to ${f}`);
    if (!mainWindow()) {
      app.exit(1);
      return;
    }
    const go = await leave(translate(settings.get().language, 'leave.unsaved.rescued', { folder: recovery }));
    if (!go) {
      signalled = 0; // the user keeps working; the rescue copies stay
      return;
    }
    await Promise.all(rescued.map((f) => fs.rm(f, { force: true }))); // saved or discarded by choice
    await exitSaved();
  };
  env.onSignal?.('SIGTERM', () => void onSignal());
  env.onSignal?.('SIGINT', () => void onSignal());

  app.on('window-all-closed', () => {
    if (env.platform !== 'darwin') app.quit();
  });

  return { session, rooms, settings, mainWindow };
}
