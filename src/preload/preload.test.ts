/** S4: the preload exposes exactly the contract, nothing else (snapshot of the surface). */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));
const on = vi.fn();
const removeListener = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke: (...a: unknown[]) => invoke(...a), on: (...a: unknown[]) => on(...a), removeListener: (...a: unknown[]) => removeListener(...a) },
}));

beforeEach(async () => {
  await import('./index');
});

describe('preload bridge', () => {
  it('exposes only window.tpc with the contract channels and onEvent', async () => {
    const { CHANNELS } = await import('../shared/ipc/contract');
    expect(Object.keys(exposed)).toEqual(['tpc']);
    const tpc = exposed['tpc'] as { api: Record<string, unknown>; onEvent: unknown };
    expect(Object.keys(tpc).sort()).toEqual(['api', 'onEvent']);
    expect(Object.keys(tpc.api).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(tpc.api).sort()).toMatchSnapshot();
    expect(Object.isFrozen(tpc) && Object.isFrozen(tpc.api)).toBe(true);
  });

  it('routes each channel to its own prefixed IPC name and nothing else', async () => {
    const tpc = exposed['tpc'] as { api: Record<string, (r?: unknown) => Promise<unknown>>; onEvent: (cb: (e: unknown) => void) => () => void };
    await tpc.api['doc.undo']!({ docId: 'doc1' });
    expect(invoke).toHaveBeenLastCalledWith('tpc:doc.undo', { docId: 'doc1' });
    const off = tpc.onEvent(() => {});
    expect(on).toHaveBeenCalledWith('tpc:event', expect.any(Function));
    off();
    expect(removeListener).toHaveBeenCalled();
  });
});
