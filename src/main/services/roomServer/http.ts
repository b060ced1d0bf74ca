/**
 * The room server's plain HTTP side: the Host/Origin checks shared with the WebSocket
 * upgrade, and static serving of the built phone app. Files are listed once when the room
 * opens and served from that table only, so no request path ever reaches the file system
 * (no traversal, no symlink surprises, no directory listing).
 */
import { promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const MAX_FILES = 200;
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface StaticFile {
  body: Buffer;
  type: string;
}

/** url path ('/assets/x.js') → file; built from the phone app's build folder at open. */
export type StaticTable = ReadonlyMap<string, StaticFile>;

export async function loadStaticTable(dir: string | null): Promise<StaticTable> {
  const table = new Map<string, StaticFile>();
  if (!dir) return table;
  const root = path.resolve(dir);
  async function walk(rel: string, depth: number): Promise<void> {
    if (depth > 4 || table.size >= MAX_FILES) return;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(childRel, depth + 1);
      else if (e.isFile()) {
        const type = TYPES[path.extname(e.name).toLowerCase()];
        if (!type) continue;
        const body = await fs.readFile(path.join(root, childRel));
        if (body.length <= MAX_FILE_BYTES) table.set(`/${childRel}`, { body, type });
      }
    }
  }
  await walk('', 0);
  return table;
}

/** Strict CSP of the phone page: its own scripts and styles, a WebSocket to the same host, nothing else. */
export function phoneCsp(host: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    // Safari 15 does not let 'self' cover ws:, so the host is named
    `connect-src 'self' ws://${host}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(host: string): Record<string, string> {
  return {
    'Content-Security-Policy': phoneCsp(host),
    'X-Content-Type-Options': 'nosniff',
    // the room secret is in the URL: never send it on
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), payment=()',
    'Cache-Control': 'no-store',
  };
}

/**
 * The request's Host if it is one of the laptop's addresses with our port, else null.
 * Stops DNS rebinding: a page on another name that resolves to the laptop is refused.
 */
export function checkedHost(req: IncomingMessage, allowed: ReadonlySet<string>): string | null {
  const host = req.headers.host;
  if (typeof host !== 'string' || host.length > 100) return null;
  const h = host.toLowerCase();
  return allowed.has(h) ? h : null;
}

/** Same origin only. `required`: the WebSocket upgrade must carry one (every browser sends it). */
export function originOk(req: IncomingMessage, host: string, required: boolean): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return !required;
  return origin.toLowerCase() === `http://${host}`;
}

function send(res: ServerResponse, status: number, host: string | null, body: Buffer | string, type = 'text/plain; charset=utf-8', head = false) {
  const headers: Record<string, string | number> = host ? securityHeaders(host) : { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
  headers['Content-Type'] = type;
  headers['Content-Length'] = Buffer.byteLength(body);
  res.writeHead(status, headers);
  res.end(head ? undefined : body);
}

/**
 * Serve the phone app: the join page at `/` (type the room code) and at `/<secret>`
 * (the QR link), its files from the table, 404 for everything else.
 */
export function handleHttp(req: IncomingMessage, res: ServerResponse, ctx: { allowed: ReadonlySet<string>; secret: string; files: StaticTable }): void {
  const host = checkedHost(req, ctx.allowed);
  if (!host) return send(res, 421, null, 'Misdirected request');
  if (!originOk(req, host, false)) return send(res, 403, host, 'Forbidden');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, host, 'Method not allowed');
  const head = req.method === 'HEAD';
  const url = req.url ?? '/';
  if (url.length > 300) return send(res, 414, host, 'URI too long');
  const pathname = url.split('?')[0] ?? '/';
  const page = pathname === '/' || pathname === `/${ctx.secret}`;
  const file = ctx.files.get(page ? '/index.html' : pathname);
  if (!file) return send(res, page ? 503 : 404, host, page ? 'The phone app is not built.' : 'Not found');
  send(res, 200, host, file.body, file.type, head);
}
