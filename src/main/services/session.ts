/**
 * The authoritative open documents (architecture: renderer sends a command → main
 * validates, applies, persists, broadcasts). Undo/redo stacks live here, one step per
 * gesture: a call to `apply` with several commands is one step.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { applyCommands, keepRun, isUndoable, type Command, type UncheckedCommand } from '../../shared/commands';
import { MAX_WORKSHOP_BYTES } from '../../shared/model/fileSize';
import type { Workshop } from '../../shared/model/schema';
import { validateChange } from '../../shared/model/validate';
import { DomainError, fail, ok, toAppError, type AppError, type Result } from '../../shared/result';
import type { DocOp, DocState, OpenOutcome, SessionEvent } from '../../shared/ipc/types';
import { goodBackups, quarantine } from './storage/backups';
import { storageError, writeFileDurable } from './storage/durable';
import { acquireLock, takeLock, type FileLock } from './storage/lock';
import { readWorkshop, tooLarge } from './storage/readWorkshop';
import { WorkshopFile } from './storage/workshopFile';
import { followTitle, followsTitleAt, type MoveHooks, type Moving } from './followTitle';
import type { SaveState } from '../../shared/ipc/types';

const MAX_UNDO = 300;

interface Step {
  before: Workshop;
  after: Workshop;
  /** the undoable commands of the gesture, for the undo button's label ("Undo: delete touchpoint") */
  names: string[];
}

/** what undo and redo would take back or bring back: the names of the top steps' commands */
function stackNames(d: { undo: Step[]; redo: Step[] }) {
  return { canUndo: d.undo.length > 0, canRedo: d.redo.length > 0, undoNames: d.undo.at(-1)?.names ?? [], redoNames: d.redo.at(-1)?.names ?? [] };
}

interface OpenDoc extends Moving {
  version: number;
  undo: Step[];
  redo: Step[];
}

export interface OpenOptions {
  /** the user chose "open anyway" for a lock whose owner cannot be checked (never a live owner here) */
  force?: boolean;
  /** restore a backup: under the lock, set aside what is at the place, write `text` there, open it */
  restore?: { text: string; setAside: (file: string) => Promise<unknown> };
}

/** Only `.tpcube` files are opened, so nothing else is ever set aside as damaged. */
export function isWorkshopPath(file: string): boolean {
  return file.toLowerCase().endsWith('.tpcube');
}

function fileError(e: unknown, p: string): { ok: false; error: AppError } {
  if (e instanceof DomainError) return { ok: false, error: toAppError(e) };
  if ((e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return fail('error.file.notFound', { file: path.basename(p) });
  const err = storageError(e);
  return fail(err.code, err.params, err.detail);
}

export interface SessionOptions {
  now?: () => Date;
  debounceMs?: number;
  backupEveryMs?: number;
  /** fault injection in tests: called before each step of renaming a file after its title */
  moveHooks?: MoveHooks;
}

let counter = 0;

/** Temp files of writes a crash interrupted (we hold the lock now, so they are orphans). */
async function removeStaleTemps(file: string) {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  try {
    for (const n of await fs.readdir(dir)) if (n.startsWith(prefix) && n.endsWith('.tmp')) await fs.rm(path.join(dir, n), { force: true });
  } catch {
    /* unreadable folder: the save will report it */
  }
}

export class Session {
  private readonly docs = new Map<string, OpenDoc>();
  /** documents this session has checked (validateChange): a change to one of them is checked incrementally */
  private readonly valid = new WeakSet<Workshop>();
  private readonly listeners = new Set<(e: SessionEvent) => void>();

  constructor(private readonly opts: SessionOptions = {}) {}

  on(listener: (e: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: SessionEvent) {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch {
        /* a broken listener (closed window) must not stop the others */
      }
    }
  }

  private find(docId: string): OpenDoc {
    const d = this.docs.get(docId);
    if (!d) throw new DomainError('error.doc.notOpen');
    return d;
  }

  openDocs(): { docId: string; path: string }[] {
    return [...this.docs.values()].map((d) => ({ docId: d.docId, path: d.file.path }));
  }

  /** The library's "Rename": the new title, and the file named after it, even a name chosen by hand (ADR 0010). */
  retitle(docId: string, title: string): Result<{ version: number }> {
    const d = this.docs.get(docId);
    if (d) d.followsTitle = true;
    return this.apply(docId, [{ name: 'meta.update', payload: { patch: { title } } }]);
  }

  findByPath(file: string): string | undefined {
    const p = path.resolve(file);
    for (const d of this.docs.values()) if (d.file.path === p) return d.docId;
    return undefined;
  }

  state(docId: string): DocState {
    const d = this.find(docId);
    return {
      docId,
      path: d.file.path,
      doc: d.doc,
      version: d.version,
      ...stackNames(d),
      save: d.file.saveState,
    };
  }

  /**
   * Open a workshop file (or return it if this process has it open already). The lock comes
   * first: a file another process holds is neither read nor set aside, nor overwritten.
   */
  async open(file: string, opts: OpenOptions = {}): Promise<Result<OpenOutcome>> {
    const p = path.resolve(file);
    const existing = this.findByPath(p);
    if (existing) return ok({ kind: 'opened', state: this.state(existing) });
    if (!isWorkshopPath(p)) return fail('error.file.notWorkshopName', { file: path.basename(p) });
    if (opts.restore === undefined) {
      // cheap checks before a lock file is written beside it
      try {
        const st = await fs.stat(p);
        if (st.size > MAX_WORKSHOP_BYTES) return { ok: false, error: toAppError(tooLarge(st.size)) };
      } catch (e) {
        return fileError(e, p);
      }
    }
    const taken = await takeLock(p, { force: opts.force });
    if (!taken.ok) {
      const h = taken.holder;
      if (h.verified) return fail('error.file.locked', { file: path.basename(p) });
      return ok({ kind: 'elsewhere', file: p, host: h.host, since: h.since });
    }
    const lock = taken.lock;
    let adopted = false;
    try {
      if (opts.restore !== undefined) {
        // never overwrite what is there: a file at that place moves aside like a deleted one
        if (await fs.stat(p).then(() => true, () => false)) await opts.restore.setAside(p);
        await writeFileDurable(p, opts.restore.text);
      }
      let doc: Workshop;
      try {
        doc = (await readWorkshop(p)).doc;
      } catch (e) {
        if (!(e instanceof DomainError)) return fileError(e, p);
        const err = toAppError(e);
        if (err.code !== 'error.file.corrupt' && err.code !== 'error.file.invalid') return { ok: false, error: err };
        // R3: keep the damaged file, offer the newest good backup (we hold the lock: nobody has it open)
        let kept = p;
        try {
          kept = await quarantine(p, this.now());
        } catch {
          /* read-only: leave it where it is */
        }
        const backups = await goodBackups(p);
        return ok({ kind: 'recovery', file: p, quarantined: kept, reason: err, backups });
      }
      adopted = true;
      return await this.adopt(p, doc, false, lock);
    } catch (e) {
      return fileError(e, p);
    } finally {
      if (!adopted) await lock.release();
    }
  }

  /** Write a new document to `file` and open it. */
  async create(file: string, doc: Workshop): Promise<Result<OpenOutcome>> {
    const p = path.resolve(file);
    const lock = await acquireLock(p);
    if (!lock) return fail('error.file.locked', { file: path.basename(p) });
    return this.adopt(p, doc, true, lock);
  }

  private async adopt(p: string, doc: Workshop, isNew: boolean, lock: FileLock): Promise<Result<OpenOutcome>> {
    await removeStaleTemps(p);
    const docId = `doc${++counter}`;
    const file = this.fileAt(docId, p, doc);
    const open: OpenDoc = { docId, doc, version: 1, undo: [], redo: [], file, lock, moving: null, renameReported: false, followsTitle: followsTitleAt(p, doc.meta.title) };
    this.docs.set(docId, open);
    if (isNew) {
      file.schedule(doc, open.version);
      const s = await file.flush();
      if (s.state === 'failed') {
        this.docs.delete(docId);
        await lock.release();
        return { ok: false, error: s.error };
      }
    } else {
      await file.backupOnOpen(doc);
    }
    return ok({ kind: 'opened', state: this.state(docId) });
  }

  /** the open document's file at `p`: autosave and backups as configured, its save state an event */
  private fileAt(docId: string, p: string, doc: Workshop): WorkshopFile {
    const onState = (save: SaveState) => this.emit({ type: 'doc.saveState', docId, save });
    return new WorkshopFile(p, doc, { debounceMs: this.opts.debounceMs, backupEveryMs: this.opts.backupEveryMs, now: () => this.now(), onState });
  }

  private now(): Date {
    return (this.opts.now ?? (() => new Date()))();
  }

  /**
   * The document a change leads to must be one the app can open again: otherwise the change
   * is refused with a message and nothing is saved (a bug in a command must never produce a
   * file that is quarantined on the next open).
   */
  private refuseInvalid(base: Workshop, next: Workshop): Result<never> | null {
    const invalid = validateChange(this.valid.has(base) ? base : null, next);
    if (!invalid) {
      this.valid.add(next);
      return null;
    }
    return fail('rule.doc.invalid', { where: invalid.where.slice(0, 120) }, invalid.what);
  }

  /** Apply one gesture's commands (atomically, one undo step); each is checked against the registry first. */
  apply(docId: string, commands: readonly UncheckedCommand[]): Result<{ version: number }> {
    try {
      const d = this.find(docId);
      const before = d.doc;
      const after = applyCommands(before, commands);
      if (after === before) return ok({ version: d.version });
      const refused = this.refuseInvalid(before, after);
      if (refused) return refused;
      const names = [...new Set(commands.filter((c) => isUndoable(c.name)).map((c) => c.name))];
      if (names.length > 0) {
        d.undo.push({ before, after, names });
        if (d.undo.length > MAX_UNDO) d.undo.shift();
        d.redo = [];
      }
      // applyCommands has just checked every name and payload against the registry: they are Commands
      this.commit(d, after, { type: 'commands', commands: [...commands] as Command[] });
      return ok({ version: d.version });
    } catch (e) {
      return { ok: false, error: toAppError(e) };
    }
  }

  undo(docId: string): Result<{ version: number }> {
    return this.travel(docId, 'undo');
  }

  redo(docId: string): Result<{ version: number }> {
    return this.travel(docId, 'redo');
  }

  private travel(docId: string, dir: 'undo' | 'redo'): Result<{ version: number }> {
    try {
      const d = this.find(docId);
      const stack = dir === 'undo' ? d.undo : d.redo;
      const step = stack[stack.length - 1];
      if (!step) return ok({ version: d.version });
      const restored = dir === 'undo' ? step.before : step.after;
      const target = keepRun(d.doc, restored);
      const refused = this.refuseInvalid(restored, target);
      if (refused) return refused; // the step stays where it was
      stack.pop();
      (dir === 'undo' ? d.redo : d.undo).push(step);
      this.commit(d, target, { type: 'replace', doc: target });
      return ok({ version: d.version });
    } catch (e) {
      return { ok: false, error: toAppError(e) };
    }
  }

  private commit(d: OpenDoc, doc: Workshop, op: DocOp) {
    const retitled = d.doc.meta.title !== doc.meta.title;
    d.doc = doc;
    d.version += 1;
    d.file.schedule(doc, d.version);
    this.emit({ type: 'doc.changed', docId: d.docId, version: d.version, op, ...stackNames(d) });
    // a title arrives committed (Enter or leaving the field), never per keystroke: the file follows each one
    if (retitled) followTitle(d, { isOpen: () => this.docs.get(d.docId) === d, hooks: this.opts.moveHooks, emit: (e) => this.emit(e) });
  }

  /** Wait until a rename after the title is done (before flush, close and the answers that name the path). */
  async settled(docId: string): Promise<void> {
    const d = this.docs.get(docId);
    while (d?.moving) await d.moving;
  }

  async retrySave(docId: string): Promise<Result<SaveState>> {
    try {
      const d = this.find(docId);
      return ok(await d.file.retry(d.doc, d.version));
    } catch (e) {
      return { ok: false, error: toAppError(e) };
    }
  }

  /** Flush pending changes of one document (before export, on window close). */
  async flush(docId: string): Promise<Result<SaveState>> {
    try {
      await this.settled(docId);
      return ok(await this.find(docId).file.flush());
    } catch (e) {
      return { ok: false, error: toAppError(e) };
    }
  }

  /**
   * "Save a copy as…": write the current document to a new place and continue there,
   * so a facilitator whose folder became read-only keeps working (R4).
   */
  async saveAs(docId: string, target: string): Promise<Result<DocState>> {
    try {
      const d = this.find(docId);
      const p = path.resolve(target);
      const lock = await acquireLock(p);
      if (!lock) return fail('error.file.locked', { file: path.basename(p) });
      const file = this.fileAt(docId, p, d.doc);
      file.schedule(d.doc, d.version);
      const s = await file.flush();
      if (s.state === 'failed') {
        await lock.release();
        return { ok: false, error: s.error };
      }
      await d.lock.release();
      d.file = file;
      d.lock = lock;
      d.followsTitle = false; // a name the user chose in the dialog is kept
      this.emit({ type: 'doc.saveState', docId, save: s });
      return ok(this.state(docId));
    } catch (e) {
      return { ok: false, error: toAppError(e) };
    }
  }

  async close(docId: string): Promise<Result<SaveState>> {
    await this.settled(docId);
    const d = this.docs.get(docId);
    if (!d) return ok({ state: 'saved' });
    const s = await d.file.flush();
    if (s.state === 'failed') return ok(s); // keep it open: nothing may be lost
    this.docs.delete(docId);
    await d.lock.release();
    this.emit({ type: 'doc.closed', docId });
    return ok(s);
  }

  /** R6: before quit, every pending change is written. */
  async flushAll(): Promise<SaveState[]> {
    return Promise.all([...this.docs.values()].map(async (d) => (await this.settled(d.docId), d.file.flush())));
  }

  async closeAll(): Promise<void> {
    for (const id of [...this.docs.keys()]) await this.close(id);
  }

  /**
   * Leave one document without writing what is unsaved (the user chose "Discard changes"
   * when quitting after a failed save): nothing more is written, and its lock is freed.
   */
  async discard(docId: string): Promise<void> {
    const d = this.docs.get(docId);
    if (!d) return;
    d.file.discard();
    this.docs.delete(docId);
    await d.lock.release();
    this.emit({ type: 'doc.closed', docId });
  }

  hasUnsaved(): boolean {
    return [...this.docs.values()].some((d) => d.file.hasPending() || d.file.saveState.state === 'failed');
  }
}
