/** Routes the contract's channels from ipcMain to the shared API, after checking the sender (S4). */
import { CHANNELS, EVENT_CHANNEL, INVOKE_PREFIX } from '../../shared/ipc/contract';
import type { AppEvent } from '../../shared/ipc/types';
import { fail } from '../../shared/result';
import type { ApiRouter } from '../services/api';
import type { IpcMainPort, WindowPort } from './port';
import { isTrustedSender } from './security';

export function registerIpc(ipcMain: IpcMainPort, api: ApiRouter, rendererRoot: string, devUrl: string | undefined): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(INVOKE_PREFIX + channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame, rendererRoot, devUrl)) return fail('error.ipc.forbidden');
      return api.call(channel, payload);
    });
  }
}

export function broadcast(windows: { getAllWindows(): WindowPort[] }, event: AppEvent): void {
  for (const win of windows.getAllWindows()) {
    if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event);
  }
}
