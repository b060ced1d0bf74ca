/**
 * The typed bridge (sandboxed, context-isolated). It exposes exactly the contract's
 * channels as `window.tpc.api` plus one event subscription, and nothing else:
 * no ipcRenderer, no Node, no generic invoke.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, EVENT_CHANNEL, INVOKE_PREFIX } from '../shared/ipc/channels';

const api: Record<string, (req?: unknown) => Promise<unknown>> = {};
for (const channel of CHANNEL_NAMES) {
  api[channel] = (req?: unknown) => ipcRenderer.invoke(INVOKE_PREFIX + channel, req ?? {});
}

const bridge = Object.freeze({
  api: Object.freeze(api),
  onEvent(callback: (event: unknown) => void): () => void {
    if (typeof callback !== 'function') return () => {};
    const listener = (_e: IpcRendererEvent, payload: unknown) => callback(payload);
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
});

contextBridge.exposeInMainWorld('tpc', bridge);
