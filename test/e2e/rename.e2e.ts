/**
 * Issue 15: the workshop file follows its title. Renamed in Setup, the library lists the
 * file under the new name, it opens from there, and a restart finds it there too; renamed
 * in the library, the same. Checked on disk as well as on the screen.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, startApp, tempData } from './fixture';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const workshopFiles = async (data: string) => (await fs.readdir(path.join(data, 'workshops'))).filter((n) => n.endsWith('.tpcube')).sort();

/** The file name the library shows for its one workshop. */
async function listedFile(page: Page): Promise<string> {
  const item = page.getByRole('list', { name: 'Workshops' }).getByRole('listitem').first();
  return (await item.getByText(/^Datei: /).textContent()) ?? '';
}

describe('the workshop file follows its title', () => {
  it('renamed in Setup: the library lists the new file name, it reopens, and a restart keeps it', async () => {
    const data = tempData();
    let app = await startApp(data);
    const { page, errors } = await openPage(browser, app.harness.url);
    await page.getByLabel('Titel des neuen Workshops').fill('Autohaus Becker');
    await page.getByRole('button', { name: 'Neuer Workshop' }).last().click();
    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    expect(await workshopFiles(data)).toEqual(['Autohaus-Becker.tpcube']);

    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).getByRole('button', { name: 'Vorbereitung', exact: true }).click();
    const title = page.getByLabel('Titel', { exact: true });
    await title.fill('Kundenreise Neuwagen');
    await title.press('Enter');
    await expect.poll(() => page.locator('h1.doc-title').textContent()).toBe('Kundenreise Neuwagen');
    await expect.poll(() => workshopFiles(data)).toEqual(['Kundenreise-Neuwagen.tpcube']);
    // the open window works on at the new place: its title tooltip names it, and a change is saved there
    await expect.poll(() => page.locator('h1.doc-title').getAttribute('title')).toMatch(/Kundenreise-Neuwagen\.tpcube$/);
    await page.getByLabel('Kunde', { exact: true }).fill('Autohaus Becker GmbH');
    await page.getByLabel('Kunde', { exact: true }).press('Enter');
    await expect
      .poll(async () => (JSON.parse(await fs.readFile(path.join(data, 'workshops', 'Kundenreise-Neuwagen.tpcube'), 'utf8')) as { meta: { client: string } }).meta.client)
      .toBe('Autohaus Becker GmbH');

    await page.getByRole('button', { name: /Alle Workshops/ }).click();
    await expect.poll(() => listedFile(page)).toBe('Datei: Kundenreise-Neuwagen.tpcube');
    await page.getByRole('button', { name: 'Kundenreise Neuwagen', exact: true }).click();
    await expect.poll(() => page.locator('h1.doc-title').textContent()).toBe('Kundenreise Neuwagen');
    await page.getByRole('button', { name: /Alle Workshops/ }).click();
    await page.close();
    await app.harness.close();

    app = await startApp(data);
    const second = await openPage(browser, app.harness.url);
    const items = second.page.getByRole('list', { name: 'Workshops' }).getByRole('listitem');
    await items.first().waitFor();
    expect(await items.count()).toBe(1);
    expect(await listedFile(second.page)).toBe('Datei: Kundenreise-Neuwagen.tpcube');
    await second.page.getByRole('button', { name: 'Kundenreise Neuwagen', exact: true }).click();
    await second.page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    expect(await workshopFiles(data)).toEqual(['Kundenreise-Neuwagen.tpcube']);
    expect([...errors, ...second.errors]).toEqual([]);
    await second.page.close();
    await app.harness.close();
  });

  it('renamed in the library: the listed file name follows the new title', async () => {
    const data = tempData();
    const app = await startApp(data);
    const { page, errors } = await openPage(browser, app.harness.url);
    await page.getByLabel('Titel des neuen Workshops').fill('Entwurf');
    await page.getByRole('button', { name: 'Neuer Workshop' }).last().click();
    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    await page.getByRole('button', { name: /Alle Workshops/ }).click();
    await page.getByRole('button', { name: 'Umbenennen: Entwurf' }).click();
    await page.getByLabel('Neuer Titel').fill('Frühjahrsaktion 2027');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('button', { name: 'Frühjahrsaktion 2027', exact: true }).waitFor();
    await expect.poll(() => listedFile(page)).toBe('Datei: Fruhjahrsaktion-2027.tpcube');
    expect(await workshopFiles(data)).toEqual(['Fruhjahrsaktion-2027.tpcube']);
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });
});
