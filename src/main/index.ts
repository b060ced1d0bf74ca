/**
 * Electron main entry: lifecycle, one instance, secure windows, IPC to the shared services.
 * Everything that is not Electron-specific lives in services/ and runs in Node tests.
 */
import { app, BrowserWindow, session as electronSession } from 'electron';
import path from 'node:path';
import { createApi } from './services/api';
import { Session } from './services/session';
import { SettingsStore, defaultSettings } from './services/settings';
import { broadcast, registerIpc } from './electron/ipc';
import { electronDialogs } from './electron/dialogs';
import { hardenContents, hardenSession } from './electron/security';
import { createMainWindow, rendererRootOf } from './electron/windows';

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
  const api = createApi({
    session,
    settings,
    folder,
    examplePath: path.join(app.getAppPath(), 'resources', 'example.tpcube'),
    now: () => new Date(),
    info: { version: app.getVersion(), host: 'electron', platform: process.platform },
    emit: broadcast,
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
  app.on('second-instance', () => {
    if (win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      win = createMainWindow(paths, settings.get().windowBounds);
      remember(win);
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
