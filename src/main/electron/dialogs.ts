import { BrowserWindow, dialog } from 'electron';
import type { Dialogs } from '../services/api';

export function electronDialogs(folder: string, labels: () => { filter: string }): Dialogs {
  const parent = () => BrowserWindow.getFocusedWindow() ?? undefined;
  return {
    async openWorkshop() {
      const opts = { defaultPath: folder, properties: ['openFile' as const], filters: [{ name: labels().filter, extensions: ['tpcube'] }] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async saveWorkshop(defaultName: string) {
      const opts = { defaultPath: defaultName, filters: [{ name: labels().filter, extensions: ['tpcube'] }] };
      const w = parent();
      const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async saveFile(defaultName: string, filterName: string, extensions: string[]) {
      const opts = { defaultPath: defaultName, filters: [{ name: filterName, extensions }] };
      const w = parent();
      const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}
