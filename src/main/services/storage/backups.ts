/**
 * Rotating backups beside the workshop file (R1, R3): `<dir>/.backups/<name>/<stamp>.tpcube`,
 * the newest `keep` versions kept. Corrupt files are quarantined, never deleted.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileDurable } from './durable';
import { parseWorkshopText } from '../../../shared/model/migrations';
import { readWorkshop } from './readWorkshop';

export const BACKUP_DIR = '.backups';
export const KEEP_BACKUPS = 10;

export function backupFolder(file: string): string {
  return path.join(path.dirname(file), BACKUP_DIR, path.basename(file, path.extname(file)));
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

/**
 * Write a backup of `text`, rotating the oldest away. Only a document that opens becomes a
 * backup (it throws otherwise): recovery must never offer, or rotate good versions out for,
 * a file the app refuses.
 */
export async function writeBackup(file: string, text: string, now: Date, keep = KEEP_BACKUPS): Promise<string> {
  parseWorkshopText(text);
  const dir = backupFolder(file);
  await fs.mkdir(dir, { recursive: true });
  const target = path.join(dir, `${stamp(now)}.tpcube`);
  await writeFileDurable(target, text);
  const all = (await fs.readdir(dir)).filter((n) => n.endsWith('.tpcube')).sort();
  for (const old of all.slice(0, Math.max(0, all.length - keep))) await fs.rm(path.join(dir, old), { force: true });
  return target;
}

export interface BackupInfo {
  path: string;
  savedAt: string;
}

/** Backups that open cleanly, newest first. */
export async function goodBackups(file: string): Promise<BackupInfo[]> {
  const dir = backupFolder(file);
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith('.tpcube')).sort().reverse();
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const n of names) {
    const p = path.join(dir, n);
    try {
      const { mtimeMs } = await readWorkshop(p);
      out.push({ path: p, savedAt: new Date(mtimeMs).toISOString() });
    } catch {
      /* a bad backup is skipped */
    }
  }
  return out;
}

/** Keep a damaged file under a new name next to it; returns the new path. The caller holds the file's lock. */
export async function quarantine(file: string, now: Date): Promise<string> {
  const target = `${file}.damaged-${stamp(now)}`;
  await fs.rename(file, target);
  return target;
}

const QUARANTINED = /^(.+)\.damaged-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/;

/** For a name quarantine() gave: the original file name and when it was set aside; null otherwise. */
export function quarantinedName(name: string): { original: string; at: string } | null {
  const m = QUARANTINED.exec(name);
  if (!m) return null;
  return { original: m[1]!, at: `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z` };
}
