/** The parser in this process: good client files, and every hostile file mapped to its message key. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import zlib from 'node:zlib';
import { newWorkshop } from '../../../shared/model/defaults';
import { detectColumns } from '../../../shared/import/headers';
import { planImport } from '../../../shared/import/plan';
import type { ParsedTable } from '../../../shared/import/limits';
import type { Result } from '../../../shared/result';
import { parseTableFile } from './parse';
import { cellText } from './xlsxSheet';
import { bombSheet, cp1252, germanWorkbook, handXlsx, inlineSheet, manyRowsSheet, noisyText, NS_MAIN, sheetXml } from './testkit';
import { writeZip, zipEntry } from './zip';

function value(r: Result<ParsedTable>): ParsedTable {
  if (!r.ok) throw new Error(`expected a table, got ${r.error.code} ${JSON.stringify(r.error.params ?? {})} ${r.error.detail ?? ''}`);
  return r.value;
}

function code(r: Result<ParsedTable>): string {
  return r.ok ? 'accepted' : r.error.code;
}

describe('CSV', () => {
  it('UTF-8 with BOM, semicolons, a quoted field with a line break', async () => {
    const text = '\uFEFFTitel;Beschreibung;Phase\r\nWebsite;"Kunde sagt: ""schnell""\r\nund einfach";Vor dem Kauf\r\nHotline;Wartezeit;Nach dem Kauf\r\n';
    const t = value(await parseTableFile(Buffer.from(text, 'utf8'), 'liste.csv'));
    expect(t.headers).toEqual(['Titel', 'Beschreibung', 'Phase']);
    expect(t.rows).toEqual([
      ['Website', 'Kunde sagt: "schnell"\r\nund einfach', 'Vor dem Kauf'],
      ['Hotline', 'Wartezeit', 'Nach dem Kauf'],
    ]);
    expect(t.format).toEqual({ kind: 'csv', encoding: 'utf-8', delimiter: ';' });
  });

  it('Windows-1252 with umlauts (as German Excel saves CSV)', async () => {
    const bytes = cp1252('Titel;Würfelseite;Abteilung\nBeratungsgespräch;Mitarbeitende;Vertrieb\nÖffnungszeiten im Büro;Räume;Geschäftsführung\nStraße – „Parkplatz“ 5 €;Räume;\n');
    expect(bytes.includes(0xfc)).toBe(true); // ü as a single cp1252 byte
    const t = value(await parseTableFile(bytes, 'LISTE.CSV'));
    expect(t.format).toEqual({ kind: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(t.headers).toEqual(['Titel', 'Würfelseite', 'Abteilung']);
    expect(t.rows[0]).toEqual(['Beratungsgespräch', 'Mitarbeitende', 'Vertrieb']);
    expect(t.rows[1]).toEqual(['Öffnungszeiten im Büro', 'Räume', 'Geschäftsführung']);
    expect(t.rows[2]).toEqual(['Straße – „Parkplatz“ 5 €', 'Räume']);
  });

  it('tab-separated, values kept as typed (no number or date casting)', async () => {
    const t = value(await parseTableFile(Buffer.from('Title\tImportance\tCode\nWebsite\t3\t007\nShop\t1.000\t0x1F\n\nApp\t2\t2024-01-01\n'), 'list.tsv'));
    expect(t.format).toMatchObject({ delimiter: '\t' });
    expect(t.rows).toEqual([['Website', '3', '007'], ['Shop', '1.000', '0x1F'], [], ['App', '2', '2024-01-01']]);
  });

  it('comma, an Excel "sep=" line, UTF-16 text export', async () => {
    const comma = value(await parseTableFile(Buffer.from('title,description\n"Web, site","a; b"\n'), 'a.csv'));
    expect(comma.rows).toEqual([['Web, site', 'a; b']]);
    const sep = value(await parseTableFile(Buffer.from('sep=,\nTitel;x,Phase\nA;1,B\n'), 'a.csv'));
    expect(sep.headers).toEqual(['Titel;x', 'Phase']);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Titel\tPhase\r\nÜbergabe\tNach dem Kauf\r\n', 'utf16le')]);
    const u = value(await parseTableFile(utf16, 'unicode.txt'));
    expect(u.format).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(u.rows).toEqual([['Übergabe', 'Nach dem Kauf']]);
  });

  it('keeps __proto__ / constructor as plain strings', async () => {
    const t = value(await parseTableFile(Buffer.from('__proto__;constructor;Titel\nprototype;__proto__;constructor\n'), 'p.csv'));
    expect(t.headers).toEqual(['__proto__', 'constructor', 'Titel']);
    expect(t.rows).toEqual([['prototype', '__proto__', 'constructor']]);
    expect(Object.getPrototypeOf(t.rows[0])).toBe(Array.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('rejects binary, broken, too long and too large content with clear keys', async () => {
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) & 0xff;
    expect(code(await parseTableFile(random, 'data.csv'))).toBe('import.file.binary');
    const controls = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x41)));
    expect(code(await parseTableFile(controls, 'ctl.csv'))).toBe('import.file.binary');
    expect(code(await parseTableFile(Buffer.from('Titel;Phase\n"offen;x\ny;z\n'), 'q.csv'))).toBe('import.csv.malformed');
    const r = await parseTableFile(Buffer.from(`Titel;Beschreibung\nA;${'x'.repeat(5 * 1024 * 1024)}\n`), 'cell.csv');
    expect(r).toEqual({ ok: false, error: { code: 'import.file.cellTooLong', params: { row: 2, column: 'B', max: 2000 } } });
    expect(code(await parseTableFile(Buffer.from(''), 'e.csv'))).toBe('import.file.empty');
    expect(code(await parseTableFile(Buffer.from('Titel;Phase\n'), 'h.csv'))).toBe('import.file.noRows');
    expect(await parseTableFile(Buffer.alloc(100, 0x41), 'a.csv', { maxFileBytes: 50 })).toEqual({
      ok: false,
      error: { code: 'import.file.tooLarge', params: { sizeMb: 0, maxMb: 0 } },
    });
    expect(code(await parseTableFile(Buffer.from('a;b\n' + 'x;1\n'.repeat(10_001)), 'rows.csv'))).toBe('import.file.tooManyRows');
    expect(code(await parseTableFile(Buffer.from('a;b\n' + 'x;1\n'.repeat(10_000)), 'rows.csv'))).toBe('accepted');
    expect(code(await parseTableFile(Buffer.from(`${'a;'.repeat(300)}\n1;2\n`), 'wide.csv'))).toBe('import.file.tooManyColumns');
    expect(code(await parseTableFile(Buffer.from('%PDF-1.4'), 'x.pdf'))).toBe('import.file.unsupported');
    expect(code(await parseTableFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls'))).toBe('import.file.legacyExcel');
  });
});

describe('XLSX', () => {
  it('reads a real workbook (exceljs): first visible sheet, rich text, links, formulas, dates, errors as text', async () => {
    const t = value(await parseTableFile(await germanWorkbook(), 'Kunde.xlsx'));
    expect(t.sheetName).toBe('Touchpoints');
    expect(t.headers[0]).toBe('Titel');
    expect(t.headers).toHaveLength(10);
    expect(t.rows[0]).toEqual(['Website', '„Schnell gefunden“', 'Vor dem Kauf', 'Online-Präsenz', 'Marketing', 'direkt', 'online', 'ja', 'hoch', '2024-05-01']);
    expect(t.rows[1]).toEqual(['Beratungsgespräch', 'Termin online buchen', 'Während des Kaufs', 'Mitarbeitende', 'Vertrieb', 'direkt', 'offline', 'x', '3']);
    expect(t.rows[2]?.[8]).toBe('2');
    expect(t.rows[3]?.[1]).toBe('#N/A');

    // and the whole way to a plan
    const doc = newWorkshop({ title: 'Bank', language: 'de', now: new Date('2025-01-01T00:00:00Z') });
    const withDepts = { ...doc, departments: ['Marketing', 'Vertrieb', 'Buchhaltung'].map((name, i) => ({ id: `dp_d${i}xx`, name, color: '#0b7285' })) };
    const detected = detectColumns(t.headers);
    expect(detected.columns).toMatchObject({ title: 0, description: 1, phase: 2, face: 3, department: 4, direct: 5, online: 6, momentOfTruth: 7, importance: 8 });
    const plan = planImport(withDepts, t.rows, detected);
    expect(plan.invalid).toEqual([]);
    expect(plan.newTouchpoints.map((tp) => [tp.title, tp.importance, tp.momentOfTruth, tp.direct, tp.online])).toEqual([
      ['Website', 3, true, true, true],
      ['Beratungsgespräch', 3, true, true, false],
      ['Bewertungsportal', 2, false, false, true],
      ['Rechnung', 1, false, true, false],
    ]);
  });

  it('keeps prototype keys as strings in a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.addRow(['__proto__', 'constructor', 'Titel']);
    ws.addRow(['prototype', '__proto__', 'constructor']);
    const t = value(await parseTableFile(Buffer.from(await wb.xlsx.writeBuffer()), 'p.xlsx'));
    expect(t.headers).toEqual(['__proto__', 'constructor', 'Titel']);
    expect(t.rows).toEqual([['prototype', '__proto__', 'constructor']]);
  });

  it('fills a phase merged over several rows into each of them, and leaves a title merged across columns alone', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Liste');
    ws.addRow(['Touchpoint', 'Phase', 'Abteilung']);
    ws.addRow(['Website', 'Vor dem Kauf', 'Marketing']);
    ws.addRow(['Google-Bewertungen', '', '']);
    ws.addRow(['Beratung', 'Während des Kaufs', 'Vertrieb']);
    ws.addRow(['', '', '']);
    ws.addRow(['Notiz über die ganze Breite']);
    ws.mergeCells('B2:B3'); // the phase, grouped
    ws.mergeCells('B4:B5'); // reaches an empty row: no row is made up
    ws.mergeCells('A6:C6'); // one row: nothing to copy
    const t = value(await parseTableFile(Buffer.from(await wb.xlsx.writeBuffer()), 'merged.xlsx'));
    expect(t.rows).toEqual([
      ['Website', 'Vor dem Kauf', 'Marketing'],
      ['Google-Bewertungen', 'Vor dem Kauf'],
      ['Beratung', 'Während des Kaufs', 'Vertrieb'],
      [],
      ['Notiz über die ganze Breite'],
    ]);
  });

  it('reads a hand-written workbook with inline strings; a sheet with only a header has no rows', async () => {
    const t = value(await parseTableFile(handXlsx(inlineSheet([['Titel', 'Phase'], ['A & B', 'x<y']])), 'hand.xlsx'));
    expect(t.rows).toEqual([['A & B', 'x<y']]);
    expect(code(await parseTableFile(handXlsx(inlineSheet([['Titel']])), 'h.xlsx'))).toBe('import.file.noRows');
  });

  it('rejects hostile workbooks with the right key', async () => {
    // zip bomb, honest headers: 1 GiB declared
    expect(code(await parseTableFile(handXlsx(bombSheet(1024 ** 3)), 'bomb.xlsx'))).toBe('import.xlsx.tooBig');
    // zip bomb, lying headers: only counting the inflated bytes stops it
    const lying = bombSheet(1024 ** 3, { declaredSize: 50_000 });
    expect(code(await parseTableFile(handXlsx(lying), 'bomb2.xlsx'))).toBe('import.xlsx.suspicious');
    // …also in a part nobody reads (a theme), claiming 90 MB: stopped after 90 MB inflated
    const lyingTheme = { ...bombSheet(1024 ** 3, { declaredSize: 90 * 1024 * 1024, kind: 'cell' }), name: 'xl/theme/theme1.xml' };
    expect(code(await parseTableFile(handXlsx(inlineSheet([['Titel'], ['a']]), { extra: [lyingTheme] }), 'bomb3.xlsx'))).toBe('import.xlsx.suspicious');
    // a giant single cell or a million tiny rows in the sheet are seen while inflating
    expect(code(await parseTableFile(handXlsx(bombSheet(1024 ** 3, { declaredSize: 90 * 1024 * 1024, kind: 'cell' })), 'b4.xlsx'))).toBe('import.xlsx.textTooLong');
    expect(code(await parseTableFile(handXlsx(bombSheet(1024 ** 3, { declaredSize: 90 * 1024 * 1024 })), 'b5.xlsx'))).toBe('import.file.tooManyRows');
    // many parts, each small, together too big
    const mib = 'x'.repeat(1024 * 1024);
    const many = Array.from({ length: 101 }, (_, i) => zipEntry(`xl/media/part${i}.xml`, mib));
    expect(code(await parseTableFile(handXlsx(inlineSheet([['Titel'], ['a']]), { extra: many }), 'parts.xlsx'))).toBe('import.xlsx.tooBig');
    const tooMany = Array.from({ length: 1001 }, (_, i) => zipEntry(`xl/media/p${i}.bin`, 'x'));
    expect(code(await parseTableFile(handXlsx(inlineSheet([['Titel'], ['a']]), { extra: tooMany }), 'n.xlsx'))).toBe('import.xlsx.tooManyParts');
    // XXE in the sheet, in shared strings, in an unrelated part
    const xxe = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    expect(code(await parseTableFile(handXlsx(zipEntry('xl/worksheets/sheet1.xml', sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>', xxe))), 'xxe.xlsx'))).toBe('import.xlsx.doctype');
    expect(code(await parseTableFile(handXlsx(inlineSheet([['Titel'], ['a']]), { sharedStrings: `<?xml version="1.0"?>\n<!doctype sst [<!ENTITY a "aaaa">]><sst xmlns="${NS_MAIN}"/>` }), 'x2.xlsx'))).toBe('import.xlsx.doctype');
    expect(code(await parseTableFile(handXlsx(inlineSheet([['Titel'], ['a']]), { extra: [zipEntry('docProps/app.xml', `<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><Properties/>`)] }), 'x3.xlsx'))).toBe('import.xlsx.doctype');
    // a CDATA section and comments are fine
    expect(code(await parseTableFile(handXlsx(inlineSheet([['Titel'], ['a']]), { extra: [zipEntry('docProps/app.xml', `<?xml version="1.0"?><!-- c --><Properties><![CDATA[x]]></Properties>`)] }), 'ok.xlsx'))).toBe('accepted');
    // truncated, not a zip, not a workbook
    const good = await germanWorkbook();
    expect(code(await parseTableFile(good.subarray(0, Math.floor(good.length / 2)), 'cut.xlsx'))).toBe('import.xlsx.corrupt');
    expect(code(await parseTableFile(Buffer.from('Titel;Phase\nA;B\n'), 'renamed.xlsx'))).toBe('import.xlsx.notWorkbook');
    expect(code(await parseTableFile(writeZip([zipEntry('word/document.xml', '<w/>')]), 'doc.xlsx'))).toBe('import.xlsx.notWorkbook');
    // a sheet with more than 10,000 rows (1 million), a 5 MB cell, a hidden-only workbook
    expect(code(await parseTableFile(handXlsx(await manyRowsSheet(1_000_000)), 'huge.xlsx'))).toBe('import.file.tooManyRows');
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS_MAIN}" count="1" uniqueCount="1"><si><t>${noisyText(5 * 1024 * 1024)}</t></si></sst>`;
    const bigCell = handXlsx(zipEntry('xl/worksheets/sheet1.xml', sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c></row><row r="2"><c r="A2" t="s"><v>0</v></c></row>')), { sharedStrings: sst });
    expect(await parseTableFile(bigCell, 'cell.xlsx')).toEqual({ ok: false, error: { code: 'import.xlsx.textTooLong', params: { max: 2000 } } });
    // a cell just over the limit is found by exceljs, with its place
    const longCell = handXlsx(inlineSheet([['Titel', 'Beschreibung'], ['a', 'b'], ['c', noisyText(2001)]]));
    expect(await parseTableFile(longCell, 'cell2.xlsx')).toEqual({ ok: false, error: { code: 'import.file.cellTooLong', params: { row: 3, column: 'B', max: 2000 } } });
    // 10,000 data rows pass, 10,001 do not (found while checking the zip, before exceljs)
    const rows = (n: number) => [['Titel'], ...Array.from({ length: n }, (_, i) => [`T${i}`])];
    expect(code(await parseTableFile(handXlsx(inlineSheet(rows(10_000))), 'ok.xlsx'))).toBe('accepted');
    expect(code(await parseTableFile(handXlsx(inlineSheet(rows(10_001))), 'over.xlsx'))).toBe('import.file.tooManyRows');
    // rows far below that were formatted but never filled do not count
    const sparse = zipEntry('xl/worksheets/sheet1.xml', sheetXml(`${'<row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>'}${Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 3}" s="1" customFormat="1"/>`).join('')}`));
    expect(value(await parseTableFile(handXlsx(sparse), 'sparse.xlsx')).rows).toEqual([['x']]);
    const hiddenOnly = `<?xml version="1.0"?><workbook xmlns="${NS_MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="a" sheetId="1" state="hidden" r:id="rId1"/></sheets></workbook>`;
    expect(code(await parseTableFile(handXlsx(inlineSheet([['Titel'], ['a']]), { workbook: hiddenOnly }), 'hidden.xlsx'))).toBe('import.xlsx.noSheet');
    // encrypted entries and unknown compression methods
    const enc = handXlsx(inlineSheet([['Titel'], ['a']]));
    const cd = enc.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    enc.writeUInt16LE(enc.readUInt16LE(cd + 8) | 1, cd + 8);
    expect(code(await parseTableFile(enc, 'enc.xlsx'))).toBe('import.xlsx.encrypted');
  });

  it('stops at the time limit', async () => {
    const r = await parseTableFile(handXlsx(await manyRowsSheet(300_000)), 'slow.xlsx', { timeMs: 1, maxRows: 1_000_000 });
    expect(code(r)).toBe('import.file.timeout');
  });

  it('turns every cell value type into text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(3.5)).toBe('3.5');
    expect(cellText(Number.NaN)).toBe('');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2024, 0, 2, 13, 5)))).toBe('2024-01-02 13:05');
    expect(cellText({ richText: [{ text: 'a' }, { text: 'b' }] })).toBe('ab');
    expect(cellText({ text: { richText: [{ text: 'link' }] }, hyperlink: 'x' })).toBe('link');
    expect(cellText({ formula: 'A1', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(cellText({ sharedFormula: 'A1', result: new Date(Date.UTC(2024, 0, 2)) })).toBe('2024-01-02');
    expect(cellText({ formula: 'A1' })).toBe('');
  });

  it('builds the bomb fast and it really inflates to 1 GiB (sanity of the corpus)', () => {
    const t0 = performance.now();
    const sheet = bombSheet(1024 ** 3);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(sheet.uncompressedSize).toBeGreaterThanOrEqual(1000 * 1024 * 1024);
    expect(sheet.data.length).toBeLessThan(5 * 1024 * 1024);
    // inflate only the start to check the stream is valid deflate
    const head = zlib.inflateRawSync(sheet.data.subarray(0, 4096), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    expect(head.toString('utf8', 0, 200)).toContain('<sheetData><row>');
  });
});
