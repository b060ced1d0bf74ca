/**
 * Drives the real renderer in headless Chromium through the harness (the same services
 * as the app), for the renderer benchmarks and the soak test: open a workshop, capture,
 * rate, drag, undo, read the heap. Board-specific gestures return null when the board
 * is not in this build, so callers can report "not available yet".
 */
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { startHarness, type Harness } from '../src/harness/server';
import { serializeWorkshop } from '../src/shared/model/migrations';
import type { Workshop } from '../src/shared/model/schema';
import { launchBrowser } from '../test/e2e/fixture';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '..');
const PROBES = readFileSync(path.join(HERE, 'page/probes.js'), 'utf8');

export const VIEWPORT = { width: 1920, height: 1080 };
/** how long the board may take to appear before we call it "not in this build" */
export const BOARD_TIMEOUT_MS = 10_000;

export function rendererDir(): string {
  return path.resolve(process.env['TPC_RENDERER_DIR'] ?? path.join(ROOT, 'out/renderer'));
}

export interface App {
  harness: Harness;
  browser: Browser;
  data: string;
  folder: string;
  close(): Promise<void>;
}

/** Harness on a free port with its own data folder holding `workshops` (file name → document). */
export async function startApp(workshops: Record<string, Workshop>): Promise<App> {
  if (!existsSync(path.join(rendererDir(), 'index.html'))) throw new Error(`no built renderer in ${rendererDir()}: run \`npm run build\` first`);
  const data = await fs.mkdtemp(path.join(os.tmpdir(), 'tpc-bench-app-'));
  const folder = path.join(data, 'workshops');
  await fs.mkdir(folder, { recursive: true });
  for (const [name, doc] of Object.entries(workshops)) await fs.writeFile(path.join(folder, name), serializeWorkshop(doc), 'utf8');
  const harness = await startHarness({ port: 0, data, language: 'de' });
  const browser = await launchBrowser();
  return {
    harness,
    browser,
    data,
    folder,
    async close() {
      await browser.close().catch(() => {});
      await harness.close().catch(() => {});
      await fs.rm(data, { recursive: true, force: true }).catch(() => {});
    },
  };
}

export interface AppPage {
  page: Page;
  cdp: CDPSession;
  errors: string[];
}

/** A fresh 1920×1080 tab on the library screen, with the in-page probes loaded. */
export async function openLibrary(app: App): Promise<AppPage> {
  const page = await app.browser.newPage({ viewport: VIEWPORT });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon')) errors.push(m.text());
  });
  await page.goto(app.harness.url);
  await page.locator('button.link.title').first().waitFor({ timeout: 30_000 });
  await page.evaluate(PROBES);
  const cdp = await page.context().newCDPSession(page);
  return { page, cdp, errors };
}

/** Click a workshop in the library and measure, in the page, until the board is drawn (ms), or null. */
export async function openToBoard(p: AppPage, title: string, timeoutMs = BOARD_TIMEOUT_MS): Promise<number | null> {
  const ms = await p.page.evaluate(
    `(async () => {
      const b = [...document.querySelectorAll('button.link.title')].find((x) => x.textContent.trim() === ${JSON.stringify(title)});
      if (!b) throw new Error('no workshop titled ' + ${JSON.stringify(title)} + ' in the library');
      try { return await window.__bench.clickUntilReady(b, ${timeoutMs}); } catch { return null; }
    })()`,
  );
  if (ms === null) await p.page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor(); // the workspace at least
  return ms as number | null;
}

/** Back to the library (closes the workshop, flushing its save). */
export async function backToLibrary(p: AppPage): Promise<void> {
  await p.page.getByRole('button', { name: /Alle Workshops|All workshops/ }).click();
  await p.page.locator('button.link.title').first().waitFor();
}

/** docId of an open workshop, asked through the page's own bridge (opening an open file returns it). */
export async function docIdOf(p: AppPage, file: string): Promise<string> {
  const id = await p.page.evaluate(`window.tpc.api['library.open']({ path: ${JSON.stringify(file)} }).then((r) => (r.ok && r.value.kind === 'opened' ? r.value.state.docId : null))`);
  if (typeof id !== 'string') throw new Error(`could not get the docId of ${file}`);
  return id;
}

/** Run commands as the renderer does (one gesture), through the page's bridge. */
export async function runInPage(p: AppPage, docId: string, commands: unknown[]): Promise<boolean> {
  return (await p.page.evaluate(`window.tpc.api['doc.apply'](${JSON.stringify({ docId, commands })}).then((r) => r.ok)`)) as boolean;
}

/** Renderer JS heap in MB after a full garbage collection (what stays, not what waits for GC). */
export async function heapMb(p: AppPage): Promise<number> {
  await p.cdp.send('HeapProfiler.enable');
  await p.cdp.send('HeapProfiler.collectGarbage');
  await p.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await p.cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / (1024 * 1024);
}

/** Is the board drawn right now? */
export async function boardReady(p: AppPage): Promise<boolean> {
  return (await p.page.locator('[data-ready]').count()) > 0;
}

/**
 * New card by keyboard on the board: N, the title, Enter. Resolves with the ms from the
 * Enter key to the title being visible in the board's outline (measured in the page),
 * then ends the capture with Escape.
 */
export async function captureByKeyboard(p: AppPage, title: string, timeoutMs = 5_000): Promise<number | null> {
  await focusBoard(p);
  await p.page.evaluate(`window.__bench.armCapture(${JSON.stringify(title)}, ${timeoutMs})`);
  await p.page.keyboard.press('n');
  await p.page.locator('#board-capture').waitFor({ timeout: 2_000 }).catch(() => {});
  await p.page.keyboard.type(title);
  await p.page.keyboard.press('Enter');
  let ms: number | null = null;
  try {
    ms = (await p.page.evaluate('window.__benchCapture')) as number;
  } catch {
    ms = null;
  }
  await p.page.keyboard.press('Escape');
  return ms;
}

/** Give the board the keyboard: focus its canvas host (the keyboard-operated widget). */
export async function focusBoard(p: AppPage): Promise<void> {
  await p.page.evaluate(`(() => {
    const host = document.querySelector('[data-ready] [role="application"]');
    if (host && document.activeElement !== host) host.focus();
  })()`);
}

/** Where a card sits on the screen (centre, CSS px), from the outline's data-x/y/w/h, or null. */
export async function cardOnScreen(p: AppPage, touchpointId: string): Promise<{ x: number; y: number } | null> {
  const pos = await p.page.evaluate(`(() => {
    const li = document.querySelector('[data-ready] li[data-id=${JSON.stringify(touchpointId)}]');
    if (!li || !li.hasAttribute('data-x')) return null;
    const n = (a) => Number(li.getAttribute(a));
    return { x: n('data-x') + n('data-w') / 2 - window.scrollX, y: n('data-y') + n('data-h') / 2 - window.scrollY };
  })()`);
  return (pos as { x: number; y: number } | null) ?? null;
}

/**
 * Drag with the mouse from `from` by (dx, dy) in `steps` moves about one frame apart,
 * recording the page's animation-frame intervals during the drag. Returns the intervals.
 */
export async function dragAndRecordFrames(page: Page, from: { x: number; y: number }, dx: number, dy: number, steps = 60): Promise<number[]> {
  await page.mouse.move(from.x, from.y);
  await page.evaluate('window.__benchFrames = window.__bench.recordFrames()');
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (dx * i) / steps, from.y + (dy * i) / steps);
    await new Promise((r) => setTimeout(r, 12));
  }
  await page.mouse.up();
  return (await page.evaluate('window.__benchFrames.stop()')) as number[];
}

export function probesSource(): string {
  return PROBES;
}
