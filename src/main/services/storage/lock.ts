/**
 * One lock file per open workshop (R5): `<file>.lock` created exclusively, holding the
 * owner's pid. A lock whose process is gone (crash, kill -9) is stale and taken over.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';

export interface FileLock {
  path: string;
  release(): Promise<void>;
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireLock(file: string): Promise<FileLock | null> {
  const lockPath = `${file}.lock`;
  const info: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(lockPath, JSON.stringify(info), { flag: 'wx' });
      return {
        path: lockPath,
        release: async () => {
          await fs.rm(lockPath, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        // A read-only folder cannot hold a lock; the file can still be opened (and not saved).
        return { path: lockPath, release: async () => {} };
      }
      let holder: LockInfo | null = null;
      try {
        holder = JSON.parse(await fs.readFile(lockPath, 'utf8')) as LockInfo;
      } catch {
        holder = null; // unreadable lock: treat as stale
      }
      const sameHost = holder?.host === os.hostname();
      if (holder && sameHost && holder.pid === process.pid) return null; // we hold it already: caller must reuse
      if (holder && (!sameHost || alive(holder.pid))) return null;
      await fs.rm(lockPath, { force: true });
    }
  }
  return null;
}
