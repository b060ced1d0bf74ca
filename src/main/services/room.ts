/**
 * Running the room: the small piece of state every window shares (which workshop is
 * presented, whether the facilitator presents, whether an audience window is open).
 * Session state held by main, never written to the workshop file; the step, view and
 * timer themselves live in the document (agenda).
 */
import type { RoomState } from '../../shared/ipc/types';

export const EMPTY_ROOM: RoomState = { docId: null, presenting: false, audienceWindow: false, focusId: null, audienceNames: false };

export class Room {
  private current: RoomState = EMPTY_ROOM;
  private readonly listeners = new Set<(room: RoomState) => void>();

  get(): RoomState {
    return this.current;
  }

  /** Change the room; listeners hear about real changes only (they may change it again). */
  set(patch: Partial<RoomState>): RoomState {
    const next: RoomState = { ...this.current, ...definedOnly(patch) };
    if (next.docId !== this.current.docId) next.focusId = patch.focusId ?? null;
    if (next.docId === null) {
      next.presenting = false;
      next.focusId = null;
    }
    if (sameRoom(next, this.current)) return this.current;
    this.current = next;
    // a listener may change the room again; everyone after it hears the newest state
    for (const l of [...this.listeners]) l(this.current);
    return this.current;
  }

  on(listener: (room: RoomState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function definedOnly(patch: Partial<RoomState>): Partial<RoomState> {
  const out: Partial<RoomState> = {};
  for (const [k, v] of Object.entries(patch) as [keyof RoomState, RoomState[keyof RoomState] | undefined][]) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function sameRoom(a: RoomState, b: RoomState): boolean {
  return a.docId === b.docId && a.presenting === b.presenting && a.audienceWindow === b.audienceWindow && a.focusId === b.focusId && a.audienceNames === b.audienceNames;
}
