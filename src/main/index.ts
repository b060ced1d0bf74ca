/**
 * Electron main entry: hands the real `electron` module to the composition root (boot.ts).
 * Passing the objects here is also the type check that Electron's own types fit the port
 * that the tests' fake implements (port.ts). Everything that is not Electron-specific lives
 * in services/ and runs in Node tests.
 */
import { app, BrowserWindow, dialog, ipcMain, screen, session, shell, utilityProcess } from 'electron';
import { boot } from './electron/boot';

boot<BrowserWindow>(
  { app, BrowserWindow, dialog, ipcMain, screen, session, shell, utilityProcess },
  {
    mainDir: __dirname,
    devUrl: process.env['ELECTRON_RENDERER_URL'],
    platform: process.platform,
    onSignal: (signal, handler) => process.on(signal, handler),
    log: (line) => process.stderr.write(`${line}\n`),
  },
).catch((e: unknown) => {
  // a start that failed half-way must not leave a process without a window
  process.stderr.write(`Touchpoint Cube could not start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  app.exit(1);
});
