/// <reference lib="dom" />
/**
 * The audience's cube step (issue 15, U1): the face names drawn on the cube canvas are shown
 * whole at 1024×768, 1280×800 and 1920×1080, wrapped and hyphenated, never ending in "…".
 * The canvas exposes what it drew per face (`data-face-titles`), the way the board exposes its
 * title size; the twin list keeps the names for screen readers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { applyInMain, DOC_SHOTS, launchBrowser, mainDoc, openExample, openPage, startApp, type Running } from './fixture';

const FACE_NAMES = ['Produkt & Angebot', 'Servicequalität', 'Mitarbeitende: Freundlichkeit & Kompetenz', 'Point of Sale & Räume', 'Online-Präsenz', 'Technik & Vernetzung'];

let browser: Browser;
let app: Running;
let audience: { page: Page; errors: string[] };

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp();
  const presenter = await openPage(browser, app.harness.url, { width: 1280, height: 800 });
  await openExample(presenter.page);
  audience = await openPage(browser, `${app.harness.url}audience`, { width: 1024, height: 768 });
  await audience.page.getByTestId('audience').waitFor();
  // the cube step of the example's agenda
  const step = (await mainDoc(audience.page)).agenda.steps.find((s) => s.view === 'cube');
  if (!step) throw new Error('no cube step');
  await applyInMain(audience.page, [{ name: 'agenda.goto', payload: { stepId: step.id, now: Date.now() } }]);
}, 60_000);
afterAll(async () => {
  await app?.harness.close();
  await browser?.close();
});

/** The face names as drawn: each face's title lines, a line ending in a hyphen joined to the next. */
async function drawnNames(page: Page): Promise<{ names: string[]; lines: string[][] }> {
  const canvas = page.getByTestId('audience').locator('canvas[data-face-titles]');
  await canvas.waitFor();
  const raw = (await canvas.getAttribute('data-face-titles')) ?? '[]';
  const lines = JSON.parse(raw) as string[][];
  const names = lines.map((ls) => ls.reduce((acc, l) => (acc === '' ? l : acc.endsWith('-') && /^\p{Ll}/u.test(l) ? acc.slice(0, -1) + l : `${acc} ${l}`), ''));
  return { names, lines };
}

describe('audience cube step', () => {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`shows every face name whole on the cube at ${size.width}×${size.height}`, async () => {
      const page = audience.page;
      await page.setViewportSize(size);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
      const { names, lines } = await drawnNames(page);
      expect(lines.flat().filter((l) => l.includes('…'))).toEqual([]);
      expect(names.slice().sort()).toEqual(FACE_NAMES.slice().sort());
      await page.screenshot({ path: path.join(DOC_SHOTS, `audience-cube-${size.width}x${size.height}.png`) });
      expect(audience.errors).toEqual([]);
    });
  }
});
