/**
 * The handlers behind every IPC channel, independent of Electron: the Electron adapter
 * and the browser harness both route requests here. Every request is validated against
 * the contract; every answer is a Result envelope; nothing throws across the boundary.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { CHANNELS, REQUESTS, type Channel, type ExportOutcome, type Responses } from '../../shared/ipc/contract';
import type { AppEvent, AppInfo, OpenOutcome } from '../../shared/ipc/types';
import { translate } from '../../shared/i18n/messages';
import { newWorkshop } from '../../shared/model/defaults';
import { parseWorkshopText, serializeWorkshop } from '../../shared/model/migrations';
import { newId } from '../../shared/model/ids';
import { tidyTitle } from '../../shared/model/title';
import { fail, ok, toAppError, type Result } from '../../shared/result';
import { copyOf, describeFile, EXTENSION, freePath, listFolder, moveToTrash, withFileLock, writeNew } from './library';
import { exportPicture, exportWorkbook, ExportWriteError, pictureFileName, workbookFileName } from './export';
import { writeExportFile } from './export/writer';
import { retitleClosed } from './followTitle';
import { Room } from './room';
import type { RoomService } from './roomServer';
import { roomHandlers } from './roomApi';
import { isWorkshopPath, type Session } from './session';
import type { SettingsStore } from './settings';
import { backupFolder, quarantinedName } from './storage/backups';
import { writeFileDurable, storageError } from './storage/durable';
import { readWorkshop } from './storage/readWorkshop';
import { parseInIsolation, type ParsedTable } from './import';
import { headerSetKey } from '../../shared/import/remember';

export interface Dialogs {
  openWorkshop(): Promise<string | null>;
  saveWorkshop(defaultName: string): Promise<string | null>;
  /** a save dialog for an export (Excel workbook, PNG picture); null when cancelled */
  saveFile(defaultName: string, filterName: string, extensions: string[]): Promise<string | null>;
}

export interface ApiDeps {
  session: Session;
  settings: SettingsStore;
  folder: string;
  examplePath: string;
  now: () => Date;
  info: Omit<AppInfo, 'folder'>;
  /** absent in the harness: files travel as uploads and downloads there */
  dialogs?: Dialogs;
  /** tell every window (settings changed in one window apply to all) */
  emit?: (e: AppEvent) => void;
  /** the shared room state (which workshop is presented); the Electron adapter watches it for the audience window */
  room?: Room;
  /** reads an imported table in an isolated process; default: a forked Node child (Electron may pass a utilityProcess runner) */
  parseImport?: (bytes: Uint8Array, fileName: string) => Promise<Result<ParsedTable>>;
  /** room mode: the room server, started only by room.open (absent: the host has none) */
  rooms?: RoomService;
  /** "test on this laptop": the system browser (Electron's shell.openExternal) */
  openExternal?: (url: string) => Promise<void>;
}

/** What a handler receives: the request as its schema in the contract parsed it. */
export type HandlerRequest<C extends Channel> = z.output<(typeof REQUESTS)[C]>;
/**
 * One handler per channel, typed from the contract: a new channel in `REQUESTS` / `Responses`
 * is a compile error here until its handler exists, and a handler that takes another request
 * or answers another shape does not compile (`api.types.test.ts`).
 */
export type Handlers = { [C in Channel]: (req: HandlerRequest<C>) => Promise<Result<Responses[C]>> };

export interface ApiRouter {
  call(channel: string, payload: unknown): Promise<Result<unknown>>;
  channels: readonly Channel[];
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function createApi(deps: ApiDeps): ApiRouter {
  const { session, settings } = deps;
  const room = deps.room ?? new Room();
  // one broadcast per change, after the Electron adapter has reacted (e.g. opened the audience window)
  let roomQueued = false;
  room.on(() => {
    if (roomQueued) return;
    roomQueued = true;
    queueMicrotask(() => {
      roomQueued = false;
      deps.emit?.({ type: 'room.changed', room: room.get() });
    });
  });
  session.on((e) => {
    if (e.type === 'doc.closed' && room.get().docId === e.docId) room.set({ docId: null });
    // the file was renamed after its title: the recent list follows it
    if (e.type === 'doc.moved') void settings.moveRecent(e.from, e.path, session.state(e.docId).doc.meta.title);
  });

  async function opened(outcome: Result<OpenOutcome>): Promise<Result<OpenOutcome>> {
    if (outcome.ok && outcome.value.kind === 'opened') {
      const s = outcome.value.state;
      await settings.touchRecent(s.path, s.doc.meta.title, deps.now());
    }
    return outcome;
  }

  /** The document as it is now, after any pending autosave (an export reflects what is saved). */
  async function flushedDoc(docId: string) {
    await session.flush(docId);
    return session.state(docId).doc;
  }

  /** Hand an export to the user: a save dialog in Electron, a download in the harness. */
  async function delivered(bytes: Uint8Array, name: string, mime: string, filterName: string, ext: string): Promise<Result<ExportOutcome>> {
    if (!deps.dialogs) return ok({ download: { name, base64: Buffer.from(bytes).toString('base64'), mime } });
    const target = await deps.dialogs.saveFile(name, filterName, [ext]);
    if (!target) return ok(null);
    try {
      await writeExportFile(target, bytes);
    } catch (e) {
      if (e instanceof ExportWriteError) return { ok: false, error: e.appError };
      throw e;
    }
    return ok({ path: path.resolve(target) });
  }

  const handlers: Handlers = {
    'app.info': async () => ok({ ...deps.info, folder: deps.folder }),
    'settings.get': async () => ok(settings.get()),
    'settings.update': async (req) => {
      const next = await settings.update(req.patch);
      deps.emit?.({ type: 'settings.changed', settings: next });
      return ok(next);
    },
    'library.list': async () => {
      try {
        return ok({ folder: deps.folder, items: await listFolder(deps.folder), recent: settings.get().recent });
      } catch (e) {
        const err = storageError(e);
        return fail(err.code, err.params, err.detail);
      }
    },
    'library.create': async (req) => {
      let doc;
      if (req.from === 'example') {
        const example = (await readWorkshop(deps.examplePath)).doc;
        doc = { ...example, id: newId('ws') };
      } else {
        // the title as the user meant it: a separator left from an empty part is not part of it
        const title = tidyTitle(req.title) || translate(req.language, 'library.defaultTitle');
        doc = newWorkshop({ title, language: req.language, now: deps.now() });
      }
      const file = await freePath(deps.folder, doc.meta.title);
      await fs.mkdir(deps.folder, { recursive: true });
      return opened(await session.create(file, doc));
    },
    'library.open': async (req) => {
      const r = await session.open(req.path, { force: req.force });
      if (!r.ok && r.error.code === 'error.file.notFound') await settings.forgetRecent(path.resolve(req.path));
      return opened(r);
    },
    'library.openDialog': async () => {
      if (!deps.dialogs) return ok(null);
      const file = await deps.dialogs.openWorkshop();
      if (!file) return ok(null);
      return opened(await session.open(file));
    },
    'library.importFile': async (req) => {
      const doc = parseWorkshopText(req.text.replace(/^\uFEFF/, '')); // a byte order mark an editor wrote
      const file = await freePath(deps.folder, doc.meta.title);
      return opened(await session.create(file, doc));
    },
    'library.openBackup': async (req) => {
      const file = path.resolve(req.file);
      const backup = path.resolve(req.backup);
      // only a backup of this workshop, from its backups folder, may take its place
      if (!isWorkshopPath(file) || !isWorkshopPath(backup) || path.dirname(backup) !== backupFolder(file)) {
        return fail('error.backup.notOfFile', { file: path.basename(file) });
      }
      const { text } = await readWorkshop(backup); // only a good backup replaces the damaged file
      // under the file's lock: what another instance has open is never overwritten
      return opened(await session.open(file, { restore: { text, setAside: (f) => moveToTrash(f, deps.now()) } }));
    },
    'library.rename': async (req) => {
      const file = path.resolve(req.path);
      if (!isWorkshopPath(file)) return fail('error.file.notWorkshopName', { file: path.basename(file) });
      const title = tidyTitle(req.title);
      if (!title) return fail('error.title.required');
      const docId = session.findByPath(file);
      if (docId) {
        // the session renames the file after the title (and moves the recent entry)
        const r = session.retitle(docId, title);
        if (!r.ok) return r;
        await session.flush(docId);
        return ok(await describeFile(session.state(docId).path));
      }
      const moved = await retitleClosed(file, title);
      if (!moved.ok) return moved;
      if (moved.value !== file) await settings.moveRecent(file, moved.value, title);
      return ok(await describeFile(moved.value));
    },
    'library.duplicate': async (req) => {
      const file = path.resolve(req.path);
      const docId = session.findByPath(file);
      // no lock: reading is safe while another instance saves (its writes replace the file whole)
      const doc = docId ? session.state(docId).doc : (await readWorkshop(file)).doc;
      const lang = settings.get().language;
      const copy = copyOf(doc, lang === 'de' ? '(Kopie)' : '(copy)');
      const target = await freePath(path.dirname(file), copy.meta.title);
      await writeNew(target, copy);
      return ok(await describeFile(target));
    },
    'library.delete': async (req) => {
      const file = path.resolve(req.path);
      if (!file.endsWith(EXTENSION) && !quarantinedName(path.basename(file))) return fail('error.file.notWorkshop');
      const docId = session.findByPath(file);
      if (docId) {
        const closed = await session.close(docId);
        if (closed.ok && closed.value.state === 'failed') return fail(closed.value.error.code, closed.value.error.params);
        await moveToTrash(file, deps.now());
      } else {
        const moved = await withFileLock(file, () => moveToTrash(file, deps.now()));
        if (!moved.ok) return moved;
      }
      await settings.forgetRecent(file);
      return ok(null);
    },
    'doc.get': async (req) => ok(session.state(req.docId)),
    'doc.apply': async (req) => session.apply(req.docId, req.commands),
    'doc.undo': async (req) => session.undo(req.docId),
    'doc.redo': async (req) => session.redo(req.docId),
    'doc.close': async (req) => session.close(req.docId),
    'doc.retrySave': async (req) => session.retrySave(req.docId),
    'doc.saveCopy': async (req) => {
      const state = session.state(req.docId);
      const name = path.basename(state.path);
      if (!deps.dialogs) return ok({ download: { name, text: serializeWorkshop(state.doc) } });
      const target = await deps.dialogs.saveWorkshop(name);
      if (!target) return ok(null);
      if (state.save.state === 'failed') {
        // the old place cannot be written: continue at the new one
        const moved = await session.saveAs(req.docId, target);
        return moved.ok ? ok({ path: moved.value.path }) : moved;
      }
      await writeFileDurable(path.resolve(target), serializeWorkshop(state.doc));
      return ok({ path: path.resolve(target) });
    },
    'room.get': async () => ok(room.get()),
    'room.set': async (req) => {
      if (req.docId) session.state(req.docId); // only an open workshop can be presented (throws error.doc.notOpen)
      return ok(room.set(req));
    },
    ...roomHandlers({ session, rooms: deps.rooms, emit: deps.emit, openExternal: deps.openExternal }),
    'export.excel': async (req) => {
      const doc = await flushedDoc(req.docId);
      const lang = req.lang ?? settings.get().language;
      const name = workbookFileName(doc);
      const bytes = await exportWorkbook(doc, { lang, now: deps.now() });
      return delivered(bytes, name, XLSX_MIME, translate(lang, 'export.filter.excel'), 'xlsx');
    },
    'export.png': async (req) => {
      const doc = await flushedDoc(req.docId);
      const lang = req.lang ?? settings.get().language;
      const bytes = await exportPicture(doc, req.what, lang);
      return delivered(bytes, pictureFileName(doc, req.what), 'image/png', translate(lang, 'export.filter.png'), 'png');
    },
    'import.parse': async (req) =>
      (deps.parseImport ?? parseInIsolation)(new Uint8Array(Buffer.from(req.base64, 'base64')), req.name),
    'import.recall': async (req) => ok(settings.recallImport(headerSetKey(req.headers))),
    'import.remember': async (req) => {
      await settings.rememberImport(headerSetKey(req.headers), req.mapping);
      return ok(null);
    },
  };

  /** one channel's request, parsed by its schema, to its handler (generic, so request and handler stay paired) */
  function handle<C extends Channel>(channel: C, req: HandlerRequest<C>): Promise<Result<Responses[C]>> {
    return handlers[channel](req);
  }

  return {
    channels: CHANNELS,
    async call(channel, payload) {
      if (typeof channel !== 'string' || !Object.prototype.hasOwnProperty.call(REQUESTS, channel)) return fail('error.ipc.unknownChannel');
      const schema = REQUESTS[channel as Channel];
      const parsed = schema.safeParse(payload ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fail('error.ipc.badRequest', { where: issue ? `${channel}: ${issue.path.join('.') || '/'}` : channel });
      }
      try {
        return await handle(channel as Channel, parsed.data);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException | undefined)?.code;
        if (code === 'ENOENT') return fail('error.file.notFound', { file: String((e as NodeJS.ErrnoException).path ?? '').split(/[\\/]/).pop() ?? '' });
        if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
          const err = storageError(e);
          return fail(err.code, err.params, err.detail);
        }
        return { ok: false, error: toAppError(e) };
      }
    },
  };
}

/** One-line message of an error in a language (CLI, logs). */
export function messageOf(lang: 'de' | 'en', r: { error: { code: Parameters<typeof translate>[1]; params?: Record<string, string | number> } }): string {
  return translate(lang, r.error.code, r.error.params);
}
