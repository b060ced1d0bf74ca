import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Session } from '../session';
import { RoomService } from './index';
import { roomDoc } from './testkit';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

async function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tpc-room-svc-'));
  const session = new Session({ debounceMs: 10 });
  const created = await session.create(path.join(dir, 'w.tpcube'), roomDoc());
  if (!created.ok || created.value.kind !== 'opened') throw new Error('create failed');
  const service = new RoomService({
    session,
    staticDir: null,
    host: '127.0.0.1',
    addresses: async () => [
      { address: '127.0.0.1', iface: 'lo-test', defaultRoute: true },
      { address: '127.0.0.2', iface: 'alt', defaultRoute: false },
    ],
  });
  cleanup = async () => {
    await service.closeAll();
    await session.closeAll();
    rmSync(dir, { recursive: true, force: true });
  };
  return { service, session, docId: created.value.state.docId };
}

describe('room service', () => {
  it('opens with the best address in the QR code, lets the facilitator switch, closes', async () => {
    const { service, docId } = await setup();
    const join = await service.open(docId);
    expect(join.address).toBe('127.0.0.1');
    expect(join.joinUrl).toBe(`http://127.0.0.1:${join.info.port}/${join.info.secret}`);
    expect(join.shortUrl).toBe(`http://127.0.0.1:${join.info.port}`);
    expect(join.qrSvg?.startsWith('<svg')).toBe(true);
    const switched = await service.setAddress('127.0.0.2');
    expect(switched?.joinUrl).toBe(`http://127.0.0.2:${join.info.port}/${join.info.secret}`);
    expect(service.current()?.isOpen).toBe(true);
    await service.close();
    expect(service.current()).toBeNull();
  });

  it('forgets the room when its workshop closes', async () => {
    const { service, session, docId } = await setup();
    const events: string[] = [];
    service.on((e) => events.push(e.type));
    await service.open(docId);
    await session.close(docId);
    await expect.poll(() => service.current()).toBeNull();
    expect(events).toContain('room.closed');
  });
});
