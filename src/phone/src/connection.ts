/**
 * The phone's connection to the room (room-mode.md, trap 7): iOS drops the WebSocket when
 * the screen locks, Wi-Fi comes and goes. We reconnect on `visibilitychange` and `online`
 * (and with a backoff), resume with the device token, and re-send every answer the room
 * has not acknowledged. Nothing here needs a secure context: plain HTTP on a LAN address.
 */
import { ServerMessage, type ClientMessage } from '../../shared/room/contract';

export type Status = 'connecting' | 'open' | 'lost' | 'closed' | 'freed' | 'left' | 'refused';

type Answer = Extract<ClientMessage, { t: 'rate' } | { t: 'vote' }>;
type AnswerInput = Omit<Extract<ClientMessage, { t: 'rate' }>, 'seq'> | Omit<Extract<ClientMessage, { t: 'vote' }>, 'seq'>;

/** The newest unacknowledged answer per touchpoint (rate and vote kept apart). */
export class Outbox {
  private readonly pending = new Map<string, Answer>();
  private seq = 0;

  put(input: AnswerInput): Answer {
    const msg = { ...input, seq: ++this.seq } as Answer;
    this.pending.set(`${msg.t}:${msg.touchpointId}`, msg);
    return msg;
  }

  /** the room took it (or refused it for good): stop re-sending */
  settle(seq: number): void {
    for (const [k, m] of this.pending) if (m.seq === seq) this.pending.delete(k);
  }

  all(): Answer[] {
    return [...this.pending.values()];
  }

  has(t: Answer['t'], touchpointId: string): boolean {
    return this.pending.has(`${t}:${touchpointId}`);
  }
}

export interface Store {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
  /** false in captive-portal mini-browsers and some private modes (trap 8) */
  readonly ok: boolean;
}

export function browserStore(): Store {
  try {
    const s = window.localStorage;
    const probe = '__tpc_probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return {
      ok: true,
      get: (k) => s.getItem(k),
      set: (k, v) => (v === null ? s.removeItem(k) : s.setItem(k, v)),
    };
  } catch {
    const mem = new Map<string, string>();
    return { ok: false, get: (k) => mem.get(k) ?? null, set: (k, v) => (v === null ? mem.delete(k) : mem.set(k, v)) };
  }
}

const TOKEN_KEY = 'tpc.room.token';

export interface ConnectionOptions {
  url: string;
  secret: string | null;
  code: string | null;
  lang: () => 'de' | 'en';
  store: Store;
  onMessage: (m: ServerMessage) => void;
  onStatus: (s: Status) => void;
}

export class RoomConnection {
  private ws: WebSocket | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private backoff = 500;
  private stopped = false;
  readonly outbox = new Outbox();

  constructor(private readonly opts: ConnectionOptions) {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.wake();
    });
    window.addEventListener('online', () => this.wake());
    // the socket of a phone that left the Wi-Fi is dead but may look open for a long time:
    // drop it at once, so the page says so and reconnects the moment the network is back
    window.addEventListener('offline', () => this.ws?.close());
    window.addEventListener('pageshow', () => this.wake());
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  /** the phone came back (screen on, Wi-Fi back): reconnect now rather than after the backoff */
  private wake() {
    if (this.stopped) return;
    if (this.ws && (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING)) return;
    this.backoff = 500;
    this.connect();
  }

  private connect() {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.opts.onStatus('connecting');
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.opts.url);
    } catch {
      return this.later();
    }
    this.ws = ws;
    ws.onopen = () => {
      const token = this.opts.store.get(TOKEN_KEY) ?? undefined;
      const hello: ClientMessage = { t: 'hello', lang: this.opts.lang(), ...(token ? { token } : {}) };
      if (this.opts.secret) hello.secret = this.opts.secret;
      else if (this.opts.code && !token) hello.code = this.opts.code;
      ws.send(JSON.stringify(hello));
    };
    ws.onmessage = (ev) => this.receive(ev.data);
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      if (this.stopped) return;
      this.opts.onStatus('lost');
      this.later();
    };
    ws.onerror = () => ws.close();
  }

  private later() {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect();
    }, this.backoff);
    this.backoff = Math.min(5000, this.backoff * 2);
  }

  private receive(data: unknown) {
    if (typeof data !== 'string') return;
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = ServerMessage.safeParse(raw);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.t === 'welcome') {
      this.opts.store.set(TOKEN_KEY, m.token);
      this.backoff = 500;
      this.opts.onStatus('open');
      for (const a of this.outbox.all()) this.raw(a);
    } else if (m.t === 'ack') this.outbox.settle(m.seq);
    else if (m.t === 'error') {
      if (m.seq !== undefined) this.outbox.settle(m.seq);
      if (m.key === 'phone.error.wrongRoom' || m.key === 'phone.error.roomLocked' || m.key === 'phone.error.codeDisabled' || m.key === 'phone.error.roomFull') {
        // a stale token from an earlier room must not keep us out of this one
        this.opts.store.set(TOKEN_KEY, null);
        this.stop('refused');
      }
    } else if (m.t === 'bye') {
      if (m.reason !== 'closed') this.opts.store.set(TOKEN_KEY, null);
      this.stop(m.reason);
    }
    this.opts.onMessage(m);
  }

  private stop(status: Status) {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.opts.onStatus(status);
  }

  private raw(msg: ClientMessage): boolean {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(msg));
    return true;
  }

  /** an answer: kept until acknowledged, re-sent after a reconnect */
  answer(input: AnswerInput): void {
    this.raw(this.outbox.put(input));
  }

  /** pick, addSelf, leave: only while connected (the screen shows the state otherwise) */
  send(msg: Extract<ClientMessage, { t: 'pick' } | { t: 'addSelf' } | { t: 'leave' }>): boolean {
    return this.raw(msg);
  }
}
