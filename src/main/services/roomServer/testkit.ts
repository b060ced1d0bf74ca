/** Test helpers: a real session on a temp file, a room server on 127.0.0.1, and phones as `ws` clients. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { addTp, workshop } from '../../../shared/metrics/testkit';
import type { Workshop } from '../../../shared/model/schema';
import type { ServerMessage } from '../../../shared/room/contract';
import { Session } from '../session';
import type { RoomLimits } from './limits';
import { RoomServer, SOCKET_PATH, type RoomInfo } from './server';

export function roomDoc(participants = 4, touchpoints = 3): Workshop {
  const d = workshop({ participants });
  for (let i = 0; i < touchpoints; i++) addTp(d, { id: `tp_t${String(i).padStart(3, '0')}`, title: `Touchpoint ${i}`, phase: i % 2 });
  d.touchpoints.forEach((t) => (t.description = `“Quote of ${t.title}”`));
  return d;
}

export interface TestRoom {
  session: Session;
  docId: string;
  server: RoomServer;
  info: RoomInfo;
  dir: string;
  doc(): Workshop;
  stop(): Promise<void>;
}

export async function startRoom(opts: { doc?: Workshop; limits?: Partial<RoomLimits>; staticDir?: string | null; now?: () => number } = {}): Promise<TestRoom> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tpc-room-'));
  const session = new Session({ debounceMs: 10 });
  const created = await session.create(path.join(dir, 'room.tpcube'), opts.doc ?? roomDoc());
  if (!created.ok || created.value.kind !== 'opened') throw new Error('could not create the workshop');
  const docId = created.value.state.docId;
  const server = new RoomServer({ session, docId, host: '127.0.0.1', port: 0, addresses: () => ['127.0.0.1'], staticDir: opts.staticDir ?? null, limits: opts.limits, now: opts.now });
  const info = await server.open();
  return {
    session,
    docId,
    server,
    info,
    dir,
    doc: () => session.state(docId).doc,
    async stop() {
      await server.close();
      await session.closeAll();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A phone: a ws client that records every message and can wait for one. */
export class Phone {
  readonly messages: ServerMessage[] = [];
  closed: { code: number } | null = null;
  private waiters: { pred: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  private seq = 0;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as ServerMessage;
      this.messages.push(m);
      this.waiters = this.waiters.filter((w) => (w.pred(m) ? (w.resolve(m), false) : true));
    });
    ws.on('close', (code) => (this.closed = { code }));
    ws.on('error', () => {});
  }

  static connect(port: number, opts: { host?: string; origin?: string | null } = {}): Promise<Phone> {
    const host = opts.host ?? `127.0.0.1:${port}`;
    const headers: Record<string, string> = { host };
    if (opts.origin !== null) headers.origin = opts.origin ?? `http://${host}`;
    const ws = new WebSocket(`ws://127.0.0.1:${port}${SOCKET_PATH}`, { headers });
    const phone = new Phone(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(phone));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  /** connect, hello with the secret, pick a participant (when given) */
  static async join(room: TestRoom, participantId?: string, token?: string): Promise<Phone> {
    const p = await Phone.connect(room.info.port);
    p.send({ t: 'hello', secret: room.info.secret, ...(token ? { token } : {}) });
    await p.next((m) => m.t === 'state');
    if (participantId) {
      p.send({ t: 'pick', participantId });
      await p.next((m) => m.t === 'welcome' && m.me !== null);
    }
    return p;
  }

  send(msg: unknown): void {
    this.ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
  }

  /** the next message (from now on, or already received after `since`) that matches */
  next(pred: (m: ServerMessage) => boolean, timeoutMs = 2000): Promise<ServerMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such message in time')), timeoutMs);
      this.waiters.push({
        pred,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  /** wait until `n` messages matching `pred` have arrived in total */
  async collect(n: number, pred: (m: ServerMessage) => boolean, timeoutMs = 2000): Promise<ServerMessage[]> {
    const t0 = Date.now();
    while (this.messages.filter(pred).length < n) {
      if (Date.now() - t0 > timeoutMs) throw new Error('not enough messages in time');
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.messages.filter(pred);
  }

  token(): string {
    const w = [...this.messages].reverse().find((m) => m.t === 'welcome');
    if (!w || w.t !== 'welcome') throw new Error('not welcomed');
    return w.token;
  }

  lastState(): Extract<ServerMessage, { t: 'state' }> {
    const s = [...this.messages].reverse().find((m) => m.t === 'state');
    if (!s || s.t !== 'state') throw new Error('no state');
    return s;
  }

  /** rate and wait for the ack or the error of this answer */
  async rate(touchpointId: string, level: -2 | -1 | 0 | 1 | 2 | null): Promise<ServerMessage> {
    const seq = ++this.seq;
    this.send({ t: 'rate', seq, touchpointId, level });
    return this.next((m) => (m.t === 'ack' || m.t === 'error') && m.seq === seq);
  }

  async vote(touchpointId: string, dots: number): Promise<ServerMessage> {
    const seq = ++this.seq;
    this.send({ t: 'vote', seq, touchpointId, dots });
    return this.next((m) => (m.t === 'ack' || m.t === 'error') && m.seq === seq);
  }

  waitClosed(timeoutMs = 2000): Promise<number> {
    if (this.closed) return Promise.resolve(this.closed.code);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket stayed open')), timeoutMs);
      this.ws.once('close', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  close(): void {
    this.ws.terminate();
  }
}
