/**
 * Durable writes (R1): temp file in the same folder, fsync, rename over the target,
 * fsync of the folder. A crash at any moment leaves either the old or the new file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fail, ok, type AppError, type Result } from '../../../shared/result';
import { alive } from './lock';

/** The few file-system calls a durable write makes; node:fs by default, a power-loss simulator in tests. */
export interface DurableIo {
  open(file: string, flags: string, mode?: number): Promise<{ writeFile(data: string | Uint8Array): Promise<void>; sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
}

export async function writeFileDurable(file: string, data: string | Uint8Array, io: DurableIo = fs): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const handle = await io.open(tmp, 'w', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => {});
    await io.rm(tmp, { force: true }).catch(() => {});
    throw e;
  }
  await handle.close();
  try {
    await io.rename(tmp, file);
  } catch (e) {
    await io.rm(tmp, { force: true }).catch(() => {});
    throw e;
  }
  await syncDir(dir, io);
}

/** `.<target name>.<pid>.<time base36>.tmp`, as writeFileDurable names its temp files */
const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-z]+\.tmp$/;
/** a temp file this old is an orphan whoever wrote it: writes take seconds (pid reuse, other computers) */
const ORPHAN_AFTER_MS = 24 * 3600_000;
/** a dead writer's temp file is left alone this long, in case it is a write from another computer on a shared folder */
const DEAD_AFTER_MS = 60_000;

/**
 * Remove temp files that killed writes left in `dir`: the writer's pid is dead and the file
 * is over a minute old, or it is over a day old. `only` limits it to some targets' temps.
 * Best effort: returns the names removed.
 */
export async function removeDeadTemps(dir: string, only?: (targetName: string) => boolean, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || (only && !only(m[1]!))) continue;
    const pid = Number(m[2]);
    try {
      const age = now - (await fs.stat(path.join(dir, name))).mtimeMs;
      const dead = pid !== process.pid && !alive(pid);
      if ((dead && age > DEAD_AFTER_MS) || age > ORPHAN_AFTER_MS) {
        await fs.rm(path.join(dir, name), { force: true });
        removed.push(name);
      }
    } catch {
      /* gone meanwhile, or not ours to remove */
    }
  }
  return removed;
}

export async function syncDir(dir: string, io: DurableIo = fs): Promise<void> {
  // Not every platform lets a folder be fsync'd (Windows); the rename is still atomic there.
  let h: Awaited<ReturnType<DurableIo['open']>> | undefined;
  try {
    h = await io.open(dir, 'r');
    await h.sync();
  } catch {
    /* best effort */
  } finally {
    await h?.close().catch(() => {});
  }
}

export type FsErrorKind = 'readOnly' | 'diskFull' | 'gone' | 'busy' | 'other';

/** What a Node file-system error means for the user, whatever was being written. */
export function fsErrorKind(e: unknown): { kind: FsErrorKind; code: string | undefined; detail: string } {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const detail = e instanceof Error ? e.message : String(e);
  const kind: FsErrorKind =
    code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
      ? 'readOnly'
      : code === 'ENOSPC' || code === 'EDQUOT'
        ? 'diskFull'
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? 'gone'
          : code === 'EBUSY' || code === 'ETXTBSY'
            ? 'busy'
            : 'other';
  return { kind, code, detail };
}

/** Map a Node file-system error while saving a workshop to a message the user understands. */
export function storageError(e: unknown): AppError {
  const { kind, code, detail } = fsErrorKind(e);
  switch (kind) {
    case 'readOnly':
      return { code: 'error.storage.readOnly', detail };
    case 'diskFull':
      return { code: 'error.storage.diskFull', detail };
    case 'gone':
      return { code: 'error.storage.gone', detail };
    default:
      return { code: 'error.storage.failed', params: { detail: code ?? 'I/O' }, detail };
  }
}

export async function tryWrite(file: string, data: string | Uint8Array): Promise<Result<void>> {
  try {
    await writeFileDurable(file, data);
    return ok(undefined);
  } catch (e) {
    const err = storageError(e);
    return fail(err.code, err.params, err.detail);
  }
}
