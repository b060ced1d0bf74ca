/** Caps of the room server (S9) and the per-socket message rate limiter. */
import { MAX_CLIENT_FRAME_BYTES } from '../../../shared/room/contract';

export interface RoomLimits {
  /** frames above this are refused by `ws` before they are buffered whole */
  maxPayload: number;
  /** open sockets in total (a workshop has at most 100 participants; some reload) */
  maxConnections: number;
  /** open sockets per remote address */
  maxConnectionsPerIp: number;
  /** device tokens kept; the oldest unused ones make room */
  maxDevices: number;
  /** participants a room may add by "add myself" */
  maxSelfAdds: number;
  /** sustained messages per second per socket, and the burst above it */
  messagesPerSecond: number;
  burst: number;
  /** refused messages (too fast, malformed) before the socket is closed */
  maxStrikes: number;
  /** a socket that has not said hello by then is closed */
  helloTimeoutMs: number;
  /** wrong room codes, over all sockets, before the code stops working */
  maxCodeFailures: number;
  /** a device token unused this long no longer resumes */
  tokenIdleMs: number;
  /** the server pings every socket this often and drops the ones that do not answer */
  heartbeatMs: number;
  /** a phone that does not read its messages (buffered bytes) is dropped */
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: RoomLimits = {
  maxPayload: MAX_CLIENT_FRAME_BYTES,
  maxConnections: 250,
  maxConnectionsPerIp: 20,
  maxDevices: 400,
  maxSelfAdds: 60,
  messagesPerSecond: 20,
  burst: 40,
  maxStrikes: 50,
  helloTimeoutMs: 10_000,
  maxCodeFailures: 20,
  tokenIdleMs: 12 * 60 * 60 * 1000,
  heartbeatMs: 30_000,
  maxBufferedBytes: 1024 * 1024,
};

/** Token bucket: `burst` messages at once, refilled at `perSecond`. */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Open sockets in total and per remote address, and the most at once. */
export class SocketCount {
  total = 0;
  peak = 0;
  private readonly perIp = new Map<string, number>();

  take(ip: string, limits: Pick<RoomLimits, 'maxConnections' | 'maxConnectionsPerIp'>): boolean {
    const mine = this.perIp.get(ip) ?? 0;
    if (this.total >= limits.maxConnections || mine >= limits.maxConnectionsPerIp) return false;
    this.total++;
    this.peak = Math.max(this.peak, this.total);
    this.perIp.set(ip, mine + 1);
    return true;
  }

  release(ip: string): void {
    this.total--;
    const n = (this.perIp.get(ip) ?? 1) - 1;
    if (n <= 0) this.perIp.delete(ip);
    else this.perIp.set(ip, n);
  }
}
