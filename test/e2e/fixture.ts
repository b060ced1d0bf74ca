/// <reference lib="dom" />
/**
 * E2E helpers: start the harness (the real services) on a free loopback port with its
 * own data folder, and open pages in Debian's Chromium through playwright-core.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { startHarness, type Harness, type HarnessOptions } from '../../src/harness/server';
import type { Api } from '../../src/shared/ipc/contract';
import type { Workshop } from '../../src/shared/model/schema';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** every data folder a test file made: removed after the file (hundreds of tpc-e2e-* were left in /tmp) */
const dataFolders: string[] = [];
// only under vitest: the bench (tsx bench/run.ts) imports this file too, and has no runner for hooks
if (process.env['VITEST']) {
  afterAll(() => {
    for (const d of dataFolders.splice(0)) rmSync(d, { recursive: true, force: true, maxRetries: 3 });
  });
}

export function tempData(prefix = 'tpc-e2e-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  dataFolders.push(dir);
  return dir;
}

export interface Running {
  harness: Harness;
  data: string;
}

/** Start a harness on a free port. Restart = close() and start again with the same data folder. */
export async function startApp(data = tempData(), language: 'de' | 'en' = 'de', opts: Pick<HarnessOptions, 'eventDelayMs'> = {}): Promise<Running> {
  const harness = await startHarness({ port: 0, data, language, ...opts });
  return { harness, data };
}

/** A page at 1920×1080 that fails the test on any uncaught page error or CSP violation. */
export async function openPage(browser: Browser, url: string, size = { width: 1920, height: 1080 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: size, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon')) errors.push(m.text());
  });
  await page.goto(url);
  return { page, errors };
}

/** Open the bundled example from the library screen; resolves when the workspace shows. */
export async function openExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Beispiel-Workshop öffnen|Open the example workshop/ }).first().click();
  await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
}

export async function screenshotDir(): Promise<string> {
  const dir = path.resolve('test-results/screenshots');
  await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }));
  return dir;
}

/** Screenshots meant for the README: written to docs/screenshots only when TPC_DOC_SHOTS=1, so a plain test run leaves the tree clean. */
export const DOC_SHOTS = path.resolve(process.env['TPC_DOC_SHOTS'] === '1' ? 'docs/screenshots' : 'test-results/screenshots');
mkdirSync(DOC_SHOTS, { recursive: true });

/** Choose an entry of the workspace's File menu (Datei / File) by its name, as a person would. */
export async function fileMenu(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: /^(Datei|File) ▾$/ }).click();
  await page.getByRole('menu', { name: /^(Datei|File)$/ }).getByRole('menuitem', { name: item }).click();
}

export type WithBridge = { tpc: { api: Api } };

/** What main holds of the open workshop (not the window's copy), and its id. */
export async function openDoc(page: Page): Promise<{ docId: string; doc: Workshop }> {
  return page.evaluate(async () => {
    const api = (window as unknown as WithBridge).tpc.api;
    const room = await api['room.get']({});
    if (!room.ok || !room.value.docId) throw new Error('no open workshop');
    const state = await api['doc.get']({ docId: room.value.docId });
    if (!state.ok) throw new Error('doc.get failed');
    return { docId: room.value.docId, doc: state.value.doc };
  });
}

export async function mainDoc(page: Page): Promise<Workshop> {
  return (await openDoc(page)).doc;
}

/** Apply commands in main to the open workshop, as the renderer's bridge does (one undo step); throws when main refuses. */
export async function applyInMain(page: Page, commands: Parameters<Api['doc.apply']>[0]['commands']): Promise<void> {
  const error = await page.evaluate(async (cmds) => {
    const api = (window as unknown as WithBridge).tpc.api;
    const room = await api['room.get']({});
    if (!room.ok || !room.value.docId) return 'no open workshop';
    const r = await api['doc.apply']({ docId: room.value.docId, commands: cmds });
    return r.ok ? null : JSON.stringify(r.error);
  }, commands);
  if (error) throw new Error(error);
}
