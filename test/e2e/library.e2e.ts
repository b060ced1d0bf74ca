import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { DOC_SHOTS, fileMenu, launchBrowser, openPage, startApp, tempData } from './fixture';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('library screen', () => {
  it('creates a workshop, renames it, and finds it again with the new name after a restart', async () => {
    const data = tempData();
    let app = await startApp(data);
    const { page, errors } = await openPage(browser, app.harness.url);
    await page.getByLabel('Titel des neuen Workshops').fill('Autohaus Becker');
    await page.getByRole('button', { name: 'Neuer Workshop' }).last().click();
    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    expect(await page.locator('h1.doc-title').textContent()).toBe('Autohaus Becker');
    await page.getByRole('button', { name: /Alle Workshops/ }).click();

    await page.getByRole('button', { name: 'Umbenennen: Autohaus Becker' }).click();
    await page.getByLabel('Neuer Titel').fill('Autohaus Becker – Service');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('button', { name: 'Autohaus Becker – Service', exact: true }).waitFor();
    await page.close();
    await app.harness.close();

    app = await startApp(data);
    const second = await openPage(browser, app.harness.url);
    const items = second.page.getByRole('list', { name: 'Workshops' }).getByRole('listitem');
    await items.first().waitFor();
    expect(await items.count()).toBe(1);
    expect(await items.first().getByRole('heading').textContent()).toBe('Autohaus Becker – Service');
    expect([...errors, ...second.errors]).toEqual([]);
    await second.page.close();
    await app.harness.close();
  });

  it('opens the bundled example with no setup and shows the German library at 1920×1080', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await page.getByRole('button', { name: 'Beispiel-Workshop öffnen' }).waitFor();
    await page.screenshot({ path: path.join(DOC_SHOTS, 'library-de.png') });
    await page.getByRole('button', { name: 'Beispiel-Workshop öffnen' }).click();
    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    expect(await page.locator('h1.doc-title').textContent()).toBe('Touchpoint-Workshop Privatkunden');
    // the library line: client, count and date, each " · " apart (was "eG ·41 Touchpoints")
    await page.getByRole('button', { name: /Alle Workshops/ }).click();
    const line = page.getByRole('list', { name: 'Workshops' }).getByRole('listitem').first().locator('p.muted');
    expect((await line.textContent())?.trim()).toMatch(/^\S.* · 41 Touchpoints · Geändert /);
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('deletes a workshop only after confirmation, and switches the UI to English and back', async () => {
    const app = await startApp();
    const { page } = await openPage(browser, app.harness.url);
    await page.getByRole('button', { name: 'Neuer Workshop' }).last().click();
    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    await page.getByRole('button', { name: /Alle Workshops/ }).click();
    await page.getByRole('button', { name: /^Löschen:/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();
    expect(await page.getByRole('list', { name: 'Workshops' }).getByRole('listitem').count()).toBe(1);
    await page.getByRole('button', { name: /^Löschen:/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
    await page.getByText('Noch keine Workshops').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('No workshops yet').waitFor();
    await page.reload();
    await page.getByText('No workshops yet').waitFor(); // remembered
    await page.close();
    await app.harness.close();
  });
});

describe('typing on the library screen', () => {
  /** two workshops in the library, back on the library screen */
  async function twoWorkshops(page: Page): Promise<void> {
    for (const title of ['Autohaus Becker', 'Messe Stand']) {
      await page.getByLabel('Titel des neuen Workshops').fill(title);
      await page.getByRole('button', { name: 'Neuer Workshop' }).last().click();
      await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
      await page.getByRole('button', { name: /Alle Workshops/ }).click();
    }
    await page.getByRole('button', { name: 'Messe Stand', exact: true }).waitFor();
  }
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  const titles = async (page: Page) => (await page.getByRole('list', { name: 'Workshops' }).getByRole('heading').allTextContents()).map((s) => s.trim()).sort();

  it('puts the cursor in the rename field: what is typed, slowly or fast, renames, and Enter creates nothing', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await twoWorkshops(page);
    await page.getByRole('button', { name: 'Umbenennen: Autohaus Becker' }).click();
    expect(await focusedId(page)).toMatch(/^rename-/); // was: focus stayed on the button, the text went nowhere
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Autohaus Becker ', { delay: 60 });
    await page.keyboard.type('– Kundenreise Neuwagen', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Autohaus Becker – Kundenreise Neuwagen', exact: true }).waitFor();
    expect(await titles(page)).toEqual(['Autohaus Becker – Kundenreise Neuwagen', 'Messe Stand']);
    // after saving, the cursor is on the renamed workshop, not lost on the page
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Autohaus Becker – Kundenreise Neuwagen');
    expect(errors).toEqual([]);
    await app.harness.close();
  });

  it('keeps the cursor and the text where the user types while the listing refreshes with a workshop that appeared on disk', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await twoWorkshops(page);
    const folder = path.join(app.data, 'workshops');
    const appear = async (name: string) => {
      await fs.copyFile(path.resolve('resources/example.tpcube'), path.join(folder, name));
      // coming back to the window (from the file manager) reads the folder again
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    };

    // a rename is open, the user goes on in the new-workshop field
    await page.getByRole('button', { name: 'Umbenennen: Messe Stand' }).click();
    await page.getByLabel('Titel des neuen Workshops').click();
    await page.keyboard.type('Autohaus Becker ', { delay: 40 });
    await appear('copied-from-usb.tpcube');
    await page.keyboard.type('– Kundenreise', { delay: 20 });
    await page.getByRole('button', { name: 'Touchpoint-Workshop Privatkunden', exact: true }).waitFor();
    await page.keyboard.type(' Neuwagen', { delay: 5 });
    expect(await focusedId(page)).toBe('new-title');
    expect(await page.getByLabel('Titel des neuen Workshops').inputValue()).toBe('Autohaus Becker – Kundenreise Neuwagen');
    expect(await page.getByLabel('Neuer Titel').inputValue()).toBe('Messe Stand'); // the open rename got none of it

    // and the other way round: typing in the rename field while the listing refreshes
    await page.getByLabel('Neuer Titel').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Messe ', { delay: 40 });
    await appear('second-copy.tpcube');
    await page.keyboard.type('Frankfurt', { delay: 20 });
    await page.getByRole('list', { name: 'Workshops' }).getByRole('listitem').nth(3).waitFor();
    expect(await focusedId(page)).toMatch(/^rename-/);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Messe Frankfurt', exact: true }).waitFor();
    expect(await page.getByLabel('Titel des neuen Workshops').inputValue()).toBe('Autohaus Becker – Kundenreise Neuwagen');
    expect(await titles(page)).toEqual(['Autohaus Becker', 'Messe Frankfurt', 'Touchpoint-Workshop Privatkunden', 'Touchpoint-Workshop Privatkunden']);
    expect(errors).toEqual([]);
    await app.harness.close();
  });

  it('never names a workshop after a dash left from an empty part', async () => {
    const app = await startApp();
    const { page } = await openPage(browser, app.harness.url);
    await page.getByLabel('Titel des neuen Workshops').fill(' – Kundenreise Neuwagen');
    await page.getByLabel('Titel des neuen Workshops').press('Enter');
    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    expect(await page.locator('h1.doc-title').textContent()).toBe('Kundenreise Neuwagen');
    const files = (await fs.readdir(path.join(app.data, 'workshops'))).filter((n) => n.endsWith('.tpcube'));
    expect(files).toEqual(['Kundenreise-Neuwagen.tpcube']);
    await app.harness.close();
  });
});

describe('moving and rescuing workshop files', () => {
  it('saves a copy as a download and opens it again from a file, as on a USB stick', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await page.getByLabel('Titel des neuen Workshops').fill('Messe Stand');
    await page.getByRole('button', { name: 'Neuer Workshop' }).last().click();
    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Kopie speichern unter…')]);
    const saved = path.join(app.data, 'usb-copy.tpcube');
    await download.saveAs(saved);
    await page.close();
    await app.harness.close();

    const other = await startApp(); // another laptop: empty library
    const second = await openPage(browser, other.harness.url);
    await second.page.getByText('Noch keine Workshops').waitFor();
    await second.page.getByTestId('open-file-input').setInputFiles(saved);
    await second.page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    expect(await second.page.locator('h1.doc-title').textContent()).toBe('Messe Stand');
    expect([...errors, ...second.errors]).toEqual([]);
    await other.harness.close();
  });

  it('quarantines a damaged workshop and offers the newest good backup in plain words', async () => {
    const data = tempData();
    let app = await startApp(data);
    const { page } = await openPage(browser, app.harness.url);
    await page.getByRole('button', { name: 'Beispiel-Workshop öffnen' }).click();
    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    await page.close();
    await app.harness.close();
    const folder = path.join(data, 'workshops');
    const [name] = (await fs.readdir(folder)).filter((n) => n.endsWith('.tpcube'));
    await fs.writeFile(path.join(folder, name!), '{"schemaVersion":1,"id":"ws_half');

    app = await startApp(data);
    const second = await openPage(browser, app.harness.url);
    await second.page.getByRole('button', { name: 'Öffnen', exact: true }).click();
    const dialog = second.page.getByRole('alertdialog');
    await dialog.getByText('Diese Workshop-Datei war beschädigt').waitFor();
    await dialog.getByRole('button', { name: 'Sicherung öffnen' }).click();
    await second.page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    expect(await second.page.locator('h1.doc-title').textContent()).toBe('Touchpoint-Workshop Privatkunden');
    const kept = (await fs.readdir(folder)).filter((n) => n.includes('.damaged-'));
    expect(kept).toHaveLength(1);
    await app.harness.close();
  });
});

describe('files the library cannot simply open', () => {
  it('lists a set-aside damaged file, marked, and restores its newest backup from there', async () => {
    const data = tempData();
    let app = await startApp(data);
    const { page } = await openPage(browser, app.harness.url);
    await page.getByRole('button', { name: 'Beispiel-Workshop öffnen' }).click();
    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    await page.close();
    await app.harness.close();
    const folder = path.join(data, 'workshops');
    const [name] = (await fs.readdir(folder)).filter((n) => n.endsWith('.tpcube'));
    await fs.writeFile(path.join(folder, name!), '{"schemaVersion":1,"id":"ws_half');

    app = await startApp(data);
    const second = await openPage(browser, app.harness.url);
    await second.page.getByRole('button', { name: 'Öffnen', exact: true }).click();
    await second.page.getByRole('alertdialog').getByRole('button', { name: 'Abbrechen' }).click(); // not now
    const setAside = second.page.getByRole('list', { name: 'Workshops' }).getByRole('listitem').filter({ hasText: 'Beschädigte Datei, beiseitegelegt' });
    await setAside.waitFor();
    await setAside.getByRole('button', { name: 'Speicherort zeigen' }).click();
    expect(await setAside.getByText(/^Speicherort: /).textContent()).toContain(path.join(folder, `${name}.damaged-`));
    await setAside.getByRole('button', { name: /^Neueste Sicherung öffnen/ }).click();
    await second.page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    expect(await second.page.locator('h1.doc-title').textContent()).toBe('Touchpoint-Workshop Privatkunden');
    await second.page.getByRole('button', { name: /Alle Workshops/ }).click();
    await setAside.getByText(/gibt es wieder/).waitFor();
    expect(second.errors).toEqual([]);
    await app.harness.close();
  });

  it('asks before opening a workshop whose lock comes from another computer, and opens it anyway when told', async () => {
    const data = tempData();
    const folder = path.join(data, 'workshops');
    await fs.mkdir(folder, { recursive: true });
    const file = path.join(folder, 'bank.tpcube');
    await fs.copyFile(path.resolve('resources/example.tpcube'), file);
    await fs.writeFile(`${file}.lock`, JSON.stringify({ pid: 4242, host: 'beamer-laptop', since: '2026-11-23T08:00:00.000Z', instance: 'theirs' }));
    const app = await startApp(data);
    const { page, errors } = await openPage(browser, app.harness.url);

    await page.getByRole('button', { name: 'Öffnen', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Dieser Workshop scheint anderswo geöffnet zu sein').waitFor();
    expect(await dialog.textContent()).toContain('beamer-laptop');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    expect(JSON.parse(await fs.readFile(`${file}.lock`, 'utf8')).host).toBe('beamer-laptop');
    await page.getByRole('button', { name: 'Öffnen', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Trotzdem öffnen' }).click();
    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    expect(JSON.parse(await fs.readFile(`${file}.lock`, 'utf8')).host).not.toBe('beamer-laptop');
    expect(errors).toEqual([]);
    await app.harness.close();
  });
});
