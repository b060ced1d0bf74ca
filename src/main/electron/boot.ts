/**
 * The composition root of the Electron app: lifecycle, one instance, secure windows, IPC to
 * the shared services. It takes the `electron` module as a port (port.ts), so boot.test.ts
 * runs it against a recording fake; src/main/index.ts passes the real module.
 */
import path from 'node:path';
import { createApi } from '../services/api';
import { Room } from '../services/room';
import { Session, type SessionOptions } from '../services/session';
import { SettingsStore, defaultSettings } from '../services/settings';
import { broadcast, registerIpc } from './ipc';
import { electronDialogs } from './dialogs';
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
}

export interface Booted<W extends WindowPort> {
  session: Session;
  settings: SettingsStore;
  mainWindow(): W | null;
}

/** Start the app. Resolves null when another instance holds the lock (this one quits). */
export async function boot<W extends WindowPort>(electron: ElectronPort<W>, env: BootEnv): Promise<Booted<W> | null> {
  const { app, BrowserWindow } = electron;
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
  let audience: AudienceWindows<W> | null = null;
  const send = (e: Parameters<typeof broadcast>[1]) => broadcast(BrowserWindow, e);
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
    dialogs: electronDialogs(electron, folder, () => ({ filter: settings.get().language === 'de' ? 'Touchpoint-Workshop' : 'Touchpoint workshop' })),
  });
  session.on(send);
  registerIpc(electron.ipcMain, api, rendererRoot, devUrl);

  let win = createMainWindow(electron, paths, settings.get().windowBounds);
  const remember = (w: W) => {
    w.on('close', () => {
      if (!w.isDestroyed()) void settings.setBounds(w.getNormalBounds());
      void session.flushAll(); // R6: pending changes are written before the window goes
    });
  };
  remember(win);

  // Running the room: the audience window on the beamer while presenting; one display = the
  // presenter's window goes full-screen and shows the audience view itself.
  audience = new AudienceWindows({
    electron,
    paths,
    presenter: () => (win.isDestroyed() ? null : win),
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

  let quitting = false;
  app.on('before-quit', (e) => {
    if (quitting) return;
    e.preventDefault();
    quitting = true;
    void session.closeAll().finally(() => app.exit(0));
  });

  app.on('window-all-closed', () => {
    if (env.platform !== 'darwin') app.quit();
  });

  return { session, settings, mainWindow: () => (win.isDestroyed() ? null : win) };
}
