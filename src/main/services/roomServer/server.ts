/**
 * The room server (issue 14, quality bar S9): `ws` on Node's http server, listening only
 * between `open()` and `close()`. It answers the participant contract and serves the phone
 * app, nothing else. No electron import: the app, the harness and the tests use it alike.
 */
import { randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import { parseClientFrame, type ClientMessage, type PhoneErrorKey, type ServerMessage } from '../../../shared/room/contract';
import type { PresenterRoundView } from '../../../shared/room/round';
import type { RoundState } from '../../../shared/room/state';
import { RoomCore } from './core';
import { checkedHost, handleHttp, loadStaticTable, originOk, type StaticTable } from './http';
import { DEFAULT_LIMITS, RateLimiter, SocketCount, type RoomLimits } from './limits';
import { heartbeat, PRESENTER_MS, reject, sameText, SOCKET_PATH, token, type Conn, type RoomEvent, type RoomInfo, type RoomServerOptions } from './wire';

export { SOCKET_PATH, type RoomEvent, type RoomInfo, type RoomServerOptions } from './wire';

export class RoomServer {
  private readonly limits: RoomLimits;
  private readonly now: () => number;
  private http: Server | null = null;
  private wss: WebSocketServer | null = null;
  private core: RoomCore | null = null;
  private files: StaticTable = new Map();
  private allowed = new Set<string>();
  private secret = '';
  private code: string | null = null;
  private codeFailures = 0;
  private port = 0;
  private readonly conns = new Set<Conn>();
  private readonly live = new Map<string, Conn>();
  private sockets = new SocketCount();
  private heartbeat: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly listeners = new Set<(e: RoomEvent) => void>();
  private presenterQueued = false;
  private lastPresenter = -Infinity;
  private phonesQueued = false;

  constructor(private readonly opts: RoomServerOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...opts.limits };
    this.now = opts.now ?? Date.now;
  }

  get isOpen(): boolean {
    return this.http !== null;
  }

  on(listener: (e: RoomEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: RoomEvent) {
    for (const l of [...this.listeners]) {
      try {
        l(e);
      } catch {
        /* a closed window must not stop the room */
      }
    }
  }

  // ---------- open / close ----------

  async open(): Promise<RoomInfo> {
    if (this.http) return this.info();
    this.files = await loadStaticTable(this.opts.staticDir);
    this.secret = token();
    this.code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.codeFailures = 0;
    this.sockets = new SocketCount();
    const core = new RoomCore(this.opts.session, this.opts.docId, this.limits, this.now, token);
    core.isConnected = (d) => this.live.has(d.token);
    this.core = core;
    const http = createServer((req, res) => handleHttp(req, res, { allowed: this.allowed, secret: this.secret, files: this.files }));
    // slow or half-open clients must not hold the server
    http.headersTimeout = 5_000;
    http.requestTimeout = 10_000;
    http.maxConnections = this.limits.maxConnections * 2;
    const wss = new WebSocketServer({ noServer: true, maxPayload: this.limits.maxPayload, perMessageDeflate: false, clientTracking: false });
    http.on('upgrade', (req, socket, head) => this.upgrade(req, socket, head));
    http.on('clientError', (_e, socket) => socket.destroy());
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(this.opts.port ?? 0, this.opts.host, () => {
        http.off('error', reject);
        resolve();
      });
    });
    http.on('error', () => {});
    const addr = http.address();
    this.port = typeof addr === 'object' && addr ? addr.port : 0;
    this.http = http;
    this.wss = wss;
    this.refreshAddresses();
    this.unsubscribe = this.opts.session.on((e) => {
      if (e.docId !== this.opts.docId) return;
      if (e.type === 'doc.closed') void this.close();
      else if (e.type === 'doc.changed') {
        if (!core.applying) this.queuePhones();
        this.queuePresenter();
      }
    });
    this.heartbeat = setInterval(() => heartbeat(this.conns), this.limits.heartbeatMs);
    this.heartbeat.unref();
    return this.info();
  }

  /** Close the room: every socket is closed, nothing listens, every token is forgotten. */
  async close(): Promise<void> {
    const http = this.http;
    if (!http) return;
    this.http = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    for (const c of [...this.conns]) {
      this.send(c, { t: 'bye', reason: 'closed' });
      c.ws.terminate();
      this.dropConn(c);
    }
    this.wss?.close();
    this.wss = null;
    this.core = null;
    this.secret = '';
    this.code = null;
    await new Promise<void>((resolve) => {
      http.close(() => resolve());
      http.closeAllConnections();
    });
    this.emit({ type: 'room.closed' });
  }

  /** Re-read the laptop's addresses (the facilitator switched Wi-Fi or picked another). */
  refreshAddresses(): RoomInfo {
    const hosts = new Set<string>([`127.0.0.1:${this.port}`, `localhost:${this.port}`]);
    for (const a of this.opts.addresses()) hosts.add(`${a}:${this.port}`.toLowerCase());
    this.allowed = hosts;
    return this.info();
  }

  info(): RoomInfo {
    const addresses = this.opts.addresses();
    return {
      port: this.port,
      secret: this.secret,
      code: this.code,
      urls: addresses.map((address) => ({ address, join: `http://${address}:${this.port}/${this.secret}`, short: `http://${address}:${this.port}` })),
    };
  }

  // ---------- the facilitator ----------

  private need(): RoomCore {
    if (!this.core) throw new Error('room is closed');
    return this.core;
  }

  private changed() {
    this.queuePhones();
    this.queuePresenter();
  }

  openTouchpoint(touchpointId: string): boolean {
    const ok = this.need().openRound({ pace: 'one', touchpointId });
    this.changed();
    return ok;
  }

  openPhase(phaseId: string): boolean {
    const ok = this.need().openRound({ pace: 'own', phaseId });
    this.changed();
    return ok;
  }

  closeRound(): void {
    this.need().closeRound();
    this.changed();
  }

  reveal(): void {
    this.need().reveal();
    this.changed();
  }

  endRound(): void {
    this.need().endRound();
    this.changed();
  }

  /** false while a round is open (named or anonymous is fixed for a round) */
  setAnonymous(anonymous: boolean): boolean {
    const ok = this.need().setAnonymous(anonymous);
    this.changed();
    return ok;
  }

  setRoom(patch: Partial<Pick<RoundState, 'locked' | 'allowSelfAdd' | 'voting' | 'votingPhaseId'>>): void {
    this.need().setRoom(patch);
    this.changed();
  }

  /** Free a name taken by the wrong phone: that phone is told and must join again. */
  freeParticipant(participantId: string): void {
    for (const d of this.need().free(participantId)) {
      const c = this.live.get(d.token);
      if (c) {
        this.send(c, { t: 'bye', reason: 'freed' });
        c.device = null;
        this.live.delete(d.token);
        c.ws.close(4001, 'freed');
      }
    }
    this.changed();
  }

  /** open sockets now and at most since the room opened (tests, bench) */
  stats(): { sockets: number; peakSockets: number; devices: number; connectedDevices: number } {
    return { sockets: this.sockets.total, peakSockets: this.sockets.peak, devices: this.core?.allDevices().length ?? 0, connectedDevices: this.live.size };
  }

  round(): RoundState | null {
    return this.core?.round ?? null;
  }

  view(): PresenterRoundView | null {
    return this.core?.view(this.live.size) ?? null;
  }

  // ---------- sockets ----------

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    socket.on('error', () => socket.destroy());
    const wss = this.wss;
    const host = checkedHost(req, this.allowed);
    if (!wss || !host) return reject(socket, '421 Misdirected Request');
    if (!originOk(req, host, true)) return reject(socket, '403 Forbidden');
    if ((req.url ?? '') !== SOCKET_PATH) return reject(socket, '404 Not Found');
    const ip = req.socket.remoteAddress ?? '?';
    if (!this.sockets.take(ip, this.limits)) return reject(socket, '503 Service Unavailable');
    // counted from now, before the handshake completes, so a burst cannot pass the cap
    const count = this.sockets;
    socket.once('close', () => count.release(ip));
    wss.handleUpgrade(req, socket, head, (ws) => this.connected(ws, ip));
  }

  private connected(ws: WebSocket, ip: string) {
    if (!this.core) return ws.terminate();
    const c: Conn = { ws, ip, device: null, limiter: new RateLimiter(this.limits.messagesPerSecond, this.limits.burst, this.now), strikes: 0, alive: true, lastTooFast: -Infinity, helloTimer: null };
    c.helloTimer = setTimeout(() => {
      if (!c.device) ws.terminate();
    }, this.limits.helloTimeoutMs);
    this.conns.add(c);
    ws.on('message', (data, isBinary) => this.message(c, data, isBinary));
    ws.on('pong', () => (c.alive = true));
    ws.on('error', () => ws.terminate()); // e.g. a frame above maxPayload
    ws.on('close', () => this.dropConn(c));
  }

  private dropConn(c: Conn) {
    if (c.helloTimer) clearTimeout(c.helloTimer);
    c.helloTimer = null;
    if (!this.conns.delete(c)) return;
    if (c.device && this.live.get(c.device.token) === c) {
      this.live.delete(c.device.token);
      this.queuePresenter();
    }
  }

  private strike(c: Conn, key: PhoneErrorKey | null) {
    c.strikes++;
    if (c.strikes > this.limits.maxStrikes) return c.ws.terminate();
    if (key) this.send(c, { t: 'error', key });
  }

  private message(c: Conn, data: RawData, isBinary: boolean) {
    c.alive = true;
    if (!c.limiter.take()) {
      // tell the phone once a second, not once per dropped frame (no amplification)
      const t = this.now();
      const tell = t - c.lastTooFast >= 1000;
      if (tell) c.lastTooFast = t;
      return this.strike(c, tell ? 'phone.error.tooFast' : null);
    }
    if (isBinary || !Buffer.isBuffer(data)) return this.strike(c, 'phone.error.badMessage');
    const msg = parseClientFrame(data.toString('utf8'));
    if (!msg) return this.strike(c, 'phone.error.badMessage');
    const core = this.core;
    if (!core) return c.ws.terminate();
    if (msg.t === 'hello') return this.hello(c, core, msg);
    const device = c.device;
    if (!device) return this.strike(c, 'phone.error.notJoined');
    if (msg.t === 'leave') {
      core.forget(device);
      this.live.delete(device.token);
      c.device = null;
      this.send(c, { t: 'bye', reason: 'left' });
      c.ws.close(1000, 'left');
      this.queuePresenter();
      return;
    }
    for (const reply of core.handle(device, msg)) this.send(c, reply);
    if (msg.t !== 'ping') this.queuePresenter();
  }

  private hello(c: Conn, core: RoomCore, msg: Extract<ClientMessage, { t: 'hello' }>) {
    if (c.device) {
      this.send(c, core.welcome(c.device, true));
      return this.send(c, core.phoneState(c.device));
    }
    let proven = msg.secret !== undefined && sameText(msg.secret, this.secret);
    if (!proven && msg.secret === undefined && msg.code !== undefined) {
      if (this.code === null) return this.refuse(c, 'phone.error.codeDisabled');
      proven = sameText(msg.code, this.code);
      if (!proven && ++this.codeFailures >= this.limits.maxCodeFailures) {
        // 10⁶ codes can be tried through; after a few wrong ones only the QR secret works
        this.code = null;
        this.emit({ type: 'room.info', info: this.info() });
      }
    }
    // a device token (192 random bits, only ever issued after the secret or code) also
    // proves the room: a phone that joined by code resumes after the code was switched off
    if (!proven && msg.secret === undefined && msg.code === undefined && msg.token !== undefined) proven = core.knows(msg.token);
    if (!proven) return this.refuse(c, 'phone.error.wrongRoom');
    const admitted = core.admit(msg.token, msg.lang ?? 'de');
    if (typeof admitted === 'string') return this.refuse(c, admitted);
    const { device, resumed } = admitted;
    const before = this.live.get(device.token);
    if (before && before !== c) {
      // the same phone came back on a new socket (reload, screen lock): the old one goes
      before.device = null;
      before.ws.close(4002, 'replaced');
    }
    c.device = device;
    this.live.set(device.token, c);
    if (c.helloTimer) clearTimeout(c.helloTimer);
    c.helloTimer = null;
    this.send(c, core.welcome(device, resumed));
    this.send(c, core.phoneState(device));
    this.queuePresenter();
  }

  private refuse(c: Conn, key: PhoneErrorKey) {
    this.send(c, { t: 'error', key });
    c.ws.close(1008, 'refused');
  }

  private send(c: Conn, msg: ServerMessage) {
    if (c.ws.readyState !== WebSocket.OPEN) return;
    // a phone that does not read (or an attacker that never does) is dropped, not buffered for
    if (c.ws.bufferedAmount > this.limits.maxBufferedBytes) return c.ws.terminate();
    c.ws.send(JSON.stringify(msg));
  }

  // ---------- broadcasting, coalesced per turn of the event loop ----------

  /**
   * The presenter's progress, at most once per PRESENTER_MS: the first change after a quiet
   * spell goes out at once (tap → progress stays short), a burst is summed up at its end.
   */
  private queuePresenter() {
    if (this.presenterQueued) return;
    const wait = this.lastPresenter + PRESENTER_MS - this.now();
    if (wait <= 0) return this.emitPresenter();
    this.presenterQueued = true;
    setTimeout(() => {
      this.presenterQueued = false;
      this.emitPresenter();
    }, wait).unref();
  }

  private emitPresenter() {
    this.lastPresenter = this.now();
    const view = this.view();
    if (view) this.emit({ type: 'room.view', view });
  }

  private queuePhones() {
    if (this.phonesQueued) return;
    this.phonesQueued = true;
    setImmediate(() => {
      this.phonesQueued = false;
      const core = this.core;
      if (!core) return;
      const released = new Set(core.releaseMissing());
      for (const c of this.live.values()) {
        if (!c.device) continue;
        if (released.has(c.device)) this.send(c, core.welcome(c.device, true));
        this.send(c, core.phoneState(c.device));
      }
    });
  }
}
