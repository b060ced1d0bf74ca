/** The only way the renderer talks to main: `window.tpc`, set by the preload (or the harness bridge). */
import type { Api } from '../../../shared/ipc/contract';
import type { AppEvent } from '../../../shared/ipc/types';

export interface Bridge {
  api: Api;
  onEvent(callback: (event: AppEvent) => void): () => void;
}

declare global {
  interface Window {
    tpc?: Bridge;
  }
}

export function getBridge(): Bridge {
  const b = window.tpc;
  if (!b) throw new Error('The app bridge is missing: start the app through Electron or the test harness.');
  return b;
}
