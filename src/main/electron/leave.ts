/**
 * Leaving with unsaved work (R4, R6): before a window closes or the app quits, every pending
 * change is flushed and awaited. If something is still unsaved (the folder became read-only,
 * the USB stick is gone, the disk is full), the user decides in a native question: retry
 * saving at the same place, save a copy elsewhere, or discard; Cancel keeps the app open.
 * Nothing is lost without that decision.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { MessageBoxOptions } from 'electron';
import { translate, type MessageKey, type Params } from '../../shared/i18n/messages';
import type { Language } from '../../shared/model/schema';
import { serializeWorkshop } from '../../shared/model/migrations';
import type { AppError } from '../../shared/result';
import type { Session } from '../services/session';
import { writeFileDurable } from '../services/storage/durable';

export interface UnsavedDoc {
  docId: string;
  path: string;
  /** why the last save failed (null: a change is still waiting to be written) */
  error: AppError | null;
}

export function unsavedDocs(session: Session): UnsavedDoc[] {
  return session.openDocs().flatMap(({ docId, path: p }) => {
    const save = session.state(docId).save;
    return save.state === 'saved' ? [] : [{ docId, path: p, error: save.state === 'failed' ? save.error : null }];
  });
}

export interface LeaveDeps {
  session: Session;
  language(): Language;
  /** the native question; resolves with the index of the chosen button */
  ask(options: MessageBoxOptions): Promise<number>;
  /** "Save a copy as…": the save dialog; null when cancelled */
  pickCopy(defaultName: string): Promise<string | null>;
}

/** The buttons, in this order; Escape / closing the box counts as Cancel. */
const CHOICES = ['retry', 'saveAs', 'discard', 'cancel'] as const;
const LABELS: Record<(typeof CHOICES)[number], MessageKey> = {
  retry: 'leave.retry',
  saveAs: 'leave.saveAs',
  discard: 'leave.discard',
  cancel: 'leave.cancel',
};

/**
 * Flush, then ask until nothing is unsaved. Resolves true when it is safe to go (all saved,
 * copied elsewhere or discarded by choice), false when the user cancelled.
 * `note` is added to the question (e.g. where a rescue copy was written).
 */
export async function readyToLeave(deps: LeaveDeps, note?: string): Promise<boolean> {
  const { session } = deps;
  await session.flushAll();
  let problem: string | undefined; // what went wrong with the last choice, shown in the next question
  while (session.hasUnsaved()) {
    const docs = unsavedDocs(session);
    if (docs.length === 0) {
      await session.flushAll(); // a write was still running: wait for it and look again
      await new Promise((r) => setTimeout(r, 10)); // and never spin without giving the event loop a turn
      continue;
    }
    const lang = deps.language();
    const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
    const reasons = [...new Set(docs.flatMap((d) => (d.error ? [t(d.error.code, d.error.params)] : [])))].join(' ');
    const detail = [t('leave.unsaved.detail', { files: docs.map((d) => path.basename(d.path)).join(', '), reason: reasons }), problem, note]
      .filter((s): s is string => Boolean(s))
      .join('\n\n');
    const answer = await deps.ask({
      type: 'warning',
      title: t('app.name'),
      message: t('leave.unsaved.title'),
      detail,
      buttons: CHOICES.map((c) => t(LABELS[c])),
      defaultId: 0,
      cancelId: CHOICES.indexOf('cancel'),
      noLink: true,
    });
    problem = undefined;
    const choice = CHOICES[answer] ?? 'cancel';
    if (choice === 'cancel') return false;
    if (choice === 'discard') {
      for (const d of docs) await session.discard(d.docId);
    } else if (choice === 'retry') {
      for (const d of docs) await session.retrySave(d.docId);
    } else {
      for (const d of docs) {
        const target = await deps.pickCopy(path.basename(d.path));
        if (!target) break; // the save dialog was cancelled: back to the question
        const r = await session.saveAs(d.docId, target);
        if (!r.ok) {
          problem = t('leave.unsaved.copyFailed', { reason: t(r.error.code, r.error.params) });
          break;
        }
      }
    }
  }
  return true;
}

/**
 * When no question can be asked (a signal and no window) or before asking after a signal
 * (the OS may kill the app next): write every unsaved document to the recovery folder.
 * Returns the files written.
 */
export async function writeRescueCopies(session: Session, folder: string, now: Date): Promise<string[]> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const written: string[] = [];
  for (const d of unsavedDocs(session)) {
    const file = path.join(folder, `${path.basename(d.path, '.tpcube')}.rescued-${stamp}.tpcube`);
    try {
      await fs.mkdir(folder, { recursive: true });
      await writeFileDurable(file, serializeWorkshop(session.state(d.docId).doc));
      written.push(file);
    } catch {
      /* nowhere left to write: the question (if any) still offers the other ways */
    }
  }
  return written;
}
