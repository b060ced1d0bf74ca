/** The workspace window. (The audience window for a second display comes with the "run the room" issue.) */
import { BrowserWindow, screen } from 'electron';
import path from 'node:path';
import { secureWebPreferences } from './security';

export interface WindowPaths {
  preload: string;
  rendererIndex: string;
  devUrl: string | undefined;
}

export function createMainWindow(paths: WindowPaths, bounds: { x: number; y: number; width: number; height: number } | null): BrowserWindow {
  const visible = bounds && screen.getAllDisplays().some((d) => {
    const a = d.workArea;
    return bounds.x < a.x + a.width && bounds.x + bounds.width > a.x && bounds.y < a.y + a.height && bounds.y + bounds.height > a.y;
  });
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    ...(visible && bounds ? bounds : {}),
    show: false,
    backgroundColor: '#ffffff',
    title: 'Touchpoint Cube',
    webPreferences: secureWebPreferences(paths.preload),
  });
  win.once('ready-to-show', () => win.show());
  if (paths.devUrl) void win.loadURL(paths.devUrl);
  else void win.loadFile(paths.rendererIndex);
  return win;
}

export function rendererRootOf(rendererIndex: string): string {
  return path.dirname(rendererIndex);
}
