/**
 * The IPC contract: every channel the renderer may call, with the schema of its request
 * and the type of its response. Main validates each request with these schemas; the
 * preload exposes exactly these channels and nothing else.
 */
import { z } from 'zod';
import { CHANNEL_NAMES } from './channels';
import type { Command } from '../commands';
import { MAX_WORKSHOP_BYTES } from '../model/fileSize';
import { Language } from '../model/schema';
import type { Result } from '../result';
import type { ParsedTable } from '../import/limits';
import { RememberedImport } from '../import/remember';
import type { RoomJoin } from '../room/join';
import type { PresenterRoundView } from '../room/round';
import type { AppInfo, DocState, LibraryItem, LibraryListing, OpenOutcome, RoomState, SaveState, Settings } from './types';

/** Where an export went: a file chosen in the save dialog, a download (harness), or nothing (dialog cancelled). */
export type ExportOutcome = { path: string } | { download: { name: string; base64: string; mime: string } } | null;

const FilePath = z.string().min(1).max(4096);
const DocId = z.string().regex(/^doc\d{1,9}$/);
const RoomId = z.string().min(1).max(60);
const CommandShape = z.object({ name: z.string().min(1).max(60), payload: z.unknown() });

export const SettingsPatch = z
  .object({
    language: Language,
    theme: z.enum(['light', 'dark', 'contrast']),
    palette: z.enum(['safe', 'classic']),
    fontScale: z.number().min(0.75).max(2),
    zoom: z.record(z.string().max(30), z.number().min(0.25).max(4)),
    firstRunDone: z.boolean(),
    swapDisplays: z.boolean(),
  })
  .partial()
  .strict();

/** a header row of an imported table (limits.ts caps columns at far fewer) */
const ImportHeaders = z.array(z.string().max(2_000)).max(500);

export const REQUESTS = {
  'app.info': z.object({}).strict(),
  'settings.get': z.object({}).strict(),
  'settings.update': z.object({ patch: SettingsPatch }).strict(),
  'library.list': z.object({}).strict(),
  'library.create': z.object({ title: z.string().trim().min(1).max(200), language: Language, from: z.enum(['blank', 'example']) }).strict(),
  /** `force`: the user chose "open anyway" for a lock whose owner cannot be checked (outcome 'elsewhere') */
  'library.open': z.object({ path: FilePath, force: z.boolean().optional() }).strict(),
  /** shows the system's open dialog (Electron); in the harness the page uploads the file instead */
  'library.openDialog': z.object({}).strict(),
  /** a `.tpcube` the user picked or dropped, by content (harness upload, drag and drop) */
  'library.importFile': z.object({ name: z.string().min(1).max(255), text: z.string().max(MAX_WORKSHOP_BYTES) }).strict(),
  'library.openBackup': z.object({ file: FilePath, backup: FilePath }).strict(),
  'library.rename': z.object({ path: FilePath, title: z.string().trim().min(1).max(200) }).strict(),
  'library.duplicate': z.object({ path: FilePath }).strict(),
  'library.delete': z.object({ path: FilePath }).strict(),
  'doc.get': z.object({ docId: DocId }).strict(),
  'doc.apply': z.object({ docId: DocId, commands: z.array(CommandShape).min(1).max(500) }).strict(),
  'doc.undo': z.object({ docId: DocId }).strict(),
  'doc.redo': z.object({ docId: DocId }).strict(),
  'doc.close': z.object({ docId: DocId }).strict(),
  'doc.retrySave': z.object({ docId: DocId }).strict(),
  /** "Save a copy as…": dialog in Electron; in the harness a download of the file */
  'doc.saveCopy': z.object({ docId: DocId }).strict(),
  'room.get': z.object({}).strict(),
  /** the presenter window tells every window what is presented (docId must be open) */
  'room.set': z
    .object({ docId: DocId.nullable(), presenting: z.boolean(), focusId: z.string().max(60).nullable(), audienceNames: z.boolean() })
    .partial()
    .strict(),
  // room mode (issue 14): the facilitator's side of the room server; nothing listens until room.open
  'room.open': z.object({ docId: DocId }).strict(),
  'room.close': z.object({}).strict(),
  /** what to show for joining (null while the room is closed) */
  'room.join': z.object({}).strict(),
  /** the round as the presenter sees it: counts until the reveal (null while the room is closed) */
  'room.view': z.object({}).strict(),
  /** re-read the laptop's addresses; with `address`, put that one into the QR code */
  'room.setAddress': z.object({ address: z.string().max(64).optional() }).strict(),
  /** "test on this laptop": main opens the join page on loopback in the system browser (Electron only) */
  'room.openLocal': z.object({}).strict(),
  'room.round.openTouchpoint': z.object({ touchpointId: RoomId }).strict(),
  /** the participants' own pace: every touchpoint of one phase */
  'room.round.openPhase': z.object({ phaseId: RoomId }).strict(),
  'room.round.close': z.object({}).strict(),
  'room.round.reveal': z.object({}).strict(),
  'room.round.end': z.object({}).strict(),
  /** refused (false) while a round is open: named or anonymous is fixed per round */
  'room.setAnonymous': z.object({ anonymous: z.boolean() }).strict(),
  'room.setLocked': z.object({ locked: z.boolean() }).strict(),
  'room.setAllowSelfAdd': z.object({ allow: z.boolean() }).strict(),
  /** dot voting on the phones; `phaseId` narrows it to one phase (null: all touchpoints) */
  'room.setVoting': z.object({ voting: z.boolean(), phaseId: RoomId.nullable().optional() }).strict(),
  /** free a name taken by the wrong phone */
  'room.free': z.object({ participantId: RoomId }).strict(),
  /** the handoff workbook: save dialog in Electron; in the harness a download (base64) */
  'export.excel': z.object({ docId: DocId, lang: Language.optional() }).strict(),
  /** a picture of the board or the cube as PNG, like export.excel */
  'export.png': z.object({ docId: DocId, what: z.enum(['board', 'cube-net', 'cube-3d']), lang: Language.optional() }).strict(),
  /** a client's touchpoint list (.xlsx / .csv) by content, read in an isolated process; planning happens in the renderer */
  'import.parse': z.object({ name: z.string().min(1).max(255), base64: z.string().max(28_000_000) }).strict(),
  /** the mapping remembered for a file with these headers (the set of normalised headers is the key) */
  'import.recall': z.object({ headers: ImportHeaders }).strict(),
  /** remember the dialog's mapping for these headers; null forgets it (back to automatic) */
  'import.remember': z.object({ headers: ImportHeaders, mapping: RememberedImport.nullable() }).strict(),
} as const;

export type Channel = keyof typeof REQUESTS;
export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;
// the zod-free list in channels.ts must name exactly the channels of REQUESTS
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameChannels: Same<Channel, (typeof CHANNEL_NAMES)[number]> = true;
void sameChannels;

export interface Responses {
  'app.info': AppInfo;
  'settings.get': Settings;
  'settings.update': Settings;
  'library.list': LibraryListing;
  'library.create': OpenOutcome;
  'library.open': OpenOutcome;
  'library.openDialog': OpenOutcome | null;
  'library.importFile': OpenOutcome;
  'library.openBackup': OpenOutcome;
  'library.rename': LibraryItem;
  'library.duplicate': LibraryItem;
  'library.delete': null;
  'doc.get': DocState;
  'doc.apply': { version: number };
  'doc.undo': { version: number };
  'doc.redo': { version: number };
  'doc.close': SaveState;
  'doc.retrySave': SaveState;
  'doc.saveCopy': { path: string } | { download: { name: string; text: string } } | null;
  'room.get': RoomState;
  'room.set': RoomState;
  'room.open': RoomJoin;
  'room.close': null;
  'room.join': RoomJoin | null;
  'room.view': PresenterRoundView | null;
  'room.setAddress': RoomJoin | null;
  /** false: no system browser here (the harness shows a plain link instead) */
  'room.openLocal': boolean;
  'room.round.openTouchpoint': boolean;
  'room.round.openPhase': boolean;
  'room.round.close': null;
  'room.round.reveal': null;
  'room.round.end': null;
  'room.setAnonymous': boolean;
  'room.setLocked': null;
  'room.setAllowSelfAdd': null;
  'room.setVoting': null;
  'room.free': null;
  'export.excel': ExportOutcome;
  'export.png': ExportOutcome;
  'import.parse': ParsedTable;
  'import.recall': RememberedImport | null;
  'import.remember': null;
}

/** Requests as the renderer writes them: commands are typed against the registry. */
export type Request<C extends Channel> = C extends 'doc.apply'
  ? { docId: string; commands: Command[] }
  : z.input<(typeof REQUESTS)[C]>;

/** The API the preload exposes as `window.tpc.api` (and the harness bridge mimics). */
export type Api = { [C in Channel]: (req: Request<C>) => Promise<Result<Responses[C]>> };

export { EVENT_CHANNEL, INVOKE_PREFIX } from './channels';
