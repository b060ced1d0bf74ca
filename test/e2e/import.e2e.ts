/**
 * Importing a client's touchpoint list through the dialog: a German Excel CSV
 * (semicolons, Windows-1252 umlauts), an unknown phase mapped to an existing one, a
 * duplicate skipped, the dry run in plain words, one command for all rows (Ctrl+Z undoes
 * it at once), and a hostile file that is rejected with a clear message.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { fileMenu, launchBrowser, openExample, openPage, screenshotDir, startApp } from './fixture';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CP1252: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '”': 0x94, '–': 0x96 };
function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const code = CP1252[ch] ?? ch.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
      return code;
    }),
  );
}

const NEW_TITLES = ['Rückruf-Service am Wochenende', 'Schaufenster der Filiale Götzis', 'Überweisungslimit ändern'];
const CSV = windows1252(
  [
    'Titel;Beschreibung;Phase;Abteilung;Wichtigkeit',
    'Rückruf-Service am Wochenende;„Endlich erreiche ich jemanden“;Nach dem Kauf;Service-Center;hoch',
    'Schaufenster der Filiale Götzis;;Vor dem Kauf;;2',
    'Überweisungslimit ändern;;Kaufabwicklung;;',
    'Google-Bewertungen der Filialen;;Vor dem Kauf;;',
  ].join('\r\n'),
);

function outline(page: Page): Locator {
  return page.getByRole('list', { name: 'Touchpoints', exact: true });
}

async function titles(page: Page): Promise<string[]> {
  return outline(page).locator('li[data-id] .title').allTextContents();
}

async function openDialog(page: Page): Promise<Locator> {
  await fileMenu(page, 'Touchpoints importieren…');
  const dialog = page.getByRole('dialog', { name: 'Touchpoints importieren' });
  await dialog.waitFor();
  return dialog;
}

describe('import dialog', () => {
  it('creates unknown departments and phases with the import, knows "Beim Kauf", and one Ctrl+Z takes it all back', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).getByRole('button', { name: 'Board' }).click();
    await page.locator('.board-view[data-ready="true"]').waitFor();
    const before = await titles(page);
    const state = () =>
      page.evaluate(async () => {
        type Bridge = { tpc: { api: import('../../src/shared/ipc/contract').Api } };
        const api = (window as unknown as Bridge).tpc.api;
        const room = await api['room.get']({});
        const r = await api['doc.get']({ docId: room.ok ? room.value.docId! : '' });
        if (!r.ok) throw new Error('doc.get');
        return { phases: r.value.doc.phases.map((p) => p.name), departments: r.value.doc.departments.map((d) => d.name) };
      });
    const start = await state();

    const csv = Buffer.from(
      [
        'Touchpoint;Art;Phase;Abteilung',
        'Probefahrt vereinbaren;direkt;Beim Kauf;Autohaus-Verkauf',
        'Fahrzeugübergabe;direkt;Übergabe;Autohaus-Verkauf',
        'Testbericht in der Autozeitung;indirekt;Vorkaufphase;',
        'Erste Inspektion;direkt;Nachkaufphase;Werkstatt',
      ].join('\r\n'),
      'utf8',
    );
    const dialog = await openDialog(page);
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'Autohaus.csv', mimeType: 'text/csv', buffer: csv });
    const summary = dialog.getByTestId('import-summary');
    await summary.waitFor();
    // "Beim Kauf", "Vorkaufphase", "Nachkaufphase" are the default phases: only "Übergabe" and the two departments are unknown
    expect(await summary.textContent()).toMatch(/^1 neu, 0 Duplikate, 3 ungültige Zeilen/);
    // the header "Art" is the direct / indirect column
    expect(await dialog.getByLabel('Direkt / indirekt', { exact: true }).inputValue()).toBe('1');
    const values = dialog.locator('section[aria-labelledby="import-values"]');
    // one value is created from its own drop-down, the rest with one click
    await dialog.getByLabel('Phase „Übergabe“').selectOption({ label: '＋ Neue Phase anlegen' });
    await values.getByRole('button', { name: /Alle fehlenden Abteilungen und Phasen anlegen/ }).click();
    await expect.poll(() => summary.textContent()).toBe('4 neu, 0 Duplikate, 0 ungültige Zeilen');
    await values.getByText('Wird mit dem Import angelegt').waitFor();
    expect(await state()).toEqual(start); // nothing changed before the final click

    await dialog.getByRole('button', { name: '4 Touchpoints importieren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('4 Touchpoints importiert.').waitFor();
    await expect.poll(async () => (await titles(page)).length).toBe(before.length + 4);
    const after = await state();
    expect(after.phases).toEqual([...start.phases, 'Übergabe']);
    expect(after.departments).toEqual([...start.departments, 'Autohaus-Verkauf', 'Werkstatt']);
    const item = (title: string) => outline(page).locator('li[data-id]').filter({ has: page.locator('.title', { hasText: title }) });
    expect(await item('Probefahrt vereinbaren').getAttribute('data-phase')).toBe('Während des Kaufs');
    expect(await item('Erste Inspektion').getAttribute('data-phase')).toBe('Nach dem Kauf');
    expect(await item('Erste Inspektion').getAttribute('data-department')).toBe('Werkstatt');

    // one gesture, one undo step: the touchpoints AND the created departments and phases go
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await titles(page)).length).toBe(before.length);
    expect(await state()).toEqual(start);
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('imports a semicolon CSV with umlauts after mapping an unknown phase, and Ctrl+Z removes the whole import', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).getByRole('button', { name: 'Board' }).click();
    await page.locator('.board-view[data-ready="true"]').waitFor();
    const before = await titles(page);
    expect(before).toHaveLength(41);

    const dialog = await openDialog(page);
    // the file is chosen with a button in the app's language, not the browser's "Choose File"
    const choose = dialog.getByRole('button', { name: 'Datei wählen…' });
    expect(await choose.count()).toBe(1);
    expect(await dialog.getByText('Keine Datei gewählt', { exact: true }).count()).toBe(1);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
    await chooser.setFiles({ name: 'Touchpoints Kunde.csv', mimeType: 'text/csv', buffer: CSV });
    const summary = dialog.getByTestId('import-summary');
    await summary.waitFor();
    expect(await dialog.getByText('Touchpoints Kunde.csv', { exact: true }).count()).toBe(1);
    expect(await dialog.getByText('CSV, Trennzeichen „;“, Windows-1252, 4 Zeilen').count()).toBe(1);
    expect(await summary.textContent()).toBe('2 neu, 1 Duplikat, 1 ungültige Zeile: Zeile 4, Phase „Kaufabwicklung“ unbekannt');
    const invalid = dialog.getByRole('list', { name: 'Nicht importiert (ungültige Zeilen)' }).getByRole('listitem');
    expect(await invalid.allTextContents()).toEqual([expect.stringMatching(/^Zeile 4: Die Phase „Kaufabwicklung“ gibt es in diesem Workshop nicht/)]);
    // the preview shows the decoded umlauts and quotes
    expect(await dialog.getByRole('cell', { name: '„Endlich erreiche ich jemanden“' }).count()).toBe(1);
    expect(await dialog.getByRole('cell', { name: 'Überweisungslimit ändern' }).count()).toBe(1);
    // columns were detected
    expect(await dialog.getByLabel('Abteilung', { exact: true }).inputValue()).toBe('3');

    await dialog.getByLabel('Phase „Kaufabwicklung“').selectOption({ label: 'Während des Kaufs' });
    await expect.poll(() => summary.textContent()).toBe('3 neu, 1 Duplikat, 0 ungültige Zeilen');
    expect(await titles(page)).toEqual(before); // nothing changed before the final click
    await page.screenshot({ path: path.join(await screenshotDir(), 'import-dialog.png') });

    await dialog.getByRole('button', { name: '3 Touchpoints importieren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await titles(page)).length).toBe(44);
    const after = await titles(page);
    for (const title of NEW_TITLES) expect(after).toContain(title);
    expect(after.filter((x) => x === 'Google-Bewertungen der Filialen')).toHaveLength(1);
    const item = (title: string) => outline(page).locator('li[data-id]').filter({ has: page.locator('.title', { hasText: title }) });
    expect(await item('Überweisungslimit ändern').getAttribute('data-phase')).toBe('Während des Kaufs');
    expect(await item('Rückruf-Service am Wochenende').getAttribute('data-department')).toBe('Service-Center');

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await titles(page)).length).toBe(41);
    expect(await titles(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('rejects a file that is called .xlsx but is no workbook, with a clear message, and changes nothing', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    const dialog = await openDialog(page);
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'Touchpoints.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('<html><body>Das ist keine Arbeitsmappe</body></html>'.repeat(20)),
    });
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Die Datei heißt \.xlsx, ist aber keine Excel-Arbeitsmappe/);
    expect(await dialog.getByRole('button', { name: '0 Touchpoints importieren' }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(await screenshotDir(), 'import-rejected.png') });
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // nothing was applied: there is nothing to undo
    expect(await page.getByRole('button', { name: 'Rückgängig' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('remembers the mapping for the next list with the same headers, says so, and goes back to automatic on request', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    // "Maßnahme" is no known title header, "Vertrieb" no department of the example
    const list = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(';')).join('\r\n'), 'utf8');
    const first = list([
      ['Maßnahme', 'Notiz', 'Phase', 'Team'],
      ['Probefahrt-Termin online', '', 'Vor dem Kauf', 'Vertrieb'],
      ['Rückgabe des Leihwagens', '', 'Nach dem Kauf', 'Vertrieb'],
    ]);
    let dialog = await openDialog(page);
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'Autohaus.csv', mimeType: 'text/csv', buffer: first });
    const title = dialog.getByLabel('Titel', { exact: true });
    await title.waitFor();
    expect(await title.inputValue()).toBe('-1');
    await title.selectOption({ label: 'A: Maßnahme' });
    await dialog.getByLabel('Abteilung „Vertrieb“').selectOption({ label: 'Vertrieb/Filiale' });
    const summary = dialog.getByTestId('import-summary');
    await expect.poll(() => summary.textContent()).toBe('2 neu, 0 Duplikate, 0 ungültige Zeilen');
    // cancelled: the mapping is remembered all the same
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // the same list again, its columns in another order
    const again = list([
      ['Team', 'Phase', 'Notiz', 'Maßnahme'],
      ['Vertrieb', 'Vor dem Kauf', '', 'Probefahrt-Termin online'],
      ['Vertrieb', 'Nach dem Kauf', '', 'Rückgabe des Leihwagens'],
      ['Vertrieb', 'Nach dem Kauf', '', 'Erste Inspektion'],
    ]);
    dialog = await openDialog(page);
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'Autohaus (2).csv', mimeType: 'text/csv', buffer: again });
    const note = dialog.getByRole('status').filter({ hasText: 'Zuordnung vom letzten Import übernommen' });
    await note.waitFor();
    expect(await title.inputValue()).toBe('3');
    const department = dialog.getByLabel('Abteilung „Vertrieb“');
    expect(await department.locator('option:checked').textContent()).toBe('Vertrieb/Filiale');
    await expect.poll(() => summary.textContent()).toBe('3 neu, 0 Duplikate, 0 ungültige Zeilen');

    // back to automatic: no title column, the value not chosen, the note gone
    await note.getByRole('button', { name: 'Automatisch zuordnen' }).click();
    expect(await title.inputValue()).toBe('-1');
    expect(await note.count()).toBe(0);
    await title.selectOption({ label: 'D: Maßnahme' });
    expect(await department.locator('option:checked').textContent()).toBe('Bitte wählen …');

    // mapped again and imported: the next list with these headers finds it too
    await department.selectOption({ label: 'Vertrieb/Filiale' });
    await dialog.getByRole('button', { name: '3 Touchpoints importieren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('3 Touchpoints importiert.').waitFor();
    dialog = await openDialog(page);
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'Autohaus.csv', mimeType: 'text/csv', buffer: first });
    await note.waitFor();
    expect(await title.inputValue()).toBe('0');
    await expect.poll(() => summary.textContent()).toBe('0 neu, 2 Duplikate, 0 ungültige Zeilen');
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });
});

