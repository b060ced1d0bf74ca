/**
 * Electron main entry: hands the real `electron` module to the composition root (boot.ts).
 * Passing the objects here is also the type check that Electron's own types fit the port.
 * Everything that is not Electron-specific lives in services/ and runs in Node tests.
 */
import { app, BrowserWindow, dialog, ipcMain, screen, session, utilityProcess } from 'electron';
import { boot } from './electron/boot';

void boot<BrowserWindow>(
  { app, BrowserWindow, dialog, ipcMain, screen, session, utilityProcess },
  { mainDir: __dirname, devUrl: process.env['ELECTRON_RENDERER_URL'], platform: process.platform },
);
