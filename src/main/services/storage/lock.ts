/**
 * One lock file per open workshop (R5): `<file>.lock` created exclusively. It names its
 * owner: pid, host, a random id of the owning process, and on Linux the boot and the
 * process start time, so a pid that a later process reuses is recognised as stale.
 * A lock whose owner cannot be checked (another computer, another OS without /proc)
 * blocks, but the caller may take it over on the user's explicit "open anyway".
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';

export interface FileLock {
  path: string;
  release(): Promise<void>;
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
  /** random id of the owning process (absent in locks of older versions) */
  instance?: string;
  /** Linux: /proc/sys/kernel/random/boot_id and the start time of the pid in clock ticks */
  boot?: string;
  started?: string;
}

/** Who holds a lock we could not take. */
export interface LockHolder {
  host: string;
  since: string;
  pid: number;
  /** this very process holds it (another window of the app, or a second Session) */
  self: boolean;
  /**
   * the holder is known to be alive: this process, or a live process on this computer
   * that started when the lock was written. Such a lock is never taken over.
   */
  verified: boolean;
}

export type LockAttempt = { ok: true; lock: FileLock } | { ok: false; holder: LockHolder };

/** Identifies this process even if a later process gets the same pid. */
export const INSTANCE_ID = randomBytes(12).toString('hex');

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // not Linux, or the process is gone
  }
}

function bootId(): string | undefined {
  return readProc('/proc/sys/kernel/random/boot_id')?.trim() || undefined;
}

/** Field 22 of /proc/<pid>/stat (start time after boot); the command name before it may contain spaces. */
export function processStart(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19];
}

/** Whether a process with this pid runs on this computer (it may be another one than expected). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownInfo(): LockInfo {
  return {
    pid: process.pid,
    host: os.hostname(),
    since: new Date().toISOString(),
    instance: INSTANCE_ID,
    boot: bootId(),
    started: processStart(process.pid),
  };
}

function parseInfo(text: string): LockInfo | null {
  try {
    const v = JSON.parse(text) as Partial<LockInfo> | null;
    if (!v || typeof v.pid !== 'number' || !Number.isInteger(v.pid) || v.pid <= 0 || typeof v.host !== 'string') return null;
    return {
      pid: v.pid,
      host: v.host,
      since: typeof v.since === 'string' ? v.since : '',
      instance: typeof v.instance === 'string' ? v.instance : undefined,
      boot: typeof v.boot === 'string' ? v.boot : undefined,
      started: typeof v.started === 'string' ? v.started : undefined,
    };
  } catch {
    return null;
  }
}

/** 'stale': the owner is gone (take it over); otherwise who holds it. */
export function judge(h: LockInfo): 'stale' | LockHolder {
  const holder = (verified: boolean, self = false): LockHolder => ({ host: h.host, since: h.since, pid: h.pid, self, verified });
  if (h.host !== os.hostname()) return holder(false); // another computer: its processes cannot be checked from here
  if (h.instance === INSTANCE_ID) return holder(true, true);
  if (h.pid === process.pid) return 'stale'; // our pid, another process: its owner died and the pid came round to us
  const boot = bootId();
  if (h.boot && boot && h.boot !== boot) return 'stale'; // written before the last restart
  if (!alive(h.pid)) return 'stale';
  const started = processStart(h.pid);
  if (h.started && started) return h.started === started ? holder(true) : 'stale'; // same pid, later process: reused
  return holder(false); // alive, but nothing tells whether it is still the owner
}

/**
 * Take the lock of `file`. `force` takes over a lock whose owner cannot be checked
 * (never one held by a live process on this computer); the caller asks the user first.
 */
export async function takeLock(file: string, opts: { force?: boolean } = {}): Promise<LockAttempt> {
  const lockPath = `${file}.lock`;
  let forcedText: string | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(lockPath, JSON.stringify(ownInfo()), { flag: 'wx' });
      return { ok: true, lock: { path: lockPath, release: () => fs.rm(lockPath, { force: true }) } };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        // A read-only folder cannot hold a lock; the file can still be opened (and not saved).
        return { ok: true, lock: { path: lockPath, release: async () => {} } };
      }
    }
    let text = '';
    try {
      text = await fs.readFile(lockPath, 'utf8');
    } catch {
      continue; // removed meanwhile: try again
    }
    const info = parseInfo(text);
    const verdict = info ? judge(info) : 'stale'; // unreadable lock: treat as stale
    if (verdict !== 'stale') {
      // force only ever removes the very lock the user was told about, once
      const mayForce = opts.force && !verdict.verified && (forcedText === null || forcedText === text) && attempt < 2;
      if (!mayForce) return { ok: false, holder: verdict };
      forcedText = text;
    }
    // Remove only what we judged; a narrow race with another taker remains, the exclusive create decides.
    const now = await fs.readFile(lockPath, 'utf8').catch(() => null);
    if (now === text) await fs.rm(lockPath, { force: true });
  }
  const info = parseInfo(await fs.readFile(lockPath, 'utf8').catch(() => ''));
  return { ok: false, holder: info ? { host: info.host, since: info.since, pid: info.pid, self: false, verified: true } : { host: '', since: '', pid: 0, self: false, verified: true } };
}

/** The lock, or null when someone else holds it (callers that offer no "open anyway"). */
export async function acquireLock(file: string): Promise<FileLock | null> {
  const r = await takeLock(file);
  return r.ok ? r.lock : null;
}
