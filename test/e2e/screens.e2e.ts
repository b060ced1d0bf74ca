/// <reference lib="dom" />
/**
 * The beamer that is there (U1, U2): at 1024×768, 1280×800, 1366×768, 1920×1080 and on a laptop
 * screen of 1280×720 (a 1920×1080 panel at 150 %) every
 * work view of the example fits without sideways scrolling and without a control cut off,
 * and every audience step fits the screen like a slide: no scrollbar, no cut-off heading,
 * no "…". One browser, one harness, one presenter page and one audience page for all sizes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { applyInMain, DOC_SHOTS, launchBrowser, mainDoc, openExample, openPage, startApp, type Running } from './fixture';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** each view, and the modes or sections it switches between (by their German labels) */
const VIEWS: { name: string; modes?: { group: string; buttons: string[] } }[] = [
  { name: 'Vorbereitung' },
  { name: 'Board' },
  { name: 'Bewerten', modes: { group: 'Bewertungsart', buttons: ['Einzeln', 'Raster (Papierrunde)'] } },
  { name: 'Würfel', modes: { group: 'Würfelansicht', buttons: ['Netz', '3-D-Würfel', 'Vorher / nachher'] } },
  { name: 'Prioritäten', modes: { group: 'Teile der Priorisierung', buttons: [] } },
  { name: 'Maßnahmen' },
  { name: 'Beziehungskonto' },
  { name: 'Zusammenfassung' },
];

let browser: Browser;
let app: Running;
let presenter: { page: Page; errors: string[] };
let audience: { page: Page; errors: string[] };

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp();
  presenter = await openPage(browser, app.harness.url, SIZES[0]);
  audience = await openPage(browser, `${app.harness.url}audience`, SIZES[0]);
  await openExample(presenter.page);
  // the workshop of the run had 8 participants: two more than the example
  const add = (id: string, name: string) => ({ name: 'participant.add' as const, payload: { id, name, departmentId: null, role: 'Kundenbeirat' } });
  await applyInMain(presenter.page, [add('p_screens7', 'Friederike Hohenstein-Wallner'), add('p_screens8', 'Maximilian Oberhausen')]);
  await audience.page.getByTestId('audience').waitFor();
}, 60_000);
afterAll(async () => {
  await app?.harness.close();
  await browser?.close();
});

/**
 * What does not fit, as sentences: the page scrolls sideways, or a visible control is cut
 * off. A control inside a scroll container is reachable when that container itself fits.
 */
function workViewProblems(): string[] {
  const problems: string[] = [];
  const se = document.scrollingElement!;
  if (se.scrollWidth > innerWidth) problems.push(`page scrolls sideways (${se.scrollWidth} > ${innerWidth})`);
  const inside = (r: DOMRect, b: { left: number; top: number; right: number; bottom: number }) =>
    r.left >= b.left - 1 && r.top >= b.top - 1 && r.right <= b.right + 1 && r.bottom <= b.bottom + 1;
  const viewport = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
  /** true when `el`'s box is visible where it is, or reachable by scrolling a container that fits */
  const reachable = (el: Element, depth = 0): string | null => {
    const r = el.getBoundingClientRect();
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const cs = getComputedStyle(p);
      const ox = cs.overflowX;
      const oy = cs.overflowY;
      if (ox === 'visible' && oy === 'visible') continue;
      const pb = p.getBoundingClientRect();
      if (pb.width <= 2 || pb.height <= 2) return null; // a twin kept for screen readers, shown when focused
      const scrolls = /(auto|scroll)/.test(ox) || /(auto|scroll)/.test(oy);
      if (scrolls) {
        // scrolling down a list is fine; scrolling sideways to reach a button is not
        if (r.left < pb.left - 1 || r.right > pb.right + 1) return `${name(el)} needs sideways scrolling in ${p.tagName.toLowerCase()}.${p.className.split(' ')[0] ?? ''}`;
        return depth > 8 ? null : reachable(p, depth + 1);
      }
      if (!inside(r, p.getBoundingClientRect())) return `${name(el)} is cut off by ${p.tagName.toLowerCase()}.${p.className.split(' ')[0] ?? ''}`;
    }
    return inside(r, viewport) ? null : `${name(el)} lies outside the window (${Math.round(r.left)},${Math.round(r.top)})–(${Math.round(r.right)},${Math.round(r.bottom)})`;
  };
  for (const el of document.querySelectorAll('button, input, select, textarea, [role="button"], [role="gridcell"], [role="columnheader"], th[scope="col"]')) {
    if (el.closest('[inert], [aria-hidden="true"]')) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue; // hidden, or visually hidden for screen readers
    if (getComputedStyle(el).visibility === 'hidden') continue;
    const problem = reachable(el);
    if (problem) problems.push(problem);
  }
  // a column squeezed to nothing is cut off too: its cells are there, their text is not
  for (const el of document.querySelectorAll('[role="gridcell"], [role="columnheader"]')) {
    if (el.closest('[inert], [aria-hidden="true"]') || !(el.textContent ?? '').trim()) continue;
    const r = el.getBoundingClientRect();
    if (r.height > 1 && r.width < 24) problems.push(`${name(el)} is squeezed to ${Math.round(r.width)} px`);
  }
  return problems;
}

/** What breaks the slide: a scrollbar anywhere, text cut off by the stage, a heading or title cut or ellipsised. */
function audienceProblems(): string[] {
  const problems: string[] = [];
  const se = document.scrollingElement!;
  if (se.scrollHeight > innerHeight || se.scrollWidth > innerWidth) problems.push(`the page scrolls (${se.scrollWidth}×${se.scrollHeight})`);
  const root = document.querySelector('[data-testid="audience"]');
  if (!root) return ['no audience view'];
  // fitting by shrinking to a stamp is no fit: the room must still read it
  const scale = Number(root.querySelector('[data-testid="slide"]')?.getAttribute('data-scale') ?? '0');
  if (!(scale >= 0.5)) problems.push(`the slide is scaled to ${scale}`);
  const label = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  for (const el of root.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    if (el.clientWidth <= 2 || el.clientHeight <= 2) continue; // visually hidden, for screen readers
    if (/(auto|scroll)/.test(cs.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`${label(el)} scrolls vertically (${el.scrollHeight} > ${el.clientHeight})`);
    if (/(auto|scroll)/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`${label(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
    const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!hasText) continue;
    if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) problems.push(`${label(el)} ends in "…"`);
    if (/^H[1-6]$/.test(el.tagName) && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) && cs.overflow !== 'visible') problems.push(`heading ${label(el)} is cut`);
    // the text's box must be on the screen and not clipped by an ancestor
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    let box = screen;
    let srOnly = false;
    for (let p = el.parentElement; p && p !== root.parentElement; p = p.parentElement) {
      const b = p.getBoundingClientRect();
      if (b.width <= 2 || b.height <= 2) srOnly = true; // a list kept for screen readers only
      if (srOnly) break;
      const pcs = getComputedStyle(p);
      if (pcs.overflowX === 'visible' && pcs.overflowY === 'visible') continue;
      box = { left: Math.max(box.left, b.left), top: Math.max(box.top, b.top), right: Math.min(box.right, b.right), bottom: Math.min(box.bottom, b.bottom) };
    }
    if (srOnly) continue;
    if (r.left < box.left - 2 || r.top < box.top - 2 || r.right > box.right + 2 || r.bottom > box.bottom + 2) problems.push(`${label(el)} is cut off`);
  }
  return problems;
}

/** Below 1500 px: the workspace header is one row above the tabs, and every view's toolbar is one row. */
function chromeProblems(narrow: boolean): string[] {
  const problems: string[] = [];
  // lines of controls a bar takes: its visible children in rows by vertical overlap (a two-line heading beside one row of buttons is one row); inside, as page.evaluate sends only this function
  const rowsOf = (bar: Element): number => {
    const boxes = [...bar.children]
      .filter((c) => getComputedStyle(c).display !== 'none')
      .map((c) => c.getBoundingClientRect())
      .filter((r) => r.width > 1 && r.height > 1)
      .sort((a, b) => a.top - b.top);
    let rows = 0;
    let bottom = -Infinity;
    for (const r of boxes) {
      if (r.top >= bottom - 1) {
        rows++;
        bottom = r.bottom;
      } else bottom = Math.max(bottom, r.bottom);
    }
    return rows;
  };
  const header = document.querySelector('header.topbar');
  const nav = header?.querySelector('nav');
  if (!header || !nav) return ['no workspace header'];
  if (narrow) {
    const others = [...header.children].filter((c) => c !== nav && c.getBoundingClientRect().height > 1);
    const rowHeight = Math.max(...others.map((c) => c.getBoundingClientRect().height));
    const gap = nav.getBoundingClientRect().top - header.getBoundingClientRect().top;
    // one row of controls, then the tabs: the tabs start within one row's height (and its padding) of the top
    if (gap > rowHeight * 1.6) problems.push(`the header takes ${Math.round(gap)} px above the tabs (one row is ${Math.round(rowHeight)} px)`);
    const row = others.map((c) => c.getBoundingClientRect());
    if (row.some((r) => r.top >= row[0]!.bottom - 1 || r.bottom <= row[0]!.top + 1)) problems.push('the header\'s controls wrap into more than one row');
  }
  for (const bar of document.querySelectorAll('main [data-toolbar]')) {
    const rows = rowsOf(bar);
    if (rows > 1) problems.push(`toolbar "${bar.getAttribute('data-toolbar')}" takes ${rows} rows`);
  }
  return problems;
}

async function view(page: Page, name: string) {
  await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).getByRole('button', { name, exact: true }).click();
}

/** let a view settle: Svelte's render, a resize observer and Konva's next frame */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));
}

describe('every screen fits the beamer that is there', () => {
  for (const size of SIZES) {
    const tag = `${size.width}x${size.height}`;

    it(`every work view fits ${tag}: no sideways scrolling, every control reachable`, async () => {
      const page = presenter.page;
      await page.setViewportSize(size);
      const found: string[] = [];
      for (const v of VIEWS) {
        await view(page, v.name);
        await settle(page);
        const modes = v.modes;
        let buttons = modes?.buttons ?? [];
        if (modes && buttons.length === 0) buttons = (await page.getByRole('group', { name: modes.group }).getByRole('button').allTextContents()).map((s) => s.trim());
        const visits = buttons.length > 0 ? buttons : [''];
        for (const b of visits) {
          if (b) {
            await page.getByRole('group', { name: modes!.group }).getByRole('button', { name: b, exact: true }).click();
            await settle(page);
          }
          const at = b ? `${v.name} / ${b}` : v.name;
          if (b === 'Punktabfrage') {
            // the voting grid shows once a person is chosen
            await page.getByRole('region', { name: 'Wer vergibt Punkte' }).getByRole('button').first().click();
            await settle(page);
          }
          for (const p of await page.evaluate(workViewProblems)) found.push(`${at}: ${p}`);
          for (const p of await page.evaluate(chromeProblems, size.width < 1500)) found.push(`${at}: ${p}`);
          await page.screenshot({ path: path.join(DOC_SHOTS, `screen-${tag}-${(b || v.name).replace(/[^A-Za-zÄÖÜäöüß0-9-]+/g, '_')}.png`) });
        }
      }
      // back to the modes a presenter starts with
      await view(page, 'Bewerten');
      await page.getByRole('group', { name: 'Bewertungsart' }).getByRole('button', { name: 'Einzeln', exact: true }).click();
      await view(page, 'Würfel');
      await page.getByRole('group', { name: 'Würfelansicht' }).getByRole('button', { name: 'Netz', exact: true }).click();
      if (found.length) process.stdout.write(`\n${tag} work views:\n  ${found.join('\n  ')}\n`);
      expect(found).toEqual([]);
      expect(presenter.errors).toEqual([]);
    }, 120_000);

    it(`every audience step fits ${tag} like a slide: no scrollbar, no cut-off heading, no "…"`, async () => {
      const page = audience.page;
      await page.setViewportSize(size);
      const steps = (await mainDoc(page)).agenda.steps.map((s) => s.id);
      expect(steps.length).toBeGreaterThanOrEqual(8);
      // back to step 1 (keys would race main's answer: each step is computed from the last broadcast)
      await applyInMain(page, [{ name: 'agenda.goto', payload: { stepId: steps[0]!, now: Date.now() } }]);
      await page.locator(`[data-testid="audience"][data-step="${steps[0]}"]`).waitFor();
      const found: string[] = [];
      for (let i = 0; i < steps.length; i++) {
        if (i > 0) await page.keyboard.press('PageDown');
        await page.locator(`[data-testid="audience"][data-step="${steps[i]}"]`).waitFor();
        await settle(page);
        for (const p of await page.evaluate(audienceProblems)) found.push(`step ${i + 1}: ${p}`);
        await page.screenshot({ path: path.join(DOC_SHOTS, `audience-${tag}-step${i + 1}.png`) });
      }
      if (found.length) process.stdout.write(`\n${tag} audience:\n  ${found.join('\n  ')}\n`);
      expect(found).toEqual([]);
      expect(audience.errors).toEqual([]);
    }, 120_000);
  }
});
