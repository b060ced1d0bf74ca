/** Types and small helpers of the room server's wire side (split from server.ts). */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { PresenterRoundView } from '../../../shared/room/round';
import type { RoomInfo } from '../../../shared/room/join';
import type { Device, SessionPort } from './core';
import type { RateLimiter, RoomLimits } from './limits';

export interface RoomServerOptions {
  session: SessionPort;
  docId: string;
  /** bind address: '0.0.0.0' in the app (the Host check narrows it), '127.0.0.1' in tests and the harness */
  host: string;
  /** 0 = a free port */
  port?: number;
  /** the laptop's IPv4 addresses, best first (addresses.ts): the URLs and the allowed Host values */
  addresses: () => readonly string[];
  /** the built phone app (index.html + assets); null serves no page */
  staticDir: string | null;
  limits?: Partial<RoomLimits>;
  now?: () => number;
}

export type { RoomInfo } from '../../../shared/room/join';

export type RoomEvent = { type: 'room.view'; view: PresenterRoundView } | { type: 'room.info'; info: RoomInfo } | { type: 'room.closed' };

/** The presenter view is sent at most this often (a beamer shows ~60 frames a second). */
export const PRESENTER_MS = 20;

/** The socket path of the contract; every other upgrade is refused. */
export const SOCKET_PATH = '/ws';

export interface Conn {
  ws: WebSocket;
  ip: string;
  device: Device | null;
  limiter: RateLimiter;
  strikes: number;
  alive: boolean;
  lastTooFast: number;
  helloTimer: NodeJS.Timeout | null;
}

export const token = () => randomBytes(24).toString('base64url');

export function reject(socket: Duplex, status: string) {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Ping every socket; the ones that did not answer the last ping are dropped. */
export function heartbeat(conns: Iterable<Conn>): void {
  for (const c of conns) {
    if (!c.alive) {
      c.ws.terminate();
      continue;
    }
    c.alive = false;
    try {
      c.ws.ping();
    } catch {
      c.ws.terminate();
    }
  }
}
