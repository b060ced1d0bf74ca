import type { Dialogs } from '../services/api';
import type { ElectronPort, WindowPort } from './port';

/** The native file dialogs, attached to the focused window when there is one. */
export function electronDialogs<W extends WindowPort>(electron: Pick<ElectronPort<W>, 'dialog' | 'BrowserWindow'>, folder: string, labels: () => { filter: string }): Dialogs {
  const { dialog, BrowserWindow } = electron;
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
