/**
 * Prioritise and act, as the facilitator does it in the room: dot voting by keyboard for
 * three participants, two measures with owners from the top key touchpoints, the measures
 * table, the relationship account; and the measures in the Excel handover.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { DOC_SHOTS, fileMenu, launchBrowser, mainDoc, openExample, openPage, startApp } from './fixture';

const SHOTS = DOC_SHOTS;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function view(page: Page, name: string) {
  await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).getByRole('button', { name, exact: true }).click();
}

async function section(page: Page, name: string) {
  await page.getByRole('group', { name: 'Teile der Priorisierung' }).getByRole('button', { name, exact: true }).click();
}

/** The person's button in the voting list, found by name; its text shows the dots left. */
function voter(page: Page, name: string) {
  return page.getByRole('button', { name: new RegExp(`^${name}`) });
}

/** Close the toasts, so the screenshots show the view alone. */
async function clearNotices(page: Page) {
  const close = page.getByRole('alert').getByRole('button', { name: 'Schließen' });
  while ((await close.count()) > 0) await close.first().click();
}

interface NewMeasure {
  touchpoint: RegExp;
  title: string;
  owner: string;
  due: string;
  effort: 'S' | 'M' | 'L';
  status: string;
}

/** From the ranking of key touchpoints: "+ Measure" on the row, fill the form, save. */
async function createMeasure(page: Page, m: NewMeasure) {
  await view(page, 'Prioritäten');
  await section(page, 'Schlüssel-Touchpoints');
  await page.getByRole('button', { name: m.touchpoint }).click();
  const dialog = page.getByRole('dialog', { name: 'Neue Maßnahme' });
  await dialog.waitFor();
  await dialog.getByLabel('Titel').fill(m.title);
  // the status first: without an owner the rule shows right next to the status field
  await dialog.getByLabel('Status').selectOption({ label: m.status });
  await dialog.getByText('Eine Maßnahme kann erst „geplant“ sein').waitFor();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  expect(await dialog.isVisible()).toBe(true); // refused before sending: nothing lost
  await dialog.getByLabel('Verantwortlich').selectOption({ label: m.owner });
  expect(await dialog.getByText('Eine Maßnahme kann erst „geplant“ sein').count()).toBe(0);
  await dialog.getByLabel('Fällig').fill(m.due);
  await dialog.locator('label.seg', { hasText: `${m.effort} ·` }).click();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('prioritise and act', () => {
  it('votes with three participants by keyboard, creates two measures with owners from the top key touchpoints and shows them', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    await view(page, 'Prioritäten');

    // the matrix and its accessible twin: the top touchpoint is to be acted on now
    const twin = page.getByRole('list', { name: 'Prioritätenmatrix' });
    await twin.waitFor();
    expect(await twin.getByRole('listitem').count()).toBe(41);
    expect(await twin.getByRole('listitem').filter({ hasText: 'Service-Hotline bei Problemen' }).textContent()).toContain('Sofort angehen');
    // the three touchpoints not rated yet are blind spots: their own lane in the matrix and group in the twin, not "Planen" at gap 1
    expect(await page.locator('.matrix svg g.dot.blind').count()).toBe(3);
    expect(await page.locator('.matrix svg rect.lane').count()).toBe(1);
    const blind = twin.getByRole('listitem').filter({ hasText: 'Blinder Fleck (nicht bewertet)' });
    expect(await blind.count()).toBe(3);
    expect(await blind.first().textContent()).toContain('Testbericht Stiftung Warentest');
    expect(await page.getByText('blinder Fleck: noch nicht bewertet, Lücke angenommen').count()).toBe(1);

    // dot voting: everyone has spent their 3 dots in the example; the room grants one more each
    await section(page, 'Punktabfrage');
    await page.getByLabel('Punkte pro Person').fill('4');
    await page.getByLabel('Punkte pro Person').press('Enter');
    await voter(page, 'Sabine Müller').filter({ hasText: '1 von 4 übrig' }).waitFor();

    // Sabine Müller: jump to the complaint by typing, one dot with "+"
    await voter(page, 'Sabine Müller').click();
    const grid = page.getByRole('grid', { name: 'Punkte von Sabine Müller' });
    await expect.poll(() => grid.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.type('Bearb');
    await page.keyboard.press('+');
    await voter(page, 'Sabine Müller').filter({ hasText: '0 von 4 übrig' }).waitFor();
    // a fifth dot is refused, and the notice says why
    await page.keyboard.press('+');
    await page.getByRole('alert').filter({ hasText: 'Sabine Müller hat nur 4 Punkte.' }).waitFor();

    // Thomas Schmidt (→ next people with the arrow key): takes one dot from the hotline, gives two to the first call
    await voter(page, 'Thomas Schmidt').click();
    await page.getByRole('grid', { name: 'Punkte von Thomas Schmidt' }).waitFor();
    // while the search shows on screen, "-" is part of the title ("Service-H"), not a dot less
    const search = page.getByRole('status').filter({ hasText: /^Suche:/ });
    await page.keyboard.type('Service-Hx');
    await page.keyboard.press('Backspace'); // takes back the typo, the row keeps its dots
    expect(await search.textContent()).toContain('„Service-H“');
    expect(await search.textContent()).toContain('„-“ gehört jetzt zum Titel');
    expect(await page.locator('.row.active .pick').textContent()).toBe('Service-Hotline bei Problemen (z. B. Karte gesperrt)');
    await voter(page, 'Thomas Schmidt').filter({ hasText: '1 von 4 übrig' }).waitFor();
    // Esc ends the search; then "-" takes a dot away
    await page.keyboard.press('Escape');
    expect(await search.count()).toBe(0);
    await page.keyboard.press('-');
    await voter(page, 'Thomas Schmidt').filter({ hasText: '2 von 4 übrig' }).waitFor();
    // and after a pause the search ends by itself, visibly: the next "-" is a dot less again
    await page.keyboard.press('+');
    await voter(page, 'Thomas Schmidt').filter({ hasText: '1 von 4 übrig' }).waitFor();
    await page.keyboard.type('Service');
    await search.waitFor();
    await search.waitFor({ state: 'detached' });
    await page.keyboard.press('-');
    await voter(page, 'Thomas Schmidt').filter({ hasText: '2 von 4 übrig' }).waitFor();
    // the ? sheet says the same
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: /Tastenkürzel/ });
    await sheet.getByText('„-“ während eine Suche angezeigt wird: gehört zum Titel („Google-B“); nach einer Pause oder Esc: ein Punkt weniger').waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await page.keyboard.type('Erster');
    await page.keyboard.press('2');
    await voter(page, 'Thomas Schmidt').filter({ hasText: '0 von 4 übrig' }).waitFor();

    // Minh Nguyen, reached with → from Julia Weber: the arrow keys move through touchpoints, + adds
    await voter(page, 'Julia Weber').click();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('grid', { name: 'Punkte von Minh Nguyen' }).waitFor();
    await page.keyboard.type('Bearb');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('+');
    await voter(page, 'Minh Nguyen').filter({ hasText: '0 von 4 übrig' }).waitFor();

    // the results, sorted: the hotline keeps the most dots (Müller 2 + Schmidt 2 + Becker 1)
    const results = page.getByRole('list', { name: 'Ergebnis der Punktabfrage' }).getByRole('listitem');
    await results.filter({ hasText: 'Erster Anruf beim Service-Center' }).waitFor();
    const names = await results.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names.slice(0, 2)).toEqual(['Service-Hotline bei Problemen (z. B. Karte gesperrt) – Punkte: 5', 'Girokonto online eröffnen (Video-Ident) – Punkte: 4']);
    expect(names).toContain('Erster Anruf beim Service-Center – Punkte: 2');
    expect(names).toContain('Bearbeitung einer Beschwerde – Punkte: 1');
    const counts = await results.evaluateAll((els) => els.map((e) => Number(e.querySelector('.rn')?.textContent)));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);

    await section(page, 'Prioritätenmatrix');
    await clearNotices(page);
    await page.screenshot({ path: path.join(SHOTS, 'priorities.png') });

    // two measures with owners from the two top key touchpoints
    await section(page, 'Schlüssel-Touchpoints');
    const ranking = page.getByRole('table', { name: 'Rangliste der Touchpoints' });
    const top = await ranking.locator('tbody tr th[scope="row"]').evaluateAll((els) => els.slice(0, 2).map((e) => e.childNodes[0]?.textContent?.trim()));
    expect(top).toEqual(['Service-Hotline bei Problemen (z. B. Karte gesperrt)', 'Girokonto online eröffnen (Video-Ident)']);
    await createMeasure(page, {
      touchpoint: /Maßnahme anlegen für Service-Hotline bei Problemen/,
      title: 'Hotline: Rückruf binnen 2 Stunden zusagen',
      owner: 'Thomas Schmidt',
      due: '2026-06-30',
      effort: 'S',
      status: 'geplant',
    });
    await createMeasure(page, {
      touchpoint: /Maßnahme anlegen für Girokonto online eröffnen/,
      title: 'Video-Ident: Abbrecher am selben Tag zurückrufen',
      owner: 'Deniz Yılmaz',
      due: '2026-07-15',
      effort: 'M',
      status: 'in Arbeit',
    });

    // the measures table: both, with owners; the small one at a key touchpoint is a quick win
    const table = page.getByRole('table', { name: 'Maßnahmen' });
    const hotline = table.getByRole('row').filter({ hasText: 'Hotline: Rückruf binnen 2 Stunden zusagen' });
    const ident = table.getByRole('row').filter({ hasText: 'Video-Ident: Abbrecher am selben Tag zurückrufen' });
    expect(await hotline.textContent()).toContain('Thomas Schmidt');
    expect(await hotline.textContent()).toContain('Quick Win');
    expect(await hotline.textContent()).toContain('Rang 1');
    expect(await hotline.getByRole('combobox').inputValue()).toBe('planned');
    expect(await ident.textContent()).toContain('Deniz Yılmaz');
    expect(await ident.textContent()).not.toContain('Quick Win');
    expect(await ident.getByRole('combobox').inputValue()).toBe('inProgress');
    expect(await table.getByRole('row').count()).toBe(1 + 7);

    // filter: only quick wins; sort by owner
    await page.getByLabel('Nur Quick Wins').check();
    await expect.poll(() => table.getByRole('row').count()).toBe(1 + 3);
    expect(await hotline.count()).toBe(1);
    expect(await ident.count()).toBe(0);
    await page.getByLabel('Nur Quick Wins').uncheck();

    // the rule on the table too: the example's idea without an owner cannot become "planned"
    const idea = table.getByRole('row').filter({ hasText: 'Diskrete Beratungsinseln' });
    await idea.getByRole('combobox').selectOption('planned');
    await idea.getByText('Eine Maßnahme kann erst „geplant“ sein').waitFor();
    expect(await idea.getByRole('combobox').inputValue()).toBe('idea');

    await page.getByLabel('Sortieren nach').selectOption({ label: 'Verantwortlichen' });
    await clearNotices(page);
    await page.screenshot({ path: path.join(SHOTS, 'measures.png') });

    // the relationship account: the curve, its table twin and the final balance
    await view(page, 'Beziehungskonto');
    const account = page.getByRole('table', { name: 'Beziehungskonto', exact: true });
    expect(await account.locator('tbody tr').count()).toBe(41);
    expect(await page.getByRole('status', { name: 'Saldo: −90' }).count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'account.png') });
    await page.getByLabel('Negative Erlebnisse wiegen').fill('1');
    await page.getByLabel('Negative Erlebnisse wiegen').press('Enter');
    await page.getByRole('status', { name: 'Saldo: −34' }).waitFor();

    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('hands the two new measures over in the Excel workbook (Maßnahmen sheet)', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    await createMeasure(page, {
      touchpoint: /Maßnahme anlegen für Service-Hotline bei Problemen/,
      title: 'Hotline: Rückruf binnen 2 Stunden zusagen',
      owner: 'Thomas Schmidt',
      due: '2026-06-30',
      effort: 'S',
      status: 'geplant',
    });
    await createMeasure(page, {
      touchpoint: /Maßnahme anlegen für Girokonto online eröffnen/,
      title: 'Video-Ident: Abbrecher am selben Tag zurückrufen',
      owner: 'Deniz Yılmaz',
      due: '2026-07-15',
      effort: 'M',
      status: 'in Arbeit',
    });

    // the export (contract 'export.excel'; in the harness a download)
    const [download] = await Promise.all([page.waitForEvent('download'), fileMenu(page, /Excel/)]);
    const file = path.join(app.data, 'handover.xlsx');
    await download.saveAs(file);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('Maßnahmen') ?? wb.getWorksheet('Measures');
    expect(sheet).toBeDefined();
    const rows: string[] = [];
    sheet!.eachRow((row) => rows.push((row.values as unknown[]).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''))).join(' | ')));
    const hotline = rows.find((r) => r.includes('Hotline: Rückruf binnen 2 Stunden zusagen'));
    const ident = rows.find((r) => r.includes('Video-Ident: Abbrecher am selben Tag zurückrufen'));
    expect(hotline).toContain('Thomas Schmidt');
    expect(hotline).toContain('2026-06-30');
    expect(ident).toContain('Deniz Yılmaz');
    expect(ident).toContain('in Arbeit');

    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('takes a measure\'s due date as one Tab stop, typed the German way; a wrong date is refused and nothing typed is lost', async () => {
    // it was Chromium's date field: one Tab per segment, the laptop's locale, and a part-filled date saved as none
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url, { width: 1280, height: 800 });
    await openExample(page);
    await view(page, 'Prioritäten');
    await section(page, 'Schlüssel-Touchpoints');
    await page.getByRole('button', { name: /Maßnahme anlegen für Service-Hotline bei Problemen/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Maßnahme' });
    await dialog.waitFor();
    await dialog.getByLabel('Titel').fill('Rückruf binnen 2 Stunden');
    await dialog.getByLabel('Verantwortlich').selectOption({ label: 'Thomas Schmidt' });
    const due = dialog.getByLabel('Fällig', { exact: true });
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? `${el.tagName.toLowerCase()}:${el.type}:${el.name}` : '';
    });
    await dialog.getByLabel('Verantwortlich').focus();
    await page.keyboard.press('Tab');
    expect(await due.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('31.2.2027');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('input:radio:effort'); // one Tab stop: on to the effort
    const alert = dialog.getByRole('alert').filter({ hasText: '„31.2.2027“ ist kein Datum.' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Bitte so eingeben:');
    // Save refuses too: the dialog stays, with everything typed
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    expect(await dialog.isVisible()).toBe(true);
    expect(await due.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await dialog.getByLabel('Titel').inputValue()).toBe('Rückruf binnen 2 Stunden');
    expect(await due.inputValue()).toBe('31.2.2027');
    // corrected: written back the German way, and saved as the day
    await due.fill('28.2.2027');
    await page.keyboard.press('Tab');
    expect(await due.inputValue()).toBe('28.02.2027');
    expect(await alert.count()).toBe(0);
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await mainDoc(page)).measures.find((m) => m.title === 'Rückruf binnen 2 Stunden')?.due).toBe('2027-02-28');
    // an empty field is no due date
    await view(page, 'Maßnahmen');
    const row = page.getByRole('table', { name: 'Maßnahmen' }).getByRole('row').filter({ hasText: 'Rückruf binnen 2 Stunden' });
    expect(await row.textContent()).toContain('28.02.2027');
    await row.getByRole('button', { name: /bearbeiten/i }).first().click();
    const edit = page.getByRole('dialog', { name: 'Maßnahme bearbeiten' });
    await edit.getByLabel('Fällig', { exact: true }).fill('');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(async () => (await mainDoc(page)).measures.find((m) => m.title === 'Rückruf binnen 2 Stunden')?.due).toBe('');
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('writes the summary as people read it: the date in the language, counted words, Strg in German tooltips', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    await view(page, 'Zusammenfassung');
    const head = page.locator('.act-head .muted');
    expect((await head.textContent())?.trim()).toBe('Volksbank Rheintal eG · 12.03.2026');
    const facts = page.locator('.summary .facts');
    expect((await facts.textContent())?.trim()).toBe('41 Touchpoints · 38 bewertet · 9 umstritten · 31 unter Soll');
    expect(await page.getByRole('button', { name: 'Rückgängig', exact: true }).getAttribute('title')).toMatch(/\(Strg\+Z\)$/);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    expect((await head.textContent())?.trim()).toBe('Volksbank Rheintal eG · 12 Mar 2026');
    expect((await facts.textContent())?.trim()).toBe('41 touchpoints · 38 rated · 9 disputed · 31 below target');
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title')).toMatch(/\(Ctrl\+Z\)$/);
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });
});
