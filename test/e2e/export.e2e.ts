import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { fileMenu, launchBrowser, openExample, openPage, screenshotDir, startApp } from './fixture';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('handoff from the workspace', () => {
  it('exports the open example to Excel as a download with every touchpoint, and the cube as a PNG', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    await page.screenshot({ path: path.join(await screenshotDir(), 'export-topbar-de.png'), clip: { x: 0, y: 0, width: 1920, height: 140 } });

    const [download] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Nach Excel exportieren')]);
    expect(download.suggestedFilename()).toBe('Touchpoint-Workshop Privatkunden.xlsx');
    const file = path.join(app.data, 'handoff.xlsx');
    await download.saveAs(file);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Übersicht', 'Touchpoints', 'Bewertungen', 'Würfel', 'Prioritäten', 'Maßnahmen', 'Teilnehmende']);
    const ws = wb.getWorksheet('Touchpoints')!;
    const titles: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) titles.push(String(row.getCell(2).value));
    });
    expect(titles).toHaveLength(41);
    expect(titles).toContain('Service-Hotline bei Problemen (z. B. Karte gesperrt)');
    expect(wb.title).toBe('Touchpoint-Workshop Privatkunden');

    const [png] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Würfel aufgeklappt als Bild (PNG)')]);
    expect(png.suggestedFilename()).toBe('Touchpoint-Workshop Privatkunden cube-net.png');
    const pngFile = path.join(app.data, 'cube.png');
    await png.saveAs(pngFile);
    const bytes = await fs.readFile(pngFile);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(await page.getByRole('menu').count()).toBe(0); // the menu closed after choosing
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('exports the latest change in English, and a formula-like title stays text', async () => {
    const app = await startApp(undefined, 'en');
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    // change the title through the bridge the renderer uses, then export at once
    const applied = await page.evaluate(async () => {
      const api = (window as unknown as { tpc: { api: Record<string, (r: unknown) => Promise<{ ok: boolean }>> } }).tpc.api;
      // the session numbers documents per process (doc1, doc2, …): find the open one
      let docId = '';
      for (let n = 1; n < 100 && !docId; n++) if ((await api['doc.get']!({ docId: `doc${n}` })).ok) docId = `doc${n}`;
      return api['doc.apply']!({ docId, commands: [{ name: 'meta.update', payload: { patch: { title: '=Handoff 2026' } } }] });
    });
    expect(applied).toMatchObject({ ok: true });
    const [download] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Export to Excel')]);
    const file = path.join(app.data, 'en.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Touchpoints', 'Ratings', 'Cube', 'Priorities', 'Measures', 'Participants']);
    const a1 = wb.getWorksheet('Summary')!.getCell('A1');
    expect(a1.value).toBe('=Handoff 2026');
    expect(a1.numFmt).toBe('@');
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });
});
