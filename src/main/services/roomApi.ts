/**
 * The IPC handlers of room mode (the facilitator's side of the room server), split from
 * api.ts. Every handler answers a closed room with error.room.closed, never with a throw;
 * room events go to every window as `room.join` / `room.view` (AppEvent).
 */
import type { AppEvent } from '../../shared/ipc/types';
import { fail, ok, type Result } from '../../shared/result';
import type { RoomJoin } from '../../shared/room/join';
import type { PresenterRoundView } from '../../shared/room/round';
import type { RoomServer, RoomService } from './roomServer';
import type { Session } from './session';

export interface RoomApiDeps {
  session: Session;
  /** absent: this host has no room mode (every channel answers error.room.unavailable) */
  rooms?: RoomService;
  emit?: (e: AppEvent) => void;
  /** Electron: shell.openExternal; absent in the harness (the page shows a plain link) */
  openExternal?: (url: string) => Promise<void>;
}

export function roomHandlers(deps: RoomApiDeps) {
  const { rooms } = deps;
  if (rooms) {
    rooms.on((e) => {
      if (e.type === 'room.view') deps.emit?.({ type: 'room.view', view: e.view });
      else if (e.type === 'room.info') void rooms.join().then((join) => deps.emit?.({ type: 'room.join', join }), () => {});
      else {
        deps.emit?.({ type: 'room.join', join: null });
        deps.emit?.({ type: 'room.view', view: null });
      }
    });
  }

  /** Run on the open room; a closed room (or none on this host) is a Result, not a throw. */
  async function onRoom<T>(f: (server: RoomServer) => T | Promise<T>): Promise<Result<T>> {
    if (!rooms) return fail('error.room.unavailable');
    const server = rooms.current();
    if (!server) return fail('error.room.closed');
    const value = await f(server);
    // the console hears the new state at once (the broadcast is throttled)
    deps.emit?.({ type: 'room.view', view: rooms.view() });
    return ok(value);
  }

  const announce = (join: RoomJoin | null) => {
    deps.emit?.({ type: 'room.join', join });
    deps.emit?.({ type: 'room.view', view: rooms?.view() ?? null });
    return ok(join);
  };

  return {
    'room.open': async (req: { docId: string }): Promise<Result<RoomJoin>> => {
      if (!rooms) return fail('error.room.unavailable');
      deps.session.state(req.docId); // only an open workshop (throws error.doc.notOpen)
      const join = await rooms.open(req.docId);
      announce(join);
      return ok(join);
    },
    'room.close': async (): Promise<Result<null>> => {
      await rooms?.close();
      return ok(null);
    },
    'room.join': async (): Promise<Result<RoomJoin | null>> => ok(rooms?.current() ? await rooms.join() : null),
    'room.view': async (): Promise<Result<PresenterRoundView | null>> => ok(rooms?.view() ?? null),
    'room.setAddress': async (req: { address?: string }): Promise<Result<RoomJoin | null>> => {
      if (!rooms?.current()) return fail('error.room.closed');
      return announce(await rooms.setAddress(req.address));
    },
    'room.openLocal': async (): Promise<Result<boolean>> => {
      if (!rooms?.current()) return fail('error.room.closed');
      if (!deps.openExternal) return ok(false);
      // main builds the address itself: the renderer never hands a URL to the system browser
      await deps.openExternal((await rooms.join()).localUrl);
      return ok(true);
    },
    'room.round.openTouchpoint': (req: { touchpointId: string }) => onRoom((s) => s.openTouchpoint(req.touchpointId)),
    'room.round.openPhase': (req: { phaseId: string }) => onRoom((s) => s.openPhase(req.phaseId)),
    'room.round.close': () => onRoom((s) => (s.closeRound(), null)),
    'room.round.reveal': () => onRoom((s) => (s.reveal(), null)),
    'room.round.end': () => onRoom((s) => (s.endRound(), null)),
    'room.setAnonymous': (req: { anonymous: boolean }) => onRoom((s) => s.setAnonymous(req.anonymous)),
    'room.setLocked': (req: { locked: boolean }) => onRoom((s) => (s.setRoom({ locked: req.locked }), null)),
    'room.setAllowSelfAdd': (req: { allow: boolean }) => onRoom((s) => (s.setRoom({ allowSelfAdd: req.allow }), null)),
    'room.setVoting': (req: { voting: boolean; phaseId?: string | null }) =>
      onRoom((s) => (s.setRoom(req.phaseId === undefined ? { voting: req.voting } : { voting: req.voting, votingPhaseId: req.phaseId }), null)),
    'room.free': (req: { participantId: string }) => onRoom((s) => (s.freeParticipant(req.participantId), null)),
  };
}
