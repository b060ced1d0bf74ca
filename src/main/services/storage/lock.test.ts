/**
 * R5 locks that no longer block for good: a pid that a later process reuses, a lock from
 * another computer, a lock of our own pid left by an earlier process. A live owner on
 * this computer keeps its lock, whatever the caller asks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newWorkshop } from '../../../shared/model/defaults';
import { serializeWorkshop } from '../../../shared/model/migrations';
import { createApi } from '../api';
import { Session } from '../session';
import { SettingsStore } from '../settings';
import { INSTANCE_ID, processStart, takeLock } from './lock';
import { tempDir } from '../testing/tempDir';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** A live process that is not the lock's owner: its pid stands for a reused one. */
async function liveStranger(): Promise<number> {
  const c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(c);
  await new Promise((r) => c.once('spawn', r));
  return c.pid!;
}

const boot = () => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
const onLinux = process.platform === 'linux';

async function workshopWithLock(lock: object) {
  const dir = tempDir('tpc-lock-');
  const file = path.join(dir, 'w.tpcube');
  await fs.writeFile(file, serializeWorkshop(newWorkshop({ title: 'Gesperrt', language: 'de', now: new Date('2026-11-23T10:00:00Z') })));
  await fs.writeFile(`${file}.lock`, JSON.stringify(lock));
  return { dir, file };
}

const ownLock = async (file: string) => JSON.parse(await fs.readFile(`${file}.lock`, 'utf8')) as { instance: string; pid: number };

describe('locks whose owner is gone or cannot be checked', () => {
  it.runIf(onLinux)('takes over a lock whose pid now belongs to a later process (start time differs)', async () => {
    const pid = await liveStranger();
    const { file } = await workshopWithLock({ pid, host: os.hostname(), since: '2026-11-20T08:00:00.000Z', instance: 'earlier-run', boot: boot(), started: '1' });
    const r = await new Session().open(file);
    expect(r.ok && r.value.kind).toBe('opened');
    expect(await ownLock(file)).toMatchObject({ instance: INSTANCE_ID, pid: process.pid });
  });

  it.runIf(onLinux)('takes over a lock written before the computer restarted', async () => {
    const pid = await liveStranger();
    const { file } = await workshopWithLock({ pid, host: os.hostname(), since: '', instance: 'x', boot: 'another-boot', started: processStart(pid) });
    expect((await takeLock(file)).ok).toBe(true);
  });

  it('takes over a lock with our own pid that another process wrote', async () => {
    const { file } = await workshopWithLock({ pid: process.pid, host: os.hostname(), since: '', instance: 'container-restart' });
    expect((await takeLock(file)).ok).toBe(true);
  });

  it.runIf(onLinux)('never takes the lock of a live owner on this computer, not even when forced', async () => {
    const pid = await liveStranger();
    const lock = { pid, host: os.hostname(), since: '2026-11-23T08:00:00.000Z', instance: 'other', boot: boot(), started: processStart(pid) };
    const { file } = await workshopWithLock(lock);
    const r = await takeLock(file, { force: true });
    expect(r).toMatchObject({ ok: false, holder: { verified: true, pid } });
    expect(await new Session().open(file)).toMatchObject({ ok: false, error: { code: 'error.file.locked' } });
    expect(JSON.parse(await fs.readFile(`${file}.lock`, 'utf8'))).toEqual(lock);
  });

  it('tells who holds a lock from another computer, and opens anyway only when asked', async () => {
    const data = tempDir('tpc-lock-api-');
    const { file } = await workshopWithLock({ pid: 4242, host: 'beamer-laptop', since: '2026-11-23T08:00:00.000Z', instance: 'theirs' });
    const session = new Session();
    const api = createApi({
      session,
      settings: new SettingsStore(path.join(data, 'settings.json')),
      folder: path.dirname(file),
      examplePath: '',
      now: () => new Date(),
      info: { version: 'test', host: 'harness', platform: 'linux' },
    });
    expect(await api.call('library.open', { path: file })).toEqual({
      ok: true,
      value: { kind: 'elsewhere', file, host: 'beamer-laptop', since: '2026-11-23T08:00:00.000Z' },
    });
    expect(JSON.parse(await fs.readFile(`${file}.lock`, 'utf8'))).toMatchObject({ host: 'beamer-laptop' });
    expect(await api.call('library.open', { path: file, force: 'yes' })).toMatchObject({ ok: false, error: { code: 'error.ipc.badRequest' } });
    const r = await api.call('library.open', { path: file, force: true });
    expect(r).toMatchObject({ ok: true, value: { kind: 'opened' } });
    expect(await ownLock(file)).toMatchObject({ instance: INSTANCE_ID });
    await session.closeAll();
  });

  it('offers "open anyway" for a lock of an older version whose live pid cannot be checked', async () => {
    const pid = await liveStranger();
    const { file } = await workshopWithLock({ pid, host: os.hostname(), since: '2026-11-23T08:00:00.000Z' });
    const r = await new Session().open(file);
    expect(r).toMatchObject({ ok: true, value: { kind: 'elsewhere', host: os.hostname() } });
    const forced = new Session();
    expect(await forced.open(file, { force: true })).toMatchObject({ ok: true, value: { kind: 'opened' } });
    await forced.closeAll();
  });

  it('a second session in the same process is refused, even when forced', async () => {
    const { file } = await workshopWithLock({});
    await fs.rm(`${file}.lock`);
    const a = new Session();
    expect((await a.open(file)).ok).toBe(true);
    expect(await new Session().open(file, { force: true })).toMatchObject({ ok: false, error: { code: 'error.file.locked' } });
    await a.closeAll();
  });
});
