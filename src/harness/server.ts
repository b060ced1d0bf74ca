/**
 * The browser harness (ADR 0003): serves the built renderer on 127.0.0.1 and implements
 * the preload's `window.tpc` over a loopback connection (HTTP for requests, Server-Sent
 * Events for broadcasts), backed by the same main-side services the Electron app uses.
 * Usage: npm run harness -- --port 5310 --data /tmp/tpc-data
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNEL_NAMES } from '../shared/ipc/channels';
import type { AppEvent } from '../shared/ipc/types';
import { fail } from '../shared/result';
import { createApi } from '../main/services/api';
import { RoomService } from '../main/services/roomServer';
import { Session } from '../main/services/session';
import { SettingsStore, defaultSettings } from '../main/services/settings';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { createOrderGate, parseOrder } from './inOrder';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RENDERER = path.resolve(process.env['TPC_RENDERER_DIR'] ?? path.join(ROOT, 'out/renderer'));
const PHONE = path.resolve(process.env['TPC_PHONE_DIR'] ?? path.join(ROOT, 'out/phone'));
const MAX_BODY = 60 * 1024 * 1024;

export interface HarnessOptions {
  port: number;
  data: string;
  language?: 'de' | 'en';
  debounceMs?: number;
  /** tests only: main's broadcasts reach the pages this much later (a slow event stream) */
  eventDelayMs?: number;
}

export interface Harness {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Mirrors src/preload/index.ts: exactly the contract's channels, plus onEvent. It carries no
 * secret: the token is in the HTML page only (a <meta> the script reads and removes), so a
 * foreign page that includes this script as <script src> runs it without a token. A <meta>
 * rather than an inline script keeps the CSP exactly the app's (`script-src 'self'`, no
 * nonce, no hash): nothing inline runs at all.
 * Order as over Electron's one IPC pipe: main takes a page's calls in the order it made them
 * (`x-tpc-order`, inOrder.ts), and an answer reaches the page after the broadcasts main sent
 * before it (`x-tpc-events` names the last; the event stream numbers them).
 */
function bridgeScript(): string {
  return `(() => {
  const meta = document.querySelector('meta[name="tpc-harness-token"]');
  const token = meta ? meta.getAttribute('content') || '' : '';
  if (meta) meta.remove();
  const channels = ${JSON.stringify(CHANNEL_NAMES)};
  // calls are numbered per page, so main takes them in the order they were made, as over IPC (inOrder.ts)
  const page = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  let seq = 0;
  const api = {};
  for (const c of channels) {
    api[c] = async (req) => {
      const order = page + ':' + (++seq);
      const res = await fetch('/__harness/invoke/' + encodeURIComponent(c), {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-tpc-token': token, 'x-tpc-order': order }, body: JSON.stringify(req ?? {}),
      });
      const answer = await res.json();
      // the broadcasts main sent before this answer come first, as over IPC (a lost one: not for ever)
      const before = Number(res.headers.get('x-tpc-events') || 0);
      if (heard < before && source.readyState !== EventSource.CLOSED) await new Promise((go) => {
        const w = { n: before, go };
        waiting.add(w);
        setTimeout(() => { if (waiting.delete(w)) go(); }, 3000);
      });
      return answer;
    };
  }
  const listeners = new Set();
  let heard = -1;
  const waiting = new Set();
  const hear = (id) => {
    heard = Math.max(heard, id);
    for (const w of waiting) if (heard >= w.n) { waiting.delete(w); w.go(); }
  };
  const source = new EventSource('/__harness/events?token=' + encodeURIComponent(token));
  source.addEventListener('hello', (m) => hear(Number(m.lastEventId) || 0));
  source.onmessage = (m) => { const e = JSON.parse(m.data); for (const l of listeners) l(e); hear(Number(m.lastEventId) || 0); };
  window.tpc = Object.freeze({ api: Object.freeze(api), onEvent(cb) { listeners.add(cb); return () => listeners.delete(cb); } });
})();`;
}

/**
 * Who may knock (checked on every route, before anything else):
 * - Host must be this server by its loopback name and port: a DNS-rebound name
 *   (evil.example → 127.0.0.1) reaches the socket but not the data (421).
 * - Origin, when a browser sends one (fetch, POST, EventSource), must be this server's own.
 * - Sec-Fetch-Site, which Chromium sends to loopback even on <script src> (which has no
 *   Origin), must be same-origin or none (typed address): another port on 127.0.0.1 is
 *   "same-site", and is refused too.
 */
export function doorCheck(headers: http.IncomingHttpHeaders, port: number): 421 | 403 | null {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(String(headers.host ?? '').toLowerCase())) return 421;
  const origin = headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return 403;
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 403;
  return null;
}

export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const token = randomBytes(16).toString('hex');
  await fs.mkdir(opts.data, { recursive: true });
  const settings = new SettingsStore(path.join(opts.data, 'settings.json'), defaultSettings(opts.language ?? 'de'));
  await settings.load();
  const session = new Session({ debounceMs: opts.debounceMs });
  const clients = new Set<http.ServerResponse>();
  // broadcasts are numbered: an answer names the last one sent before it, and the bridge
  // waits for that one first, as over Electron's one ordered pipe (bridgeScript)
  let broadcasts = 0;
  const emit = (e: AppEvent) => {
    const line = `id: ${++broadcasts}\ndata: ${JSON.stringify(e)}\n\n`;
    const send = () => {
      for (const c of clients) c.write(line);
    };
    if (opts.eventDelayMs) setTimeout(send, opts.eventDelayMs);
    else send();
  };
  session.on(emit);
  // the same room server as the app, on loopback only; many simulated phones share 127.0.0.1
  const rooms = new RoomService({
    session,
    staticDir: PHONE,
    host: '127.0.0.1',
    addresses: async () => [{ address: '127.0.0.1', iface: 'lo', defaultRoute: true }],
    limits: { maxConnectionsPerIp: 1000 },
  });
  const api = createApi({
    session,
    settings,
    folder: path.join(opts.data, 'workshops'),
    examplePath: path.join(ROOT, 'resources/example.tpcube'),
    now: () => new Date(),
    info: { version: '0.1.0', host: 'harness', platform: process.platform },
    emit,
    rooms,
  });
  const index = (await fs.readFile(path.join(RENDERER, 'index.html'), 'utf8')).replace(
    '<script type="module"',
    `<meta name="tpc-harness-token" content="${token}" />\n    <script src="/__harness/bridge.js"></script>\n    <script type="module"`,
  );

  const gate = createOrderGate();
  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const refused = doorCheck(req.headers, port);
    if (refused) {
      res.writeHead(refused, { 'cache-control': 'no-store' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // CORP: even a no-cors load (<script src>, <img>) from another origin is blocked by the browser
    const security = {
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'cross-origin-resource-policy': 'same-origin',
    };
    if (url.pathname.startsWith('/__harness/invoke/') && req.method === 'POST') {
      const channel = decodeURIComponent(url.pathname.slice('/__harness/invoke/'.length));
      // the harness's stand-in for the sender check: its own origin (checked above) and the page's token
      const trusted = req.headers['x-tpc-token'] === token;
      let body = '';
      let size = 0;
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > MAX_BODY) {
          res.writeHead(413).end();
          return;
        }
        body += chunk;
      }
      let payload: unknown;
      try {
        payload = body ? JSON.parse(body) : {};
      } catch {
        payload = Symbol('bad');
      }
      const order = trusted ? parseOrder(req.headers['x-tpc-order']) : null;
      if (order) await gate.turn(order.page, order.seq);
      const pending = !trusted
        ? fail('error.ipc.forbidden')
        : typeof payload === 'symbol'
          ? fail('error.ipc.badRequest', { where: channel })
          : api.call(channel, payload);
      if (order) gate.done(order.page, order.seq); // handed to main: the page's next call may go
      const result = await pending;
      res.writeHead(200, { 'content-type': 'application/json', 'x-tpc-events': String(broadcasts), ...security });
      res.end(JSON.stringify(result));
      return;
    }
    if (url.pathname === '/__harness/events') {
      if (url.searchParams.get('token') !== token) {
        res.writeHead(403).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', 'cross-origin-resource-policy': 'same-origin', connection: 'keep-alive' });
      // where this page starts counting: it never waits for a broadcast sent before it listened
      res.write(`id: ${broadcasts}\nevent: hello\ndata: {}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/__harness/bridge.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'] ?? '', ...security });
      res.end(bridgeScript());
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html' || url.pathname === '/audience' || url.pathname === '/presenter') {
      res.writeHead(200, { 'content-type': TYPES['.html'] ?? '', ...security });
      res.end(index);
      return;
    }
    const file = path.normalize(path.join(RENDERER, url.pathname));
    if (!file.startsWith(RENDERER + path.sep)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const data = await fs.readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...security });
      res.end(data);
    } catch {
      res.writeHead(404).end();
    }
  }

  let port = opts.port;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address && typeof address === 'object') port = address.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      await session.closeAll(); // R6: flush before going away
      await rooms.closeAll();
      for (const c of clients) c.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const port = Number(arg('port') ?? '5310');
  const data = path.resolve(arg('data') ?? path.join(ROOT, '.tmp/harness-data'));
  const lang = arg('lang') === 'en' ? 'en' : 'de';
  startHarness({ port, data, language: lang })
    .then((h) => {
      process.stdout.write(`harness listening on ${h.url} (data: ${data})\n`);
      const stop = () => {
        void h.close().finally(() => process.exit(0));
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    })
    .catch((e: unknown) => {
      process.stderr.write(`harness could not start: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    });
}
