/**
 * Electron main entry: lifecycle, one instance, secure windows, IPC to the shared services.
 * Everything that is not Electron-specific lives in services/ and runs in Node tests.
 */
import { app, BrowserWindow, session as electronSession } from 'electron';
import path from 'node:path';
import { createApi } from './services/api';
import { Room } from './services/room';
import { Session } from './services/session';
import { SettingsStore, defaultSettings } from './services/settings';
import { broadcast, registerIpc } from './electron/ipc';
import { electronDialogs } from './electron/dialogs';
import { hardenContents, hardenSession } from './electron/security';
import { AudienceWindows, createMainWindow, rendererRootOf } from './electron/windows';

const devUrl = process.env['ELECTRON_RENDERER_URL'];

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start() {
  await app.whenReady();
  const paths = {
    preload: path.join(__dirname, '../preload/index.cjs'),
    rendererIndex: path.join(__dirname, '../renderer/index.html'),
    devUrl,
  };
  const rendererRoot = rendererRootOf(paths.rendererIndex);
  hardenSession(electronSession.defaultSession, devUrl);
  app.on('web-contents-created', (_e, contents) => hardenContents(contents, rendererRoot, devUrl));

  const settings = new SettingsStore(path.join(app.getPath('userData'), 'settings.json'), defaultSettings(app.getLocale().startsWith('de') ? 'de' : 'en'));
  await settings.load();
  const session = new Session();
  const folder = path.join(app.getPath('documents'), 'Touchpoint Cube');
  const room = new Room();
  let audience: AudienceWindows | null = null;
  const api = createApi({
    session,
    settings,
    folder,
    examplePath: path.join(app.getAppPath(), 'resources', 'example.tpcube'),
    now: () => new Date(),
    info: { version: app.getVersion(), host: 'electron', platform: process.platform },
    emit: (e) => {
      broadcast(e);
      if (e.type === 'settings.changed') audience?.update(); // the swap preference may have changed
    },
    room,
    dialogs: electronDialogs(folder, () => ({ filter: settings.get().language === 'de' ? 'Touchpoint-Workshop' : 'Touchpoint workshop' })),
  });
  session.on(broadcast);
  registerIpc(api, rendererRoot, devUrl);

  let win = createMainWindow(paths, settings.get().windowBounds);
  const remember = (w: BrowserWindow) => {
    w.on('close', () => {
      if (!w.isDestroyed()) void settings.setBounds(w.getNormalBounds());
      void session.flushAll(); // R6: pending changes are written before the window goes
    });
  };
  remember(win);

  // Running the room: the audience window on the beamer while presenting; one display = the
  // presenter's window goes full-screen and shows the audience view itself.
  audience = new AudienceWindows({
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
      win = createMainWindow(paths, settings.get().windowBounds);
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
    if (process.platform !== 'darwin') app.quit();
  });
}
