/**
 * Which worksheet of a client's workbook is read, and merged cells: the parts of xlsxSheet.ts
 * that parse.test.ts reaches only through whole files made by exceljs (always the standard
 * layout). Workbooks from other tools put the parts elsewhere; the relationships decide.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedTable } from '../../../shared/import/limits';
import { DomainError } from '../../../shared/result';
import { fillMerged, locateFirstSheet } from './xlsxSheet';

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (items: [id: string, type: string, target: string, external?: boolean][]) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(([id, type, target, external]) => `<Relationship Id="${id}" Type="${NS_REL}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`)
    .join('')}</Relationships>`;

function reader(parts: Record<string, string>) {
  const asked: string[] = [];
  const read = async (path: string) => {
    asked.push(path);
    return Object.prototype.hasOwnProperty.call(parts, path) ? parts[path] : undefined;
  };
  return { read, asked };
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'accepted';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
}

describe('locateFirstSheet', () => {
  it('follows _rels/.rels to a workbook outside xl/ and resolves its relationships against its folder', async () => {
    const { read, asked } = reader({
      '_rels/.rels': rels([['r1', 'officeDocument', '/book/main.xml']]),
      'book/main.xml': `<workbook xmlns:r="${NS_REL}"><workbookPr date1904="true"/><sheets><sheet name="Diagramm" sheetId="1" r:id="c1"/><sheet name="Versteckt" sheetId="2" state="veryHidden" r:id="s1"/><sheet name="Liste &amp; Phasen" sheetId="3" r:id="s2"/></sheets></workbook>`,
      'book/_rels/main.xml.rels': rels([
        ['c1', 'chartsheet', 'charts/chart1.xml'],
        ['s1', 'worksheet', 'sheets/hidden.xml'],
        ['s2', 'worksheet', '../data/./list.xml'],
        ['st', 'styles', 'styles.xml'],
        ['ss', 'sharedStrings', 'strings.xml'],
      ]),
    });
    expect(await locateFirstSheet(read)).toEqual({
      path: 'data/list.xml',
      name: 'Liste & Phasen',
      date1904: true,
      stylesPath: 'book/styles.xml',
      sharedStringsPath: 'book/strings.xml',
    });
    expect(asked).toEqual(['_rels/.rels', 'book/main.xml', 'book/_rels/main.xml.rels']);
  });

  it('assumes xl/workbook.xml without package relationships, and ignores external targets', async () => {
    const { read } = reader({
      'xl/workbook.xml': `<x:workbook xmlns:x="m" xmlns:r="${NS_REL}"><x:sheets><x:sheet name="Web" r:id="w"/><x:sheet name="Tabelle1" r:id="s"/></x:sheets></x:workbook>`,
      'xl/_rels/workbook.xml.rels': rels([
        ['w', 'worksheet', 'https://example.org/sheet.xml', true],
        ['s', 'worksheet', 'worksheets/sheet1.xml'],
      ]),
    });
    const sheet = await locateFirstSheet(read);
    expect(sheet).toMatchObject({ path: 'xl/worksheets/sheet1.xml', name: 'Tabelle1', date1904: false, stylesPath: undefined, sharedStringsPath: undefined });
  });

  it('refuses a package without a workbook, and a workbook without a visible worksheet', async () => {
    expect(await refusal(locateFirstSheet(reader({}).read))).toBe('import.xlsx.notWorkbook');
    const onlyCharts = reader({
      'xl/workbook.xml': `<workbook xmlns:r="${NS_REL}"><sheets><sheet name="D" r:id="c"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': rels([['c', 'chartsheet', 'charts/c.xml']]),
    });
    expect(await refusal(locateFirstSheet(onlyCharts.read))).toBe('import.xlsx.noSheet');
  });
});

describe('fillMerged', () => {
  const table = (): ParsedTable => ({
    headers: ['Titel', 'Phase'],
    rows: [['Website', 'Vor dem Kauf'], ['Hotline'], [], ['Filiale', 'Nach dem Kauf'], ['Rechnung']],
    sheetName: 'Liste',
    format: { kind: 'xlsx' },
  });

  it('copies the top-left value down the first column onto rows with content, never making rows up', () => {
    const t = fillMerged(table(), ['B2:B4', 'B5:B9']);
    expect(t.rows).toEqual([['Website', 'Vor dem Kauf'], ['Hotline', 'Vor dem Kauf'], [], ['Filiale', 'Nach dem Kauf'], ['Rechnung', 'Nach dem Kauf']]);
  });

  it('leaves a merge within one row, an empty top-left cell and typed values alone', () => {
    const t = table();
    t.rows[1] = ['Hotline', 'Nach dem Kauf'];
    expect(fillMerged(t, ['A1:B1', 'C2:C5', 'B2:B3']).rows).toEqual([['Website', 'Vor dem Kauf'], ['Hotline', 'Nach dem Kauf'], [], ['Filiale', 'Nach dem Kauf'], ['Rechnung']]);
  });
});
