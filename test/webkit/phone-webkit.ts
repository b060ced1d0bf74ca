/**
 * The phone page's join → rate → reveal flow in a WebKit engine (Safari's), through
 * WebKitWebDriver (stack.md). Not part of `npm test`: it needs `apt-get install -y
 * webkit2gtk-driver xvfb`. Run: `npm run build && npx tsx test/webkit/phone-webkit.ts`.
 * Exits non-zero when a step fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Phone, roomDoc, startRoom } from '../../src/main/services/roomServer/testkit';

const DRIVER = 'http://127.0.0.1:4445';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

async function main() {
  const procs: ChildProcess[] = [];
  procs.push(spawn('Xvfb', [':99', '-screen', '0', '1280x1024x24'], { stdio: 'ignore' }));
  await sleep(800);
  procs.push(spawn('WebKitWebDriver', ['--port=4445'], { stdio: 'ignore', env: { ...process.env, DISPLAY: ':99' } }));
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
    process.stdout.write(`WebKit OK (${ua}): joined, rated, reveal shown; distribution ${JSON.stringify(summary?.distribution)}\n`);
  } finally {
    if (sid) await wd('DELETE', `/session/${sid}`).catch(() => {});
    await room.stop();
    for (const p of procs.reverse()) p.kill();
  }
}

main().catch((e) => {
  process.stderr.write(`WebKit check failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
