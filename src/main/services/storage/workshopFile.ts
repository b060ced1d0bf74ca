/**
 * One open `.tpcube` file: lowdb over a durable adapter, with debounced autosave,
 * periodic backups and a save state the UI shows. A failed save keeps the document
 * in memory and is retried on the next change, on `retry()`, or written elsewhere
 * with `saveCopy()` (R4).
 */
import { Low, type Adapter } from 'lowdb';
import type { Workshop } from '../../../shared/model/schema';
import { serializeWorkshop } from '../../../shared/model/migrations';
import { storageError, writeFileDurable } from './durable';
import { writeBackup } from './backups';
import { readWorkshop } from './readWorkshop';

export const AUTOSAVE_DEBOUNCE_MS = 250;
export const BACKUP_EVERY_MS = 5 * 60_000;

/** lowdb adapter: validated reads, durable writes. */
export class DurableWorkshopAdapter implements Adapter<Workshop> {
  /** changes only when the file is renamed with its title (WorkshopFile.moveTo) */
  constructor(public file: string) {}
  async read(): Promise<Workshop | null> {
    try {
      return (await readWorkshop(this.file)).doc;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }
  async write(data: Workshop): Promise<void> {
    await writeFileDurable(this.file, serializeWorkshop(data));
  }
}

export type { SaveState } from '../../../shared/ipc/types';
import type { SaveState } from '../../../shared/ipc/types';

export interface WorkshopFileOptions {
  debounceMs?: number;
  backupEveryMs?: number;
  now?: () => Date;
  onState?: (s: SaveState) => void;
  onSaved?: (version: number) => void;
}

export class WorkshopFile {
  private readonly db: Low<Workshop>;
  private readonly adapter: DurableWorkshopAdapter;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: { doc: Workshop; version: number } | null = null;
  private writing: Promise<void> | null = null;
  private lastBackup = 0;
  private state: SaveState = { state: 'saved' };
  savedVersion = 0;

  constructor(
    public path: string,
    initial: Workshop,
    private readonly opts: WorkshopFileOptions = {},
  ) {
    this.adapter = new DurableWorkshopAdapter(path);
    this.db = new Low<Workshop>(this.adapter, initial);
  }

  /**
   * Run `fn` while no save runs, and no save starts until it is done (the file is renamed
   * with its title there: a save must not write the old name during the rename).
   */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    while (this.writing) await this.writing;
    const run = fn();
    const held = run.then(
      () => undefined,
      () => undefined,
    );
    this.writing = held;
    try {
      return await run;
    } finally {
      if (this.writing === held) this.writing = null;
    }
  }

  /** The file was renamed (inside exclusive()): saves and backups go to the new place. */
  moveTo(file: string): void {
    this.path = file;
    this.adapter.file = file;
  }

  get saveState(): SaveState {
    return this.state;
  }

  private setState(s: SaveState) {
    this.state = s;
    this.opts.onState?.(s);
  }

  /** Remember the newest document; it is written after the debounce window. */
  schedule(doc: Workshop, version: number): void {
    this.pending = { doc, version };
    if (this.state.state !== 'failed') this.setState({ state: 'pending' });
    // The window starts at the first unsaved change and is not pushed back by later ones,
    // so a room that never pauses still gets a durable save every debounce window (R2).
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.opts.debounceMs ?? AUTOSAVE_DEBOUNCE_MS);
  }

  /** Write what is pending now (window close, quit, before export). Resolves when durable. */
  async flush(): Promise<SaveState> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.writing) await this.writing;
    const job = this.pending;
    if (!job) return this.state;
    this.pending = null;
    this.writing = this.write(job).finally(() => {
      this.writing = null;
    });
    await this.writing;
    return this.state;
  }

  private async write(job: { doc: Workshop; version: number }): Promise<void> {
    this.setState({ state: 'saving' });
    try {
      this.db.data = job.doc;
      await this.db.write();
      this.savedVersion = job.version;
      this.opts.onSaved?.(job.version);
      await this.maybeBackup(job.doc);
      this.setState(this.pending ? { state: 'pending' } : { state: 'saved' });
    } catch (e) {
      // keep the document: the next change, retry() or saveCopy() writes it
      if (!this.pending || this.pending.version < job.version) this.pending = job;
      this.setState({ state: 'failed', error: storageError(e) });
    }
  }

  private async maybeBackup(doc: Workshop) {
    const now = (this.opts.now ?? (() => new Date()))();
    if (now.getTime() - this.lastBackup < (this.opts.backupEveryMs ?? BACKUP_EVERY_MS)) return;
    this.lastBackup = now.getTime();
    try {
      await writeBackup(this.path, serializeWorkshop(doc), now);
    } catch {
      // a backup that cannot be written must not fail the save itself
    }
  }

  /** Write the current document now, at its place (after a failure). */
  async retry(doc: Workshop, version: number): Promise<SaveState> {
    this.pending = { doc, version };
    return this.flush();
  }

  /** Back up the file as it is on disk before this session changes it. */
  async backupOnOpen(doc: Workshop): Promise<void> {
    const now = (this.opts.now ?? (() => new Date()))();
    this.lastBackup = now.getTime();
    try {
      await writeBackup(this.path, serializeWorkshop(doc), now);
    } catch {
      /* read-only folder: the save will report it */
    }
  }

  /** Forget what is not written yet (the user chose "Discard changes"): no write follows. */
  discard(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.pending = null;
  }

  hasPending(): boolean {
    return this.pending !== null || this.writing !== null;
  }
}
