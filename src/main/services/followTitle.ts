/**
 * The workshop file follows its title (issue 15). The caller holds the lock of `file`; the
 * move is: take the lock of the new name, one fs.rename in the same folder, fsync of the
 * folder, release the old lock, move the backups. A crash at any point leaves the workshop
 * whole under exactly one of the two names (the rename is atomic), with at most a stale
 * lock file beside it that the next opener takes over (lock.ts judges dead owners).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SessionEvent } from '../../shared/ipc/types';
import { serializeWorkshop } from '../../shared/model/migrations';
import type { Workshop } from '../../shared/model/schema';
import { fail, ok, type Result } from '../../shared/result';
import { EXTENSION, slugify } from './library';
import { backupFolder } from './storage/backups';
import { storageError, syncDir, writeFileDurable } from './storage/durable';
import { takeLock, type FileLock } from './storage/lock';
import { readWorkshop } from './storage/readWorkshop';
import type { WorkshopFile } from './storage/workshopFile';

/** the steps of a move, for fault-injection tests (a hook may kill the process before one) */
export type MoveStep = 'lockNew' | 'rename' | 'releaseOld' | 'backups';

export interface MoveHooks {
  before?(step: MoveStep): void | Promise<void>;
}

/** The name stem the title gives (the rule of create), or null when it gives none (only punctuation). */
export function titleStem(title: string): string | null {
  const s = slugify(title);
  // slugify falls back to "workshop" for a title without letters or digits
  return s === 'workshop' && !/[A-Za-z0-9]/.test(title.normalize('NFKD')) ? null : s;
}

/** Whether the file's name already is the title's ("Neuwagen.tpcube", or "Neuwagen-2.tpcube" after a collision). */
export function nameFits(file: string, stem: string): boolean {
  const current = path.basename(file, EXTENSION).toLowerCase();
  const wanted = stem.toLowerCase();
  // case only: case-insensitive file systems (Windows, macOS) would see the same name
  return current === wanted || (current.startsWith(`${wanted}-`) && /^\d+$/.test(current.slice(wanted.length + 1)));
}

const exists = (p: string) => fs.stat(p).then(() => true, () => false);

/** The first free name for `stem` in `dir`, with its lock taken (a stale lock of a crashed move is taken over). */
async function claimFree(dir: string, stem: string, self: string): Promise<{ path: string; lock: FileLock }> {
  for (let i = 1; i < 1000; i++) {
    const candidate = path.join(dir, `${stem}${i === 1 ? '' : `-${i}`}${EXTENSION}`);
    if (candidate === self || (await exists(candidate))) continue;
    const taken = await takeLock(candidate);
    if (!taken.ok) continue; // another instance is creating a workshop there
    if (await exists(candidate)) {
      await taken.lock.release();
      continue;
    }
    return { path: candidate, lock: taken.lock };
  }
  throw Object.assign(new Error('no free file name'), { code: 'EEXIST' });
}

/** Move the backups folder with the file; best effort (a backup left behind is still a file a user can open). */
async function moveBackups(from: string, to: string): Promise<void> {
  const src = backupFolder(from);
  const dst = backupFolder(to);
  const names = await fs.readdir(src).catch(() => null);
  if (!names) return;
  try {
    await fs.rename(src, dst);
    return;
  } catch {
    /* the target folder exists (backups of a deleted workshop of that name): move file by file */
  }
  await fs.mkdir(dst, { recursive: true }).catch(() => {});
  for (const n of names) await fs.rename(path.join(src, n), path.join(dst, n)).catch(() => {});
  await fs.rmdir(src).catch(() => {});
}

/**
 * Move `file` (whose lock is `lock`) to the name its title gives. Returns the new place and
 * its lock, or null when the name already fits or the title gives none. Throws the
 * file-system error when the file cannot be renamed; then nothing has changed.
 */
export async function moveWithTitle(file: string, title: string, lock: FileLock, hooks: MoveHooks = {}): Promise<{ path: string; lock: FileLock } | null> {
  const stem = titleStem(title);
  if (!stem || nameFits(file, stem)) return null;
  await hooks.before?.('lockNew');
  const target = await claimFree(path.dirname(file), stem, file);
  try {
    await hooks.before?.('rename');
    await fs.rename(file, target.path);
  } catch (e) {
    await target.lock.release();
    throw e;
  }
  await syncDir(path.dirname(file));
  await hooks.before?.('releaseOld');
  await lock.release();
  await hooks.before?.('backups');
  await moveBackups(file, target.path);
  return target;
}

/**
 * Rename a workshop this process does not have open (the library's "Rename"): under its
 * lock, write the new title, then move the file after it. Answers the file's place now.
 * A file that cannot be renamed keeps its new title under the old name, and says so.
 */
export async function retitleClosed(file: string, title: string): Promise<Result<string>> {
  const taken = await takeLock(file);
  if (!taken.ok) return fail('error.file.locked', { file: path.basename(file) });
  let held = taken.lock;
  try {
    const { doc } = await readWorkshop(file);
    await writeFileDurable(file, serializeWorkshop({ ...doc, meta: { ...doc.meta, title } }));
    try {
      const moved = await moveWithTitle(file, title, held);
      if (!moved) return ok(file);
      held = moved.lock;
      return ok(moved.path);
    } catch (e) {
      return fail('error.file.renameFailed', { file: path.basename(file) }, storageError(e).detail);
    }
  } finally {
    await held.release();
  }
}

/** What of an open document the rename after its title reads and changes (Session's OpenDoc). */
export interface Moving {
  docId: string;
  doc: Workshop;
  file: WorkshopFile;
  lock: FileLock;
  /** the rename of the file after its title, while it runs (flush and close wait for it) */
  moving: Promise<void> | null;
  /** a failed rename was reported once: later failures keep quiet (the message says what to do) */
  renameReported: boolean;
  /**
   * The file's name is the app's (the title's, as create gives it), so it follows the title.
   * False for a name chosen by hand: in "Save a copy as…", or renamed outside the app
   * (`followsTitleAt`); the library's "Rename" sets it again (ADR 0010).
   */
  followsTitle: boolean;
}

/** Whether a file opened at `file` with `title` has the app's name, and so follows its title. */
export function followsTitleAt(file: string, title: string): boolean {
  const stem = titleStem(title);
  return stem === null || nameFits(file, stem);
}

/**
 * Rename an open document's file after its title, between saves (WorkshopFile.exclusive),
 * with the lock moved along; queued behind a rename still running. `isOpen` tells whether
 * the session still has it (closed or discarded meanwhile: nothing moves, no lock is kept).
 */
export function followTitle(d: Moving, ctx: { isOpen: () => boolean; hooks?: MoveHooks; emit: (e: SessionEvent) => void }): void {
  const run = (d.moving ?? Promise.resolve()).then(() =>
    d.file.exclusive(async () => {
      if (!ctx.isOpen() || !d.followsTitle) return;
      const from = d.file.path;
      try {
        const moved = await moveWithTitle(from, d.doc.meta.title, d.lock, ctx.hooks);
        if (!moved) return;
        if (!ctx.isOpen()) return void (await moved.lock.release());
        d.file.moveTo(moved.path);
        d.lock = moved.lock;
        ctx.emit({ type: 'doc.moved', docId: d.docId, path: moved.path, from });
      } catch (e) {
        if (d.renameReported) return;
        d.renameReported = true;
        ctx.emit({ type: 'doc.renameFailed', docId: d.docId, error: { code: 'error.file.renameFailed', params: { file: path.basename(from) }, detail: storageError(e).detail } });
      }
    }),
  );
  d.moving = run;
  void run.finally(() => {
    if (d.moving === run) d.moving = null;
  });
}
