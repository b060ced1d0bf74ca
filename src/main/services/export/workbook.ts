/**
 * WorkbookModel (plain data, src/shared/export) → exceljs workbook → .xlsx bytes.
 *
 * Every text cell passes through `writeCell`: text that starts like a formula (=, +, −,
 * @, tab, CR, LF) gets the number format "@" (Text), so neither Excel nor LibreOffice
 * evaluates it, now or when the client edits the cell later (docs/design/quality.md S6). No cell is
 * ever given a formula. exceljs 4.4.0 has no `quotePrefix` in its style model; the Text
 * format gives the same protection on edit and shows the original text.
 */
import ExcelJS from 'exceljs';
import type { Cell as XCell, Style as XStyle, Worksheet } from 'exceljs';
import { CUBE_BODY } from '../../../shared/export/palette';
import { looksLikeFormula } from '../../../shared/export/text';
import type { Cell, CellStyle, DateValue, ImageKey, SheetModel, WorkbookModel } from '../../../shared/export/model';
import { translate } from '../../../shared/i18n/messages';

/** An explicit font on every style: LibreOffice falls back to a serif font otherwise (docs/design/stack.md). */
export const FONT_NAME = 'Calibri';
const TEXT_FORMAT = '@';
const GRID = 'FFBFBFBF';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function toExcelStyle(s: CellStyle, body: string): Partial<XStyle> {
  const style: Partial<XStyle> = {
    font: {
      name: FONT_NAME,
      family: 2,
      size: s.size ?? 11,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.color ? { color: { argb: argb(s.color) } } : {}),
    },
  };
  if (s.fill && s.hatch) {
    style.fill = { type: 'pattern', pattern: 'lightUp', fgColor: { argb: argb(s.hatch) }, bgColor: { argb: argb(s.fill) } };
  } else if (s.fill) {
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  }
  if (s.align || s.valign || s.wrap || s.indent) {
    style.alignment = {
      ...(s.indent ? { indent: s.indent } : {}),
      ...(s.align ? { horizontal: s.align } : {}),
      ...(s.valign ? { vertical: s.valign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.numFmt) style.numFmt = s.numFmt;
  if (s.border === 'thin') {
    const line = { style: 'thin' as const, color: { argb: GRID } };
    style.border = { top: line, left: line, bottom: line, right: line };
  } else if (s.border === 'sticker') {
    const line = { style: 'medium' as const, color: { argb: argb(body) } };
    style.border = { top: line, left: line, bottom: line, right: line };
  } else if (s.border === 'bottom') {
    style.border = { bottom: { style: 'medium', color: { argb: argb('#1F3864') } } };
  }
  return style;
}

/** Style objects made once per name and shared by cells (exceljs dedupes them when writing). */
class StyleBook {
  private made = new Map<string, Partial<XStyle>>();
  constructor(
    private readonly styles: Record<string, CellStyle>,
    private readonly body: string,
  ) {}

  get(name: string | undefined, asText: boolean): Partial<XStyle> {
    const key = `${name ?? ''}${asText ? '|text' : ''}`;
    let s = this.made.get(key);
    if (!s) {
      const def = (name && Object.prototype.hasOwnProperty.call(this.styles, name) ? this.styles[name] : undefined) ?? {};
      s = toExcelStyle(asText ? { ...def, numFmt: TEXT_FORMAT } : def, this.body);
      this.made.set(key, s);
    }
    return s;
  }
}

function toDate(v: DateValue): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.date);
  if (!m) return null;
  // exceljs converts a Date to Excel's serial day in UTC: midnight UTC is exactly that day
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function writeCell(target: XCell, cell: Cell, book: StyleBook): void {
  const v = cell.v;
  if (typeof v === 'string') {
    const guard = looksLikeFormula(v);
    // a string value is a shared-string cell, never a formula; "@" keeps it text when edited
    target.value = v;
    target.style = book.get(cell.s, guard) as XStyle;
  } else if (typeof v === 'number' || typeof v === 'boolean') {
    target.value = v;
    target.style = book.get(cell.s, false) as XStyle;
  } else if (v && typeof v === 'object') {
    target.value = toDate(v);
    target.style = book.get(cell.s, false) as XStyle;
  } else {
    target.style = book.get(cell.s, false) as XStyle;
  }
  // a plain string only: exceljs deep-merges note objects (docs/design/stack.md)
  if (cell.note) target.note = String(cell.note);
}

const enc = (r: number, c: number) => ({ row: r + 1, column: c + 1 });

function addSheet(wb: ExcelJS.Workbook, sheet: SheetModel, book: StyleBook, footer: string): Worksheet {
  const grid = !(sheet.key === 'summary' || sheet.key === 'cube');
  const ws = wb.addWorksheet(sheet.name, {
    views: [
      sheet.freeze
        ? { state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows, showGridLines: grid }
        : { state: 'normal', showGridLines: grid },
    ],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: sheet.fitToPage ? 1 : 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(sheet.printTitleRow !== undefined ? { printTitlesRow: `${sheet.printTitleRow + 1}:${sheet.printTitleRow + 1}` } : {}),
      ...(sheet.printColumns !== undefined ? { printArea: printArea(sheet.printColumns, sheet.rows.length) } : {}),
    },
    headerFooter: { oddFooter: footer },
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
  });
  sheet.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [col, style] of Object.entries(sheet.columnStyles ?? {})) {
    ws.getColumn(Number(col) + 1).style = book.get(style, false) as XStyle;
  }
  sheet.rows.forEach((cells, r) => {
    if (cells.length === 0) return;
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (cell) writeCell(row.getCell(c + 1), cell, book);
    });
  });
  for (const [r, h] of Object.entries(sheet.heights ?? {})) ws.getRow(Number(r) + 1).height = h;
  for (const m of sheet.merges ?? []) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  if (sheet.autoFilter) {
    const a = sheet.autoFilter;
    ws.autoFilter = { from: enc(a.r1, a.c1), to: enc(a.r2, a.c2) };
  }
  for (const list of sheet.lists ?? []) {
    const { r1, c1, r2, c2 } = list.range;
    const ref = `${ws.getCell(r1 + 1, c1 + 1).address}:${ws.getCell(r2 + 1, c2 + 1).address}`;
    // the list's words come from the catalogue: no commas or quotes in them
    (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(ref, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
    });
  }
  return ws;
}

/**
 * The first `cols` columns of the first `rows` rows, as "A$1:J$42": exceljs 4.4.0 puts a "$"
 * before each end, so the defined name becomes "$A$1:$J$42". From "A1:J42" it would write the
 * mixed "$A1:$J42", which LibreOffice ignores as a print area (it printed every column).
 */
function printArea(cols: number, rows: number): string {
  let n = Math.max(1, cols);
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `A$1:${letters}$${Math.max(1, rows)}`;
}

/** Header/footer codes start with "&": a literal ampersand is written twice. */
function footerText(s: string): string {
  return s.replace(/&/g, '&&');
}

export type Pictures = Partial<Record<ImageKey, Uint8Array>>;

/** The model as an exceljs workbook; pictures can come later (addPictures), e.g. while they are still being encoded. */
export function toExcelWorkbook(model: WorkbookModel, pictures: Pictures = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const p = model.properties;
  wb.creator = p.creator;
  wb.lastModifiedBy = p.creator;
  wb.created = p.created;
  wb.modified = p.created;
  wb.title = p.title;
  wb.subject = p.subject;
  wb.keywords = p.keywords;
  wb.description = p.description;
  const book = new StyleBook(model.styles, CUBE_BODY);
  const footer = `&L${footerText(p.title)}&R${translate(model.lang, 'excel.footer.page')}`;
  for (const sheet of model.sheets) addSheet(wb, sheet, book, footer);
  addPictures(wb, model, pictures);
  return wb;
}

/** Place the PNG pictures where the model's sheets ask for them (a picture not given is left out). */
export function addPictures(wb: ExcelJS.Workbook, model: WorkbookModel, pictures: Pictures): void {
  const ids = new Map<ImageKey, number>();
  for (const sheet of model.sheets) {
    for (const img of sheet.images ?? []) {
      const bytes = pictures[img.key];
      const ws = wb.getWorksheet(sheet.name);
      if (!bytes || !ws) continue;
      let id = ids.get(img.key);
      if (id === undefined) {
        id = wb.addImage({ buffer: Buffer.from(bytes) as unknown as ExcelJS.Buffer, extension: 'png' });
        ids.set(img.key, id);
      }
      ws.addImage(id, { tl: { col: img.col, row: img.row }, ext: { width: img.width, height: img.height }, editAs: 'oneCell' });
    }
  }
}

/**
 * The .xlsx bytes. Deflate level 1: the sheets' XML is very repetitive, so the file is
 * barely larger than at the default level 6, and writing takes noticeably less time.
 */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const options = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } };
  return Buffer.from(await wb.xlsx.writeBuffer(options as Partial<ExcelJS.XlsxWriteOptions>));
}
