/** Shapes that cross the IPC boundary from main to the renderer. */
import type { Command } from '../commands';
import type { Language, Workshop } from '../model/schema';
import type { AppError } from '../result';
import type { RoomJoin } from '../room/join';
import type { PresenterRoundView } from '../room/round';

export type SaveState = { state: 'saved' } | { state: 'pending' } | { state: 'saving' } | { state: 'failed'; error: AppError };

export interface DocState {
  docId: string;
  path: string;
  doc: Workshop;
  version: number;
  canUndo: boolean;
  canRedo: boolean;
  /** command names of the step undo would take back (empty when none); the renderer labels them */
  undoNames: string[];
  redoNames: string[];
  save: SaveState;
}

/** How a change travels: the commands themselves (replayed in the renderer), or the whole document. */
export type DocOp = { type: 'commands'; commands: Command[] } | { type: 'replace'; doc: Workshop };

export interface BackupInfo {
  path: string;
  savedAt: string;
}

export type OpenOutcome =
  | { kind: 'opened'; state: DocState }
  | { kind: 'recovery'; file: string; quarantined: string; reason: AppError; backups: BackupInfo[] }
  /**
   * The lock names an owner that cannot be checked from here (another computer, or a process
   * that may have reused the pid): the user may open it anyway (`library.open` with `force`).
   * A lock held by a live process on this computer is refused as error.file.locked instead.
   */
  | { kind: 'elsewhere'; file: string; host: string; since: string };

export type SessionEvent =
  | { type: 'doc.changed'; docId: string; version: number; op: DocOp; canUndo: boolean; canRedo: boolean; undoNames: string[]; redoNames: string[] }
  | { type: 'doc.saveState'; docId: string; save: SaveState }
  | { type: 'doc.closed'; docId: string }
  /** the file was renamed after the workshop's title; `path` is where it is now */
  | { type: 'doc.moved'; docId: string; path: string; from: string }
  /** renaming the file after the title failed: it stays (and saves) under its old name */
  | { type: 'doc.renameFailed'; docId: string; error: AppError };

export interface LibraryItem {
  path: string;
  fileName: string;
  title: string;
  client: string;
  date: string;
  modified: string;
  touchpoints: number;
  /** the file could not be read; opening it starts the recovery */
  damaged: boolean;
  /** bytes on disk */
  size: number;
  /**
   * why the item does not simply open: 'damaged' (opening starts the recovery), 'tooLarge'
   * (over the size cap, refused), 'quarantined' (a damaged file the app set aside)
   */
  problem: 'damaged' | 'tooLarge' | 'quarantined' | null;
  /** for a set-aside file: the workshop file it was, and its newest good backup */
  recovery?: { original: string; originalExists: boolean; setAsideAt: string; backup: BackupInfo | null };
}

export interface RecentItem {
  path: string;
  title: string;
  openedAt: string;
}

export interface LibraryListing {
  folder: string;
  items: LibraryItem[];
  recent: RecentItem[];
}

export type Theme = 'light' | 'dark' | 'contrast';
export type Palette = 'safe' | 'classic';

export interface Settings {
  language: Language;
  theme: Theme;
  palette: Palette;
  fontScale: number;
  recent: RecentItem[];
  windowBounds: { x: number; y: number; width: number; height: number } | null;
  /** zoom per view, e.g. { board: 1.2 } */
  zoom: Record<string, number>;
  firstRunDone: boolean;
  /** two displays: put the presenter console on the external one and the audience on the laptop */
  swapDisplays: boolean;
}

export interface AppInfo {
  version: string;
  /** 'electron' in the app; 'harness' when the renderer runs in a browser against the test harness */
  host: 'electron' | 'harness';
  platform: string;
  folder: string;
}

/** Running the room, shared by every window: which workshop is presented and how. Session state, not in the file. */
export interface RoomState {
  /** the workshop the presenter has open (the audience view follows it) */
  docId: string | null;
  /** the facilitator pressed "Present" (F5) */
  presenting: boolean;
  /** main shows the audience view in its own window on a second display */
  audienceWindow: boolean;
  /** what the presenter has in focus inside the current view (e.g. the touchpoint being rated), for the audience to follow */
  focusId: string | null;
  /** the audience's rating step shows each participant's name and value (off: progress and the consensus only) */
  audienceNames: boolean;
}

export type AppEvent =
  | SessionEvent
  | { type: 'settings.changed'; settings: Settings }
  | { type: 'room.changed'; room: RoomState }
  /** room mode: what to show for joining; null when the room closed */
  | { type: 'room.join'; join: RoomJoin | null }
  /** room mode: the round, counts only until the reveal (room/round.ts); null when the room closed */
  | { type: 'room.view'; view: PresenterRoundView | null };
