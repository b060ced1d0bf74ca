/**
 * The written workbook, read back with exceljs as a client's tool would: sheets, looks,
 * frozen panes, filters, drop-downs, real dates, and formula-like text that stays text.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleWorkshop } from '../../../shared/example/bank';
import { newWorkshop } from '../../../shared/model/defaults';
import { EXPORT_NOW, HOSTILE, HOSTILE_IN_CELLS, hostileWorkshop } from '../../../shared/export/testkit';
import { swatchOf } from '../../../shared/export/palette';
import { exportWorkbook } from './index';

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** The column of a header in row `headerRow` (1-based), and its cells below. */
function columnOf(ws: ExcelJS.Worksheet, header: string, headerRow = 1) {
  let col = 0;
  ws.getRow(headerRow).eachCell((c, n) => {
    if (c.value === header) col = n;
  });
  expect(col, header).toBeGreaterThan(0);
  return col;
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

let de: ExcelJS.Workbook;
let en: ExcelJS.Workbook;
beforeAll(async () => {
  de = await read(await exportWorkbook(hostileWorkshop(), { lang: 'de', now: EXPORT_NOW }));
  en = await read(await exportWorkbook(exampleWorkshop(), { lang: 'en', now: EXPORT_NOW }));
});

describe('the handoff workbook', () => {
  it('has the seven sheets, named in the export language, and document properties', () => {
    expect(de.worksheets.map((w) => w.name)).toEqual(['Übersicht', 'Touchpoints', 'Bewertungen', 'Würfel', 'Prioritäten', 'Maßnahmen', 'Teilnehmende']);
    expect(en.worksheets.map((w) => w.name)).toEqual(['Summary', 'Touchpoints', 'Ratings', 'Cube', 'Priorities', 'Measures', 'Participants']);
    expect(en.title).toBe('Touchpoint-Workshop Privatkunden');
    expect(en.subject).toBe('Volksbank Rheintal eG: Results of the customer touchpoint workshop');
    expect(en.creator).toBe('Touchpoint Cube');
    expect(en.created.getTime()).toBe(EXPORT_NOW.getTime());
  });

  it('styles every table: bold Calibri header on a fill, frozen header, autofilter, landscape fit to width', () => {
    for (const name of ['Touchpoints', 'Priorities', 'Measures', 'Participants']) {
      const ws = en.getWorksheet(name)!;
      const h = ws.getCell('A1');
      expect(h.font, name).toMatchObject({ name: 'Calibri', bold: true, color: { argb: 'FFFFFFFF' } });
      expect(h.fill, name).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } });
      expect(h.alignment, name).toMatchObject({ wrapText: true });
      expect(ws.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, name).toBeTruthy();
      expect(ws.pageSetup, name).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.getColumn(1).width, name).toBeGreaterThan(5);
    }
    const tp = en.getWorksheet('Touchpoints')!;
    expect(tp.autoFilter).toBe('A1:V42');
    expect(tp.views[0]).toMatchObject({ xSplit: 2 });
    // body text is Calibri too, and long text wraps
    expect(tp.getCell('C2').font).toMatchObject({ name: 'Calibri' });
    expect(tp.getCell('C2').alignment).toMatchObject({ wrapText: true });
  });

  it('colours the ratings matrix by level with the colour-blind-safe palette and keeps the numbers', () => {
    const ws = en.getWorksheet('Ratings')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 1 });
    expect(ws.autoFilter).toMatch(/^A2:/);
    let seen = 0;
    ws.eachRow((row, r) => {
      if (r < 3) return;
      row.eachCell((cell) => {
        if (typeof cell.value !== 'number' || !cell.fill || cell.fill.type !== 'pattern') return;
        const v = cell.value;
        if (v < -2 || v > 2 || cell.numFmt !== '+0;"−"0;0') return;
        expect(cell.fill.fgColor).toEqual({ argb: argb(swatchOf(v as -2 | -1 | 0 | 1 | 2).fill) });
        seen++;
      });
    });
    expect(seen).toBeGreaterThan(200); // 41 touchpoints × 6 participants, most rated
    // the legend row names the levels on their colours
    expect(ws.getCell('B1').value).toBe('+2 delighting');
    expect(ws.getCell('B1').fill).toMatchObject({ fgColor: { argb: argb(swatchOf(2).fill) } });
  });

  it('draws the cube sheet as coloured cells with symbols and embeds the cube picture on the summary', () => {
    const ws = en.getWorksheet('Cube')!;
    const symbols: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'string' && ['−−', '−', '○', '+', '++', '?'].includes(c.value)) symbols.push(c.value);
      }),
    );
    expect(symbols).toHaveLength(41 + 6); // every touchpoint has a face in the example; the legend shows six
    expect(ws.pageSetup).toMatchObject({ fitToWidth: 1, fitToHeight: 1 });
    const images = en.getWorksheet('Summary')!.getImages();
    expect(images).toHaveLength(1);
    const media = en.model.media as unknown as { extension: string; buffer: Buffer }[];
    expect(media[0]!.extension).toBe('png');
    expect(media[0]!.buffer.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('keeps status and effort as drop-down lists and the due date as a real date', () => {
    const ws = de.getWorksheet('Maßnahmen')!;
    const status = columnOf(ws, 'Status');
    const due = columnOf(ws, 'Fällig am');
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const letter = ws.getColumn(status).letter;
    // on the measures and on spare rows below them, for measures the client adds
    for (const row of [2, 6, 200]) expect(dv[`${letter}${row}`], `${letter}${row}`).toMatchObject({ type: 'list', formulae: ['"Idee,geplant,in Arbeit,erledigt"'] });
    expect(dv[`${ws.getColumn(columnOf(ws, 'Aufwand')).letter}2`]).toMatchObject({ type: 'list', formulae: ['"klein,mittel,groß"'] });
    const cell = ws.getCell(2, due);
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString()).toBe('2026-04-30T00:00:00.000Z');
    expect(cell.numFmt).toBe('DD.MM.YYYY');
    expect(ws.getCell(2, status).value).toBe('in Arbeit');
    // a due date the client types on a spare row is a date as well
    expect(ws.getColumn(due).numFmt).toBe('DD.MM.YYYY');
  });

  it('keeps formula-like text as text that no spreadsheet evaluates, now or when edited (S6)', () => {
    const guarded: string[] = [];
    for (const ws of de.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((c) => {
          expect(c.type, `${ws.name}!${c.address}`).not.toBe(ExcelJS.ValueType.Formula);
          expect(c.type, `${ws.name}!${c.address}`).not.toBe(ExcelJS.ValueType.Hyperlink);
          if (typeof c.value === 'string' && /^[=+\-@\t\r\n]/.test(c.value)) {
            expect(c.numFmt, `${ws.name}!${c.address} ${JSON.stringify(c.value)}`).toBe('@');
            guarded.push(c.value);
          }
        }),
      );
    }
    for (const v of HOSTILE_IN_CELLS) {
      expect(guarded, JSON.stringify(v)).toContain(v);
    }
    // the guard keeps the cell's look: a guarded title is styled like its neighbours
    const tp = de.getWorksheet('Touchpoints')!;
    const title = columnOf(tp, 'Titel');
    let row = 0;
    tp.eachRow((r, n) => {
      if (r.getCell(title).value === HOSTILE.hyperlink) row = n;
    });
    expect(tp.getCell(row, title).alignment).toMatchObject({ wrapText: true });
    expect(tp.getCell(row, title).font).toMatchObject({ name: 'Calibri' });
  });

  it('stays correct for an empty workshop', async () => {
    const wb = await read(await exportWorkbook(newWorkshop({ title: 'Leer', language: 'de', now: EXPORT_NOW }), { lang: 'de', now: EXPORT_NOW }));
    expect(wb.worksheets).toHaveLength(7);
    expect(wb.getWorksheet('Touchpoints')!.actualRowCount).toBe(1);
    expect(wb.getWorksheet('Touchpoints')!.autoFilter).toBe('A1:V1');
    expect(wb.getWorksheet('Maßnahmen')!.actualRowCount).toBe(1);
    expect(wb.getWorksheet('Teilnehmende')!.actualRowCount).toBe(1);
    expect(wb.getWorksheet('Bewertungen')!.getCell('A2').value).toBe('Titel');
  });
});
