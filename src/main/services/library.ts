/** The workshops folder (default Documents/Touchpoint Cube/): list, create, rename, duplicate, delete. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { serializeWorkshop } from '../../shared/model/migrations';
import { newId } from '../../shared/model/ids';
import { MAX_WORKSHOP_BYTES } from '../../shared/model/fileSize';
import type { Workshop } from '../../shared/model/schema';
import type { BackupInfo, LibraryItem } from '../../shared/ipc/types';
import { fail, ok, type Result } from '../../shared/result';
import { BACKUP_DIR, backupFolder, quarantinedName } from './storage/backups';
import { removeDeadTemps, writeFileDurable } from './storage/durable';
import { takeLock } from './storage/lock';
import { readWorkshop } from './storage/readWorkshop';

export const EXTENSION = '.tpcube';

export function slugify(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/ß/g, 'ss')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'workshop';
}

export async function freePath(folder: string, title: string): Promise<string> {
  const base = slugify(title);
  for (let i = 1; i < 10_000; i++) {
    const candidate = path.join(folder, `${base}${i === 1 ? '' : `-${i}`}${EXTENSION}`);
    try {
      await fs.access(candidate);
    } catch {
      return candidate;
    }
  }
  return path.join(folder, `${base}-${Date.now()}${EXTENSION}`);
}

/** What a listing shows of a file's content; `null` = it does not open as a workshop. */
type Summary = Pick<LibraryItem, 'title' | 'client' | 'date' | 'touchpoints'> | null;

/**
 * Listing reads each file once per version of it: the summary is kept under its path, size
 * and mtime, so a listing after a change parses only the changed file (a 50 MB workshop
 * took seconds and hundreds of MB on every listing). Bounded; oldest entries go first.
 */
const summaries = new Map<string, { size: number; mtimeMs: number; summary: Summary }>();
const MAX_CACHED = 1000;

async function summaryOf(file: string, size: number, mtimeMs: number): Promise<Summary> {
  const hit = summaries.get(file);
  if (hit && hit.size === size && hit.mtimeMs === mtimeMs) return hit.summary;
  let summary: Summary;
  try {
    const { doc } = await readWorkshop(file);
    summary = { title: doc.meta.title, client: doc.meta.client, date: doc.meta.date, touchpoints: doc.touchpoints.length };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw e;
    summary = null;
  }
  summaries.delete(file);
  summaries.set(file, { size, mtimeMs, summary });
  if (summaries.size > MAX_CACHED) summaries.delete(summaries.keys().next().value!);
  return summary;
}

/** The newest backup of `file` that opens, or null. Reads backups newest first and stops at the first good one. */
export async function newestGoodBackup(file: string): Promise<BackupInfo | null> {
  const dir = backupFolder(file);
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(EXTENSION)).sort().reverse();
  for (const n of names) {
    const p = path.join(dir, n);
    const st = await fs.stat(p).catch(() => null);
    if (!st || st.size > MAX_WORKSHOP_BYTES) continue;
    if (await summaryOf(p, st.size, st.mtimeMs).catch(() => null)) return { path: p, savedAt: st.mtime.toISOString() };
  }
  return null;
}

export async function describeFile(file: string): Promise<LibraryItem> {
  const st = await fs.stat(file);
  const fileName = path.basename(file);
  const base = { path: file, fileName, modified: st.mtime.toISOString(), size: st.size, client: '', date: '', touchpoints: 0 };
  const setAside = quarantinedName(fileName);
  if (setAside) {
    const original = path.join(path.dirname(file), setAside.original);
    const originalExists = await fs.stat(original).then(() => true, () => false);
    const backup = await newestGoodBackup(original);
    const title = path.basename(setAside.original, EXTENSION);
    return { ...base, title, damaged: true, problem: 'quarantined', recovery: { original, originalExists, setAsideAt: setAside.at, backup } };
  }
  const title = path.basename(file, EXTENSION);
  if (st.size > MAX_WORKSHOP_BYTES) return { ...base, title, damaged: false, problem: 'tooLarge' };
  const summary = await summaryOf(file, st.size, st.mtimeMs);
  if (!summary) return { ...base, title, damaged: true, problem: 'damaged' };
  return { ...base, ...summary, damaged: false, problem: null };
}

const listed = (n: string) => !n.startsWith('.') && (n.endsWith(EXTENSION) || quarantinedName(n)?.original.endsWith(EXTENSION) === true);

export async function listFolder(folder: string): Promise<LibraryItem[]> {
  await fs.mkdir(folder, { recursive: true });
  // the temp files of workshop saves that were killed (not the ones of a live instance)
  await removeDeadTemps(folder, (target) => target.endsWith(EXTENSION));
  const all = await fs.readdir(folder);
  await removeOrphanLocks(folder, all);
  const names = all.filter(listed);
  // one file after the other: at most one large file is in memory at a time
  const items: LibraryItem[] = [];
  for (const n of names) {
    const item = await describeFile(path.join(folder, n)).catch(() => null);
    if (item) items.push(item);
  }
  return items.sort((a, b) => b.modified.localeCompare(a.modified));
}

/**
 * Lock files beside no workshop: a crash while a file was renamed after its title (or while
 * one was created) left them. Only a lock whose owner is gone is removed (takeLock judges it).
 */
async function removeOrphanLocks(folder: string, names: string[]): Promise<void> {
  const present = new Set(names);
  for (const n of names) {
    if (!n.endsWith(`${EXTENSION}.lock`) || present.has(n.slice(0, -'.lock'.length))) continue;
    const taken = await takeLock(path.join(folder, n.slice(0, -'.lock'.length))).catch(() => null);
    if (taken?.ok) await taken.lock.release();
  }
}

/** A copy is a new workshop: new id, "(copy)" in the title. */
export function copyOf(w: Workshop, suffix: string): Workshop {
  return { ...w, id: newId('ws'), meta: { ...w.meta, title: `${w.meta.title} ${suffix}`.slice(0, 200) } };
}

export async function writeNew(file: string, w: Workshop): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileDurable(file, serializeWorkshop(w));
}

/**
 * Change a workshop file that this process does not have open: only with its lock, so an
 * instance that has it open (and would save over the change) makes us refuse instead.
 * A lock whose owner cannot be checked refuses too: "open anyway" is for opening only.
 */
export async function withFileLock<T>(file: string, change: () => Promise<T>): Promise<Result<T>> {
  const taken = await takeLock(file);
  if (!taken.ok) return fail('error.file.locked', { file: path.basename(file) });
  try {
    return ok(await change());
  } finally {
    await taken.lock.release();
  }
}

/** Delete = move into the backups folder, so a mistaken delete can be undone by hand. */
export async function moveToTrash(file: string, now: Date): Promise<string> {
  const dir = path.join(path.dirname(file), BACKUP_DIR, 'deleted');
  await fs.mkdir(dir, { recursive: true });
  const name = path.basename(file);
  const stem = name.endsWith(EXTENSION) ? name.slice(0, -EXTENSION.length) : name;
  const target = path.join(dir, `${stem}-${now.toISOString().replace(/[:.]/g, '-')}${EXTENSION}`);
  await fs.rename(file, target);
  return target;
}
