/**
 * The worksheet of a client's workbook: which one is read (the first visible worksheet in
 * tab order, found through workbook.xml and its relationships), its rows as text via exceljs'
 * streaming reader, and merged cells filled down. The package around it is checked and
 * repacked first (xlsxPackage.ts); every XML text seen here is DTD-free by then.
 */
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ImportLimits, ParsedTable } from '../../../shared/import/limits';
import { DomainError } from '../../../shared/result';
import { chunked, reject, TableBuilder, type Clock } from './table';

// ---------------------------------------------------------------------------
// which sheet

// tiny attribute readers for the package's small XML parts (DTD-free: xlsxPackage.ts checked them)

function xmlUnescape(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function elements(xml: string, localName: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  const re = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])([^>]*)>`, 'g');
  for (const m of xml.matchAll(re)) {
    const attrs = new Map<string, string>();
    for (const a of (m[1] ?? '').matchAll(/([\w.-]+(?::[\w.-]+)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs.set(a[1] as string, xmlUnescape(a[2] ?? a[3] ?? ''));
    }
    out.push(attrs);
  }
  return out;
}

function relId(attrs: Map<string, string>): string | undefined {
  for (const [k, v] of attrs) if (/^[\w.-]+:id$/.test(k)) return v;
  return undefined;
}

/** Resolve a relationship target against the folder of the part that owns it. */
function resolveTarget(baseDir: string, target: string): string {
  const segments = target.startsWith('/') ? [] : baseDir.split('/').filter(Boolean);
  for (const s of target.replace(/\\/g, '/').split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  return segments.join('/');
}

function relationships(xml: string, baseDir: string): { id: string; type: string; path: string }[] {
  return elements(xml, 'Relationship')
    .filter((a) => (a.get('TargetMode') ?? '').toLowerCase() !== 'external')
    .map((a) => ({ id: a.get('Id') ?? '', type: a.get('Type') ?? '', path: resolveTarget(baseDir, a.get('Target') ?? '') }));
}

/** What the rest of the reading needs to know from workbook.xml and its relationships. */
export interface FirstSheet {
  /** the worksheet part's path in the package */
  path: string;
  /** its tab name */
  name: string;
  /** the workbook counts dates from 1904 (old Mac Excel) */
  date1904: boolean;
  /** the styles and shared strings parts, if the workbook has them */
  stylesPath: string | undefined;
  sharedStringsPath: string | undefined;
}

/**
 * Find the first visible worksheet in tab order (chart sheets and hidden sheets skipped).
 * `read` gives the text of a small part of the package (checked), undefined when missing.
 */
export async function locateFirstSheet(read: (path: string) => Promise<string | undefined>): Promise<FirstSheet> {
  // the workbook part: _rels/.rels says where it is (xl/workbook.xml in practice)
  const rootRels = await read('_rels/.rels');
  const officeDoc = rootRels ? relationships(rootRels, '').find((r) => r.type.endsWith('/officeDocument')) : undefined;
  const workbookPath = officeDoc?.path ?? 'xl/workbook.xml';
  const workbookXml = await read(workbookPath);
  if (workbookXml === undefined) reject('import.xlsx.notWorkbook');
  const slash = workbookPath.lastIndexOf('/');
  const baseDir = slash >= 0 ? workbookPath.slice(0, slash) : '';
  const relsXml = (await read(`${baseDir ? `${baseDir}/` : ''}_rels/${workbookPath.slice(slash + 1)}.rels`)) ?? '';
  const rels = relationships(relsXml, baseDir);

  const sheets = elements(workbookXml as string, 'sheet');
  let target: { path: string; name: string } | undefined;
  for (const s of sheets) {
    const state = (s.get('state') ?? 'visible').toLowerCase();
    if (state === 'hidden' || state === 'veryhidden') continue;
    const rel = rels.find((r) => r.id === relId(s));
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    target = { path: rel.path, name: s.get('name') ?? '' };
    break;
  }
  if (!target) reject('import.xlsx.noSheet');
  const { path, name } = target as { path: string; name: string };
  return {
    path,
    name,
    date1904: /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml as string),
    stylesPath: rels.find((r) => r.type.endsWith('/styles'))?.path,
    sharedStringsPath: rels.find((r) => r.type.endsWith('/sharedStrings'))?.path,
  };
}

// ---------------------------------------------------------------------------
// merged cells

function cellRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: col - 1 };
}

/**
 * Merged cells hold their value in the top-left cell only; a client's list often merges the
 * phase or department over several rows. Copy that value down the range's first column, on
 * rows that have content of their own (never creating rows). A merge within one row (a title
 * across the columns) adds nothing and is left alone.
 */
export function fillMerged(table: ParsedTable, merges: readonly string[]): ParsedTable {
  const rowOf = (n: number): string[] | undefined => (n === 1 ? table.headers : table.rows[n - 2]);
  for (const range of merges) {
    const [a, b] = range.split(':') as [string, string];
    const from = cellRef(a);
    const to = cellRef(b);
    const value = rowOf(from.row)?.[from.col] ?? '';
    if (value === '') continue;
    const lastRow = Math.min(to.row, table.rows.length + 1);
    for (let r = from.row + 1; r <= lastRow; r++) {
      const cells = rowOf(r);
      if (!cells || cells.length === 0) continue;
      while (cells.length < from.col) cells.push('');
      if ((cells[from.col] ?? '') === '') cells[from.col] = value;
    }
  }
  return table;
}
// ---------------------------------------------------------------------------
// the rows, via exceljs' streaming reader

type CellValue = ExcelJS.CellValue;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${two(h)}:${two(m)}${s ? `:${two(s)}` : ''}`;
}

/** Any exceljs cell value as the text a person sees (formulas: their cached result). */
export function cellText(v: CellValue | unknown, depth = 0): string {
  if (v === null || v === undefined || depth > 4) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v);
  if (typeof v !== 'object') return '';
  const o = v as Record<string, unknown>;
  if (Array.isArray(o['richText'])) return (o['richText'] as unknown[]).map((r) => cellText((r as { text?: unknown } | null)?.text, depth + 1)).join('');
  if (Object.prototype.hasOwnProperty.call(o, 'formula') || Object.prototype.hasOwnProperty.call(o, 'sharedFormula')) return cellText(o['result'], depth + 1);
  if (Object.prototype.hasOwnProperty.call(o, 'error')) return cellText(o['error'], depth + 1);
  if (Object.prototype.hasOwnProperty.call(o, 'text')) return cellText(o['text'], depth + 1);
  return '';
}

type WorkbookReaderClass = typeof ExcelJS.stream.xlsx.WorkbookReader;

/** exceljs's streaming reader (the same class as ExcelJS.stream.xlsx.WorkbookReader) */
const READER_MODULE = 'exceljs/lib/stream/xlsx/workbook-reader.js';

/**
 * Loaded only when a workbook passed every check, and only the streaming reader, not
 * all of exceljs (writer, CSV, jszip…): loading exceljs is the slowest part of reading
 * a small workbook, and most hostile files never get here.
 */
async function loadWorkbookReader(): Promise<WorkbookReaderClass> {
  const mod = (await import(/* @vite-ignore */ READER_MODULE)) as { default?: WorkbookReaderClass } | WorkbookReaderClass;
  return (typeof mod === 'function' ? mod : mod.default) as WorkbookReaderClass;
}

export async function readSheet(zipBytes: Buffer, sheetName: string, limits: ImportLimits, clock: Clock): Promise<ParsedTable> {
  const source = Readable.from(chunked(zipBytes, 64 * 1024));
  source.on('error', () => {});
  const table = new TableBuilder(limits);
  const WorkbookReader = await loadWorkbookReader();
  clock.check();
  const reader = new WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  let lastRow = 0;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const n = Number.isInteger(row.number) && row.number > lastRow ? row.number : lastRow + 1;
        lastRow = n;
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const text = cellText(cell.value);
          if (text === '') return;
          if (col > limits.maxColumns) reject('import.file.tooManyColumns', { row: n, max: limits.maxColumns });
          while (cells.length < col - 1) cells.push('');
          cells[col - 1] = text;
        });
        table.add(n, cells);
        if ((n & 255) === 0) clock.check();
      }
      break; // the repacked workbook has exactly one sheet
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    reject('import.xlsx.corrupt');
  } finally {
    source.destroy();
  }
  return table.finish(sheetName, { kind: 'xlsx' });
}
