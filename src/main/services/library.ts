/** The workshops folder (default Documents/Touchpoint Cube/): list, create, rename, duplicate, delete. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseWorkshopText, serializeWorkshop } from '../../shared/model/migrations';
import { newId } from '../../shared/model/ids';
import type { Workshop } from '../../shared/model/schema';
import type { LibraryItem } from '../../shared/ipc/types';
import { BACKUP_DIR } from './storage/backups';
import { writeFileDurable } from './storage/durable';

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

export async function describeFile(file: string): Promise<LibraryItem> {
  const st = await fs.stat(file);
  const base = { path: file, fileName: path.basename(file), modified: st.mtime.toISOString() };
  try {
    const w = parseWorkshopText(await fs.readFile(file, 'utf8'));
    return { ...base, title: w.meta.title, client: w.meta.client, date: w.meta.date, touchpoints: w.touchpoints.length, damaged: false };
  } catch {
    return { ...base, title: path.basename(file, EXTENSION), client: '', date: '', touchpoints: 0, damaged: true };
  }
}

export async function listFolder(folder: string): Promise<LibraryItem[]> {
  await fs.mkdir(folder, { recursive: true });
  const names = (await fs.readdir(folder)).filter((n) => n.endsWith(EXTENSION) && !n.startsWith('.'));
  const items = await Promise.all(names.map((n) => describeFile(path.join(folder, n)).catch(() => null)));
  return items.filter((i): i is LibraryItem => i !== null).sort((a, b) => b.modified.localeCompare(a.modified));
}

/** A copy is a new workshop: new id, "(copy)" in the title. */
export function copyOf(w: Workshop, suffix: string): Workshop {
  return { ...w, id: newId('ws'), meta: { ...w.meta, title: `${w.meta.title} ${suffix}`.slice(0, 200) } };
}

export async function writeNew(file: string, w: Workshop): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileDurable(file, serializeWorkshop(w));
}

/** Delete = move into the backups folder, so a mistaken delete can be undone by hand. */
export async function moveToTrash(file: string, now: Date): Promise<string> {
  const dir = path.join(path.dirname(file), BACKUP_DIR, 'deleted');
  await fs.mkdir(dir, { recursive: true });
  const target = path.join(dir, `${path.basename(file, EXTENSION)}-${now.toISOString().replace(/[:.]/g, '-')}${EXTENSION}`);
  await fs.rename(file, target);
  return target;
}
