/**
 * The phone page's join → rate → reveal flow in a WebKit engine (Safari's), through
 * WebKitWebDriver (stack.md). Part of `npm test` through test/e2e/phone-webkit.e2e.ts; it
 * needs `apt-get install -y webkit2gtk-driver xvfb` (.ci/run installs them). It starts its
 * own Xvfb (a free display, -displayfd) and WebKitWebDriver (a free port) and stops both.
 * Alone: `npm run test:webkit` (exits non-zero when a step fails).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Phone, roomDoc, startRoom } from '../../src/main/services/roomServer/testkit';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let DRIVER = '';

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** Xvfb on a display it picks itself (it writes the number to fd 3 once it is ready). */
function startXvfb(): Promise<{ proc: ChildProcess; display: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start')), 10_000);
    proc.once('error', (e) => reject(new Error(`Xvfb: ${e.message} (apt-get install xvfb)`)));
    (proc.stdio[3] as NodeJS.ReadableStream).on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve({ proc, display: `:${out.trim()}` });
      }
    });
  });
}

function stop(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => p.kill('SIGKILL'), 3000);
    p.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    p.kill();
  });
}

async function wd(method: string, url: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${DRIVER}${url}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await res.json()) as { value: Record<string, unknown> };
  if (!res.ok) throw new Error(`${method} ${url}: ${JSON.stringify(json.value).slice(0, 300)}`);
  return json.value;
}

async function waitFor<T>(what: string, fn: () => Promise<T | null>, ms = 15_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    try {
      const v = await fn();
      if (v !== null) return v;
    } catch {
      /* not yet */
    }
    if (Date.now() - t0 > ms) throw new Error(`timed out: ${what}`);
    await sleep(200);
  }
}

export interface WebKitResult {
  userAgent: string;
  distribution: number[] | undefined;
}

export async function webkitPhoneCheck(): Promise<WebKitResult> {
  const procs: ChildProcess[] = [];
  const xvfb = await startXvfb();
  procs.push(xvfb.proc);
  const port = await freePort();
  DRIVER = `http://127.0.0.1:${port}`;
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display } });
  driver.once('error', () => {}); // reported as "timed out: driver" below
  procs.push(driver);
  const doc = roomDoc(3, 2);
  doc.participants.forEach((p, i) => (p.name = ['Ada', 'Bruno', 'Cem'][i]!));
  const room = await startRoom({ doc, staticDir: path.resolve('out/phone') });
  let sid = '';
  try {
    await waitFor('driver', async () => ((await fetch(`${DRIVER}/status`)).ok ? true : null));
    const session = await wd('POST', '/session', {
      capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] } } },
    });
    sid = String(session['sessionId']);
    const find = async (xpath: string) => {
      const el = await wd('POST', `/session/${sid}/element`, { using: 'xpath', value: xpath });
      return String(Object.values(el)[0]);
    };
    const click = async (xpath: string) => wd('POST', `/session/${sid}/element/${await waitFor(xpath, () => find(xpath))}/click`, {});
    const bodyText = async () => String(await wd('POST', `/session/${sid}/execute/sync`, { script: 'return document.body.innerText', args: [] }));

    room.server.openTouchpoint('tp_t000');
    await wd('POST', `/session/${sid}/url`, { url: room.info.urls[0]!.join });
    const ua = String(await wd('POST', `/session/${sid}/execute/sync`, { script: 'return navigator.userAgent', args: [] }));
    await click("//button[contains(., 'Bruno')]");
    await waitFor('name taken', async () => (/Bruno/.test(await bodyText()) && /Touchpoint 0/.test(await bodyText()) ? true : null));
    await click("//button[.//span[contains(@class, 'word') and (normalize-space()='gut' or normalize-space()='good')]]");
    await waitFor('rating saved', async () => (room.doc().ratings['tp_t000']?.['pa_p01'] === 1 ? true : null));
    // a second phone (a ws client) so the reveal has a distribution
    const other = await Phone.join(room, 'pa_p00');
    await other.rate('tp_t000', -2);
    room.server.reveal();
    await waitFor('reveal shown on the phone', async () => (/Leinwand|on the screen/.test(await bodyText()) ? true : null));
    const summary = room.server.view()?.summary;
    if (JSON.stringify(summary?.distribution) !== JSON.stringify([1, 0, 0, 1, 0])) throw new Error(`unexpected distribution ${JSON.stringify(summary)}`);
    return { userAgent: ua, distribution: summary?.distribution };
  } finally {
    if (sid) await wd('DELETE', `/session/${sid}`).catch(() => {});
    await room.stop();
    for (const p of procs.reverse()) await stop(p);
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  webkitPhoneCheck()
    .then((r) => process.stdout.write(`WebKit OK (${r.userAgent}): joined, rated, reveal shown; distribution ${JSON.stringify(r.distribution)}\n`))
    .catch((e: unknown) => {
      process.stderr.write(`WebKit check failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    });
}
