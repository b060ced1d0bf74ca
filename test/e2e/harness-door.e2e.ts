/// <reference lib="dom" />
/**
 * The harness's own door, as a hostile page would try it: a second local server (another
 * port on 127.0.0.1: same site, other origin) serves a page that includes the harness's
 * bridge.js as a script and opens its event stream. It must get no token, no API, no events.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, startApp, type Running } from './fixture';

let browser: Browser;
let app: Running;
let evil: http.Server;
let evilUrl = '';

/** The token as the harness's own page carries it (read from Node, like the page's own script would). */
async function tokenOfPage(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  const m = /name="tpc-harness-token" content="([0-9a-f]+)"/.exec(html) ?? /const token = "([0-9a-f]+)"/.exec(await (await fetch(new URL('/__harness/bridge.js', url))).text());
  if (!m?.[1]) throw new Error('no token found');
  return m[1];
}

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp(undefined, 'en');
  const harness = new URL(app.harness.url).origin;
  const token = await tokenOfPage(app.harness.url);
  // the hostile page: watches every token the bridge would use, then loads it as a script
  const page = `<!doctype html><html><body><script>
    window.stolen = [];
    const realFetch = window.fetch.bind(window);
    window.fetch = (u, o) => { window.stolen.push(o && o.headers && o.headers['x-tpc-token']); return realFetch(u, o); };
    const RealSource = window.EventSource;
    window.EventSource = function (u) { window.stolen.push(String(u)); return { close() {} }; };
    window.openStream = () => { const s = new RealSource(${JSON.stringify(`${harness}/__harness/events?token=${token}`)}); s.onmessage = (m) => window.stolen.push(m.data); };
  </script><script src="${harness}/__harness/bridge.js"></script></body></html>`;
  evil = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', () => resolve()));
  const address = evil.address();
  evilUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});

afterAll(async () => {
  await browser?.close();
  await app?.harness.close();
  await new Promise<void>((resolve) => (evil ? evil.close(() => resolve()) : resolve()));
});

describe('a page on another local origin', () => {
  it('gets neither the token nor a working bridge from bridge.js', async () => {
    const page = await browser.newPage();
    const statuses = new Map<string, number>();
    page.on('response', (r) => statuses.set(new URL(r.url()).pathname, r.status()));
    await page.goto(evilUrl);
    await page.waitForLoadState('load');
    const got = await page.evaluate(async () => {
      const w = window as unknown as { tpc?: { api: Record<string, () => Promise<unknown>> }; stolen: unknown[] };
      const answer = w.tpc ? await w.tpc.api['library.list']!().catch(() => null) : null;
      return { bridge: w.tpc !== undefined, answer, stolen: w.stolen.filter((s) => typeof s === 'string' && /[0-9a-f]{32}/.test(s)) };
    });
    expect(got.stolen).toEqual([]);
    expect(got.bridge).toBe(false);
    expect(got.answer).toBeNull();
    expect(statuses.get('/__harness/bridge.js')).toBe(403);
    await page.close();
  });

  it('is refused the event stream, even with the right token', async () => {
    const page = await browser.newPage();
    await page.goto(evilUrl);
    // Playwright reports no response for a CORS-blocked EventSource; the DevTools protocol
    // still shows the raw status line the harness sent (200 with data, or 403)
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    // the two events of one request may arrive in either order (ExtraInfo often comes first)
    const urls = new Map<string, string>();
    const codes = new Map<string, number>();
    let found: (code: number) => void = () => {};
    const status = new Promise<number>((resolve) => (found = resolve));
    const check = (id: string) => {
      const code = codes.get(id);
      if (code !== undefined && urls.get(id)?.includes('/__harness/events')) found(code);
    };
    cdp.on('Network.requestWillBeSent', (e) => {
      urls.set(e.requestId, e.request.url);
      check(e.requestId);
    });
    cdp.on('Network.responseReceivedExtraInfo', (e) => {
      codes.set(e.requestId, e.statusCode);
      check(e.requestId);
    });
    await page.evaluate(() => (window as unknown as { openStream(): void }).openStream());
    expect(await status).toBe(403);
    await page.close();
  });

  it('leaves the harness page itself working', async () => {
    const { page, errors } = await openPage(browser, app.harness.url);
    const info = await page.evaluate(() => (window as unknown as { tpc: { api: { 'app.info': (r: object) => Promise<unknown> } } }).tpc.api['app.info']({}));
    expect(info).toMatchObject({ ok: true, value: { host: 'harness' } });
    expect(await page.locator('meta[name="tpc-harness-token"]').count()).toBe(0); // read once, then removed
    expect(errors).toEqual([]);
    await page.close();
  });
});
