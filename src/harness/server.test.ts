/**
 * The harness's own door: it serves workshop data on a loopback port, so only its own page
 * may talk to it. Requests are made as a browser would send them from another origin
 * (Origin, Sec-Fetch-Site) or after DNS rebinding (a foreign Host header).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../main/services/testing/tempDir';

// a stand-in for the built renderer: the harness only needs its index.html
const renderer = tempDir('tpc-harness-renderer-');
mkdirSync(path.join(renderer, 'assets'));
writeFileSync(
  path.join(renderer, 'index.html'),
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'" /></head>` +
    `<body><div id="app"></div><script type="module" crossorigin src="./assets/index.js"></script></body></html>`,
);
writeFileSync(path.join(renderer, 'assets/index.js'), 'export {};');
process.env['TPC_RENDERER_DIR'] = renderer;
const { startHarness } = await import('./server');

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One raw request (Node's fetch would not let us set Host). Event streams are read until the first chunk. */
function request(port: number, p: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: p, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
        if (String(res.headers['content-type']).startsWith('text/event-stream')) {
          res.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        }
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

let harness: Awaited<ReturnType<typeof startHarness>>;
let port = 0;
let own = '';
const foreign = 'http://127.0.0.1:1'; // another local server: same site, other origin

/** The token, read the way the harness's own page reads it. */
async function pageToken(): Promise<string> {
  const page = await request(port, '/', { headers: { host: `127.0.0.1:${port}`, 'sec-fetch-site': 'none' } });
  const m = /name="tpc-harness-token" content="([0-9a-f]+)"/.exec(page.body);
  if (m?.[1]) return m[1];
  // where the harness used to hand it out (so these tests show the old holes, not a missing token)
  const old = /const token = "([0-9a-f]+)"/.exec((await request(port, '/__harness/bridge.js')).body);
  if (!old?.[1]) throw new Error('the page carries no token');
  return old[1];
}

beforeAll(async () => {
  harness = await startHarness({ port: 0, data: tempDir('tpc-harness-door-'), language: 'en' });
  port = Number(new URL(harness.url).port);
  own = `http://127.0.0.1:${port}`;
});
afterAll(async () => harness.close());

describe('the harness answers only its own page', () => {
  it('serves its page, its assets and its API to itself (localhost works too)', async () => {
    const token = await pageToken();
    expect((await request(port, '/assets/index.js', { headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(200);
    const info = await request(port, '/__harness/invoke/app.info', {
      method: 'POST',
      headers: { host: `localhost:${port}`, origin: `http://localhost:${port}`, 'x-tpc-token': token, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: '{}',
    });
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { host: 'harness' } });
    const events = await request(port, `/__harness/events?token=${token}`, { headers: { 'sec-fetch-site': 'same-origin' } });
    expect(events.status).toBe(200);
  });

  it('does not hand the token to a page that loads bridge.js as a script', async () => {
    const token = await pageToken();
    const bridge = await request(port, '/__harness/bridge.js', { headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-dest': 'script', 'sec-fetch-mode': 'no-cors' } });
    expect(bridge.body).not.toContain(token);
    // and its own page gets a bridge without it too: the token is only ever in the HTML
    const same = await request(port, '/__harness/bridge.js', { headers: { 'sec-fetch-site': 'same-origin' } });
    expect(same.status).toBe(200);
    expect(same.body).not.toContain(token);
    expect(same.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('refuses a foreign Host (DNS rebinding): no page, no token, no data', async () => {
    const token = await pageToken();
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`, `127.0.0.1:${port + 1}`]) {
      const page = await request(port, '/', { headers: { host } });
      expect(page.status, host).toBe(421);
      expect(page.body).not.toContain(token);
      const events = await request(port, `/__harness/events?token=${token}`, { headers: { host } });
      expect(events.status, host).toBe(421);
      const invoke = await request(port, '/__harness/invoke/library.list', { method: 'POST', headers: { host, 'x-tpc-token': token }, body: '{}' });
      expect(invoke.status, host).toBe(421);
    }
  });

  it('refuses the event stream to another origin, even with the token', async () => {
    const token = await pageToken();
    const byOrigin = await request(port, `/__harness/events?token=${token}`, { headers: { origin: foreign, 'sec-fetch-site': 'same-site' } });
    expect(byOrigin.status).toBe(403);
    expect(byOrigin.body).not.toContain('connected');
    const byFetchSite = await request(port, `/__harness/events?token=${token}`, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(byFetchSite.status).toBe(403);
  });

  it('refuses every route to another origin: page, assets, bridge and API', async () => {
    const token = await pageToken();
    for (const p of ['/', '/index.html', '/assets/index.js', '/__harness/bridge.js']) {
      expect((await request(port, p, { headers: { origin: foreign } })).status, p).toBe(403);
      expect((await request(port, p, { headers: { 'sec-fetch-site': 'same-site' } })).status, p).toBe(403);
    }
    const invoke = await request(port, '/__harness/invoke/library.list', { method: 'POST', headers: { origin: foreign, 'x-tpc-token': token }, body: '{}' });
    expect(invoke.status).toBe(403);
    expect(invoke.body).not.toContain('"ok":true');
    // without the token its own origin is refused as before
    const noToken = await request(port, '/__harness/invoke/library.list', { method: 'POST', headers: { origin: own }, body: '{}' });
    expect(JSON.parse(noToken.body)).toMatchObject({ ok: false, error: { code: 'error.ipc.forbidden' } });
  });
});
