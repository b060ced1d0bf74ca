/// <reference lib="dom" />
/**
 * Below 1500 px (1280×800 and 1024×768 beamers, laptops at 150 %) the secondary controls of
 * the workspace header and the cube view fold into menu buttons; each of them must still be
 * reachable by mouse and by keyboard. At 1920×1080 they stay in the bars. (screens.e2e.ts
 * checks that the bars are then one row.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { DOC_SHOTS, launchBrowser, openExample, openPage, startApp, type Running } from './fixture';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
];

let browser: Browser;
let app: Running;
let presenter: { page: Page; errors: string[] };

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp();
  presenter = await openPage(browser, app.harness.url, SIZES[0]);
  await openExample(presenter.page);
}, 60_000);
afterAll(async () => {
  await app?.harness.close();
  await browser?.close();
});

async function view(page: Page, name: string) {
  await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).getByRole('button', { name, exact: true }).click();
}

/** the element that has the focus, by its role and text */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.getAttribute('role') ?? el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim()}` : '';
  });
}

describe('below 1500 px toolbars fold into menus; every folded control stays reachable', () => {
  for (const size of SIZES) {
    const tag = `${size.width}x${size.height}`;

    it(`at ${tag} settings, the ? sheet and the language are in the header's menu, by mouse and by keyboard`, async () => {
      const page = presenter.page;
      await page.setViewportSize(size);
      await view(page, 'Board');
      // folded away: the buttons of the wide layout are gone
      expect(await page.getByRole('button', { name: 'Beamer-Einstellungen', exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Tastenkürzel', exact: true }).count()).toBe(0);
      const more = page.getByRole('button', { name: 'Einstellungen und Hilfe' });
      const menu = page.getByRole('menu', { name: 'Einstellungen und Hilfe' });

      // mouse: the settings
      await more.click();
      await menu.getByRole('menuitem', { name: /^Beamer-Einstellungen/ }).click();
      const settings = page.getByRole('dialog', { name: 'Beamer-Einstellungen' });
      await settings.waitFor();
      await page.keyboard.press('Escape');
      await settings.waitFor({ state: 'detached' });

      // keyboard: Enter opens at the first item, ↓ moves, Enter chooses the ? sheet
      await more.focus();
      await page.keyboard.press('Enter');
      await menu.waitFor();
      expect(await focused(page)).toMatch(/^menuitem\s+Beamer-Einstellungen/);
      await page.keyboard.press('ArrowDown');
      expect(await focused(page)).toMatch(/^menuitem\s+Tastenkürzel/);
      await page.keyboard.press('Enter');
      const sheet = page.getByRole('dialog', { name: 'Tastenkürzel' });
      await sheet.waitFor();
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'detached' });

      // Esc closes the menu and gives the focus back to its button
      await more.focus();
      await page.keyboard.press('ArrowDown');
      await menu.waitFor();
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      expect(await focused(page)).toBe('button Einstellungen und Hilfe');

      // keyboard: End reaches English; the whole window switches
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('End');
      expect(await focused(page)).toMatch(/^menuitemradio\s+English/);
      await page.keyboard.press('Enter');
      await page.getByRole('navigation', { name: 'Views' }).waitFor();
      // mouse: back to German
      await page.getByRole('button', { name: 'Settings and help' }).click();
      const radio = page.getByRole('menu', { name: 'Settings and help' }).getByRole('menuitemradio', { name: 'Deutsch' });
      expect(await radio.getAttribute('aria-checked')).toBe('false');
      await radio.click();
      await page.getByRole('navigation', { name: 'Ansichten' }).waitFor();

      // a click outside closes it
      await more.click();
      await menu.waitFor();
      await page.screenshot({ path: path.join(DOC_SHOTS, `menu-${tag}-header.png`) });
      await page.getByRole('heading', { level: 1 }).click();
      await menu.waitFor({ state: 'detached' });

      // the ? key still opens the sheet, without the menu
      await page.keyboard.press('?');
      await sheet.waitFor();
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'detached' });
      expect(presenter.errors).toEqual([]);
    });

    it(`at ${tag} the cube's colours and snapshots are in its menu, by mouse and by keyboard`, async () => {
      const page = presenter.page;
      await page.setViewportSize(size);
      await view(page, 'Würfel');
      expect(await page.getByRole('group', { name: 'Farben', exact: true }).count()).toBe(0);
      const more = page.getByRole('button', { name: /^Mehr/ });
      const menu = page.getByRole('menu', { name: 'Farben und Momentaufnahmen' });
      const scheme = (name: string) => menu.getByRole('menuitemradio', { name });

      // mouse: red to green
      await more.click();
      await scheme('Rot bis Grün').click();
      await menu.waitFor({ state: 'detached' });
      await more.click();
      // the setting goes through main and comes back
      await expect.poll(() => scheme('Rot bis Grün').getAttribute('aria-checked')).toBe('true');
      await page.keyboard.press('Escape');

      // keyboard: a letter goes to "Farbenblind-sicher", Space chooses it
      await more.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('f');
      expect(await focused(page)).toMatch(/^menuitemradio\s+Farbenblind-sicher/);
      await page.keyboard.press(' ');
      await menu.waitFor({ state: 'detached' });
      await more.click();
      await expect.poll(() => scheme('Farbenblind-sicher').getAttribute('aria-checked')).toBe('true');
      const listItem = menu.getByRole('menuitem', { name: /^Momentaufnahmen \(\d+\)$/ });
      const before = Number((await listItem.textContent())!.match(/\((\d+)\)/)![1]);
      await page.keyboard.press('Escape');

      // keyboard: save a snapshot
      await more.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('m');
      expect(await focused(page)).toMatch(/^menuitem\s+Momentaufnahme speichern…/);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Momentaufnahme speichern' });
      await dialog.waitFor();
      await dialog.getByLabel('Name der Momentaufnahme').fill(`Menü ${tag}`);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });

      // mouse: the list counts it
      await more.click();
      await menu.waitFor();
      await page.screenshot({ path: path.join(DOC_SHOTS, `menu-${tag}-cube.png`) });
      await menu.getByRole('menuitem', { name: `Momentaufnahmen (${before + 1})` }).click();
      const list = page.getByRole('dialog', { name: 'Momentaufnahmen' });
      await list.getByText(`Menü ${tag}`).waitFor();
      await page.keyboard.press('Escape');
      await list.waitFor({ state: 'detached' });

      // in 3-D the arrows turn the cube, but not while they move through its menu
      const modes = page.getByRole('group', { name: 'Würfelansicht' });
      await modes.getByRole('button', { name: '3-D-Würfel', exact: true }).click();
      const cube3d = page.locator('[aria-label^="Der Würfel in 3-D."]');
      const facing = await cube3d.getAttribute('aria-label');
      await more.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Escape');
      expect(await cube3d.getAttribute('aria-label')).toBe(facing);
      await page.keyboard.press('ArrowRight'); // focus on the menu's button, menu closed: the cube's key again
      await expect.poll(() => cube3d.getAttribute('aria-label')).not.toBe(facing);
      await modes.getByRole('button', { name: 'Netz', exact: true }).click();
      expect(presenter.errors).toEqual([]);
    });
  }

  it("the measures' sort and filters fold behind one button, by mouse and by keyboard", async () => {
    const page = presenter.page;
    await page.setViewportSize(SIZES[0]!);
    await view(page, 'Maßnahmen');
    const toggle = page.getByRole('button', { name: /^Sortieren und filtern/ });
    const status = page.locator('#measure-filters').getByRole('combobox', { name: 'Status' });
    expect(await status.count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await status.selectOption({ label: 'erledigt' });
    // a filter that is on shows on the folded button
    await expect.poll(() => toggle.textContent()).toMatch(/•/);
    await status.selectOption({ label: 'alle' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await status.waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    await status.waitFor();
    await page.keyboard.press('Enter');
    await status.waitFor({ state: 'detached' });
    // Esc inside the folded row closes it and the focus goes back to its button
    await page.keyboard.press('Enter');
    await status.focus();
    await page.keyboard.press('Escape');
    await status.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/^button Sortieren und filtern/);
  });

  it("the board's filters fold behind one button: a filter on shows there, Esc closes and goes back to it", async () => {
    const page = presenter.page;
    await page.setViewportSize(SIZES[1]!);
    await view(page, 'Board');
    await page.locator('.board-view[data-ready="true"]').waitFor();
    const toggle = page.getByRole('toolbar', { name: 'Filter' }).getByRole('button', { name: /^Filter/ });
    const direct = page.getByRole('combobox', { name: 'Direkt oder indirekt' });
    expect(await direct.count()).toBe(0);
    // one state per button: it opens and closes (expanded), it is not also a pressed toggle
    expect(await toggle.getAttribute('aria-pressed')).toBeNull();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await direct.selectOption({ label: '● direkt' });
    await page.getByText(/^\d+ von 41 Touchpoints$/).waitFor();
    // the filter stays on while folded away, and the button says so, to the eye and to a screen reader
    await direct.focus();
    await page.keyboard.press('Escape');
    await direct.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/^button Filter/);
    expect(await toggle.textContent()).toMatch(/•/);
    expect(await toggle.getAttribute('aria-label')).toBe('Filter (aktiv)');
    await page.getByText(/^\d+ von 41 Touchpoints$/).waitFor();
    // by keyboard: Enter opens, the clear button takes the filter off
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Filter löschen/ }).click();
    await page.getByText('41 Touchpoints', { exact: true }).waitFor();
    expect(await toggle.getAttribute('aria-label')).toBeNull();
    await toggle.click();
    await direct.waitFor({ state: 'detached' });
    expect(presenter.errors).toEqual([]);
  });

  it('the menu reads in the dark theme too', async () => {
    const page = presenter.page;
    await page.setViewportSize(SIZES[0]!);
    const theme = await page.evaluate(() => document.documentElement.dataset['theme'] ?? '');
    await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
    await view(page, 'Würfel');
    await page.getByRole('button', { name: /^Mehr/ }).click();
    const menu = page.getByRole('menu', { name: 'Farben und Momentaufnahmen' });
    await menu.waitFor();
    // the menu's surface follows the theme: not the light one on a dark page
    const bg = await menu.evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await page.evaluate(() => {
      document.documentElement.dataset['theme'] = 'light';
      return getComputedStyle(document.querySelector('[role="menu"]')!).backgroundColor;
    });
    await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
    expect(bg).not.toBe(light);
    await page.screenshot({ path: path.join(DOC_SHOTS, 'menu-1024x768-cube-dark.png') });
    await page.keyboard.press('Escape');
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
  });

  it('at 1920×1080 the controls stay in the bars, as before', async () => {
    const page = presenter.page;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await view(page, 'Würfel');
    for (const name of ['Beamer-Einstellungen', 'Tastenkürzel', 'Deutsch', 'English', 'Momentaufnahme speichern…']) expect(await page.getByRole('button', { name, exact: true }).isVisible(), name).toBe(true);
    expect(await page.getByRole('group', { name: 'Farben', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Einstellungen und Hilfe' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Mehr/ }).count()).toBe(0);
  });
});
