/**
 * Reading a client's table file (S5): .csv / .txt and .xlsx, every value a string.
 *
 * Meant to run inside the isolated process (see isolated.ts / worker.ts); it still
 * enforces every limit itself so a hostile file fails fast with a clear message key:
 *
 * - CSV: encoding (UTF-8 with/without BOM, UTF-16 with BOM, else Windows-1252),
 *   separator (; , tab |, or an Excel `sep=` line), binary content refused, csv-parse
 *   without casting.
 * - XLSX: the zip is inspected with yauzl before anything else (entry count, declared
 *   sizes, compression ratio), the parts that will be read are inflated once with a
 *   hard cap on the bytes actually produced and refused if they contain `<!DOCTYPE`
 *   or any other DTD markup (no entity is ever expanded). exceljs then reads a
 *   repacked zip that holds only those parts — the first visible worksheet, shared
 *   strings, styles and a synthesized workbook — with its streaming reader, and
 *   reading stops at the row limit.
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { resolveLimits, type ImportLimits, type ParsedTable } from '../../../shared/import/limits';
import { columnLetter } from '../../../shared/import/columns';
import type { MessageKey } from '../../../shared/i18n/messages';
import { DomainError, fail, ok, toAppError, type Result } from '../../../shared/result';
import { writeZip, zipEntry, type ZipEntryData } from './zip';

export type { ImportLimits, ParsedTable } from '../../../shared/import/limits';

const reject = (code: MessageKey, params?: Record<string, string | number>): never => {
  throw new DomainError(code, params);
};

/**
 * Read a table file in this process. Never throws: every problem is a Result with a
 * message key. Use parseInIsolation for files from outside; this is for tests and for
 * the isolated worker itself.
 */
export async function parseTableFile(bytes: Uint8Array, fileName: string, limits?: Partial<ImportLimits>): Promise<Result<ParsedTable>> {
  try {
    return ok(await readTable(bytes, fileName, resolveLimits(limits)));
  } catch (e) {
    const err = toAppError(e, 'import.file.crashed');
    return err.detail === undefined ? fail(err.code, err.params) : fail(err.code, err.params, err.detail);
  }
}

class Clock {
  private readonly deadline: number;
  constructor(private readonly limits: ImportLimits) {
    this.deadline = Date.now() + limits.timeMs;
  }
  check(): void {
    if (Date.now() > this.deadline) reject('import.file.timeout', { seconds: Math.round(this.limits.timeMs / 100) / 10 });
  }
}

const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;

async function readTable(input: Uint8Array, fileName: string, limits: ImportLimits): Promise<ParsedTable> {
  const clock = new Clock(limits);
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length === 0) reject('import.file.empty');
  if (bytes.length > limits.maxFileBytes) reject('import.file.tooLarge', { sizeMb: mb(bytes.length), maxMb: mb(limits.maxFileBytes) });

  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
  const isOle = bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));

  if (isZip) return readXlsx(bytes, limits, clock);
  if (isOle || ext === 'xls') reject('import.file.legacyExcel');
  if (['xlsx', 'xlsm', 'xltx', 'xltm'].includes(ext)) reject('import.xlsx.notWorkbook');
  if (!['csv', 'txt', 'tsv', 'tab', ''].includes(ext)) reject('import.file.unsupported', { name: fileName.slice(0, 120) });
  return readCsv(bytes, limits, clock);
}

// ---------------------------------------------------------------------------
// common: the rows collected from either format

class TableBuilder {
  headers: string[] = [];
  rows: string[][] = [];
  private totalChars = 0;
  private nonEmptyRows = 0;
  private emptyBeyondLimit = 0;

  constructor(private readonly limits: ImportLimits) {}

  /** `rowNo` is 1-based as in the spreadsheet; throws a DomainError when a limit is crossed */
  add(rowNo: number, cells: string[]): void {
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    const { limits } = this;
    if (cells.length > limits.maxColumns) reject('import.file.tooManyColumns', { row: rowNo, max: limits.maxColumns });
    for (let c = 0; c < cells.length; c++) {
      const len = (cells[c] as string).length;
      if (len > limits.maxCellChars) reject('import.file.cellTooLong', { row: rowNo, column: columnLetter(c), max: limits.maxCellChars });
      this.totalChars += len;
    }
    if (this.totalChars > limits.maxTotalChars) reject('import.file.tooMuchText');
    if (rowNo === 1) {
      this.headers = cells;
      return;
    }
    if (cells.length === 0) {
      // empty rows far below the data (formatted, never filled) are skipped but not endless
      if (rowNo - 1 > limits.maxRows && ++this.emptyBeyondLimit > EMPTY_ROWS_BEYOND_LIMIT) reject('import.file.tooManyRows', { max: limits.maxRows });
      return;
    }
    this.nonEmptyRows++;
    if (rowNo - 1 > limits.maxRows) reject('import.file.tooManyRows', { max: limits.maxRows });
    const index = rowNo - 2;
    while (this.rows.length < index) this.rows.push([]);
    this.rows[index] = cells;
  }

  finish(sheetName: string, format: ParsedTable['format']): ParsedTable {
    if (this.nonEmptyRows === 0) reject('import.file.noRows');
    return { headers: this.headers, rows: this.rows, sheetName, format };
  }
}

// ---------------------------------------------------------------------------
// CSV

type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

function decodeText(bytes: Buffer): { text: string; encoding: CsvEncoding } {
  let text: string;
  let encoding: CsvEncoding;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes);
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes);
  } else {
    if (bytes.includes(0)) reject('import.file.binary');
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      if (bom) {
        text = new TextDecoder('utf-8').decode(bytes);
        encoding = 'utf-8';
      } else {
        text = decodeWindows1252(bytes);
        encoding = 'windows-1252';
      }
    }
  }
  if (text.includes('\u0000')) reject('import.file.binary');
  const controls = text.match(CONTROL_CHARS)?.length ?? 0;
  if (controls > 8 && controls > text.length * 0.01) reject('import.file.binary');
  if (text.includes('\uFFFD') && (text.match(/\uFFFD/g)?.length ?? 0) > Math.max(8, text.length * 0.01)) reject('import.file.binary');
  return { text, encoding };
}

/** 0x80–0x9F of Windows-1252 (undefined bytes stay C1 controls, as WHATWG decodes them). */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1: umlauts are right, but
 * €, „ “, –, … (0x80–0x9F, common in German text) come out as invisible control
 * characters. So the table is applied here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    out[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
  }
  let s = '';
  for (let i = 0; i < out.length; i += 8192) s += String.fromCharCode(...out.subarray(i, i + 8192));
  return s;
}

const DELIMITERS = [';', '\t', ',', '|'] as const;

/** Field counts of the first records of `sample` for one delimiter (quotes respected). */
function fieldCounts(sample: string, delimiter: string, maxRecords = 30): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let atFieldStart = true;
  let nonEmpty = false;
  for (let i = 0; i < sample.length && counts.length < maxRecords; i++) {
    const ch = sample[i];
    if (inQuotes) {
      if (ch === '"') {
        if (sample[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      nonEmpty = true;
    } else if (ch === delimiter) {
      fields++;
      atFieldStart = true;
      nonEmpty = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && sample[i + 1] === '\n') i++;
      if (nonEmpty) counts.push(fields);
      fields = 1;
      atFieldStart = true;
      nonEmpty = false;
    } else {
      atFieldStart = false;
      nonEmpty = true;
    }
  }
  return counts;
}

function detectDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best: { d: string; score: number; fields: number } = { d: ',', score: -1, fields: 1 };
  for (const d of DELIMITERS) {
    const counts = fieldCounts(sample, d);
    const first = counts[0] ?? 1;
    if (first < 2) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    const score = consistent * 1000 + Math.min(first, 999);
    if (score > best.score) best = { d, score, fields: first };
  }
  return best.d;
}

function readCsv(bytes: Buffer, limits: ImportLimits, clock: Clock): ParsedTable {
  const decoded = decodeText(bytes);
  const { encoding } = decoded;
  let text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  clock.check();

  let delimiter: string;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1] as string;
    text = text.slice(sep[0].length);
  } else delimiter = detectDelimiter(text);

  const table = new TableBuilder(limits);
  let rowNo = 0;
  try {
    parseCsv(text, {
      delimiter,
      bom: false,
      cast: false,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // stops at the first field longer than a cell may be, instead of reading it all
      max_record_size: limits.maxCellChars + 1,
      on_record: (record: string[]) => {
        rowNo++;
        if ((rowNo & 1023) === 0) clock.check();
        table.add(
          rowNo,
          record.map((v) => (typeof v === 'string' ? v : String(v ?? ''))),
        );
        return null; // nothing is collected by csv-parse itself
      },
    });
  } catch (e) {
    if (e instanceof DomainError) throw e;
    const info = e as { code?: string; records?: number; column?: number };
    if (info.code === 'CSV_MAX_RECORD_SIZE')
      reject('import.file.cellTooLong', { row: rowNo + 1, column: columnLetter(typeof info.column === 'number' ? info.column : 0), max: limits.maxCellChars });
    if (typeof info.code === 'string' && info.code.startsWith('CSV_')) reject('import.csv.malformed', { line: (info.records ?? rowNo) + 1 });
    throw e;
  }
  return table.finish('', { kind: 'csv', encoding, delimiter });
}

// ---------------------------------------------------------------------------
// XLSX: inspection of the zip container

interface ZipPart {
  entry: yauzl.Entry;
  name: string;
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject_) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) reject_(new DomainError('import.xlsx.corrupt'));
      else resolve(zip);
    });
  });
}

function listEntries(zip: yauzl.ZipFile, limits: ImportLimits): Promise<ZipPart[]> {
  return new Promise((resolve, reject_) => {
    const parts: ZipPart[] = [];
    const done = (e: unknown) => {
      zip.removeAllListeners('entry');
      zip.removeAllListeners('end');
      reject_(e instanceof DomainError ? e : new DomainError('import.xlsx.corrupt'));
    };
    zip.on('error', done);
    zip.on('end', () => resolve(parts));
    zip.on('entry', (entry: yauzl.Entry) => {
      parts.push({ entry, name: entry.fileName });
      zip.readEntry();
    });
    if (zip.entryCount > limits.maxZipEntries) return done(new DomainError('import.xlsx.tooManyParts', { max: limits.maxZipEntries }));
    zip.readEntry();
  });
}

function checkDeclared(parts: ZipPart[], limits: ImportLimits): void {
  if (parts.length > limits.maxZipEntries) reject('import.xlsx.tooManyParts', { max: limits.maxZipEntries });
  let total = 0;
  const seen = new Set<string>();
  for (const { entry, name } of parts) {
    const key = name.toLowerCase();
    if (seen.has(key)) reject('import.xlsx.corrupt');
    seen.add(key);
    if (name.endsWith('/')) continue;
    if (entry.isEncrypted()) reject('import.xlsx.encrypted');
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) reject('import.xlsx.unsupported');
    total += entry.uncompressedSize;
    if (total > limits.maxUncompressedBytes) reject('import.xlsx.tooBig', { maxMb: mb(limits.maxUncompressedBytes) });
    if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxCompressionRatio)
      reject('import.xlsx.suspicious');
  }
}

/** The entry's bytes exactly as stored in the zip (for the repacked copy). */
function rawData(bytes: Buffer, entry: yauzl.Entry): Buffer {
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) reject('import.xlsx.corrupt');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) reject('import.xlsx.corrupt');
  return bytes.subarray(start, end);
}

/** Finds `<!` followed by a letter (DOCTYPE, ENTITY, ELEMENT, ATTLIST, NOTATION) across chunk borders. */
class DtdScanner {
  private tail: Buffer = Buffer.alloc(0);
  found = false;
  feed(chunk: Buffer): void {
    const buf = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    let i = buf.indexOf('<!');
    while (i >= 0 && i + 2 < buf.length) {
      const c = buf[i + 2] as number;
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
        this.found = true;
        return;
      }
      i = buf.indexOf('<!', i + 1);
    }
    this.tail = Buffer.from(buf.subarray(Math.max(0, buf.length - 2)));
  }
}

/**
 * Looks at the worksheet and shared strings while they are being checked, so the
 * obvious cases are refused before exceljs is even loaded:
 * - rows: a sheet with more than maxRows + 1 rows holding a value (`<v>` or `<is>`),
 *   or more than maxRows + 1 + EMPTY_ROWS_BEYOND_LIMIT row elements at all, is one
 *   TableBuilder would refuse anyway (rows are numbered ascending);
 * - text: a run of more than 10 × maxCellChars bytes without markup is a text longer
 *   than maxCellChars characters (even `&#x10FFFF;` is only 10 bytes per character).
 */
/** Merged ranges read at most: a real list merges a phase column or a title, not more. */
const MAX_MERGES = 5_000;
const MERGES_TAG = Buffer.from('mergeCells');

class PartScanner {
  rowElements = 0;
  contentRows = 0;
  /** merged ranges of the worksheet (`A2:A9`), read from its <mergeCells> block */
  merges: string[] = [];
  private rowHasContent = false;
  private run = 0;
  private carry: Buffer | null = null;
  /** the text from <mergeCells> on (it comes after the sheet data); null before */
  private mergeText: string | null = null;
  private tail = Buffer.alloc(0);

  constructor(
    private readonly limits: ImportLimits,
    private readonly countRows: boolean,
  ) {}

  feed(chunk: Buffer): void {
    if (this.countRows) this.collectMerges(chunk);
    const maxRun = this.limits.maxCellChars * 10;
    if (this.carry) {
      const head = Buffer.concat([this.carry, chunk.subarray(0, 5)]);
      this.carry = null;
      this.tag(head, 0);
    }
    let last = -1;
    let i = chunk.indexOf(0x3c);
    while (i >= 0) {
      const runLen = last < 0 ? this.run + i : i - last - 1;
      if (runLen > maxRun) reject('import.xlsx.textTooLong', { max: this.limits.maxCellChars });
      if (this.countRows) {
        if (i + 4 < chunk.length) this.tag(chunk, i);
        else this.carry = Buffer.from(chunk.subarray(i));
      }
      last = i;
      i = chunk.indexOf(0x3c, i + 1);
    }
    this.run = last < 0 ? this.run + chunk.length : chunk.length - last - 1;
    if (this.run > maxRun) reject('import.xlsx.textTooLong', { max: this.limits.maxCellChars });
  }

  finish(): void {
    if (this.carry) this.tag(Buffer.concat([this.carry, Buffer.from('    ')]), 0);
    this.carry = null;
    if (this.rowHasContent) this.addContentRow();
    if (this.mergeText !== null) {
      for (const m of this.mergeText.matchAll(/<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([A-Za-z]{1,3}\d{1,7}:[A-Za-z]{1,3}\d{1,7})["']/g)) {
        if (this.merges.length >= MAX_MERGES) break;
        this.merges.push(m[1]!.toUpperCase());
      }
      this.mergeText = null;
    }
  }

  /** Keep the text from `<mergeCells` on, bounded (a hostile file cannot make it large). */
  private collectMerges(chunk: Buffer): void {
    if (this.mergeText === null) {
      const window = Buffer.concat([this.tail, chunk]);
      const at = window.indexOf(MERGES_TAG);
      if (at < 0) {
        this.tail = Buffer.from(window.subarray(Math.max(0, window.length - MERGES_TAG.length)));
        return;
      }
      this.mergeText = window.subarray(at).toString('utf8');
    } else this.mergeText += chunk.toString('utf8');
    if (this.mergeText.length > MAX_MERGES * 64) this.mergeText = this.mergeText.slice(0, MAX_MERGES * 64);
  }

  /** classify the tag starting with `<` at buf[i] (needs 4 bytes after it) */
  private tag(buf: Buffer, i: number): void {
    const a = buf[i + 1];
    const b = buf[i + 2];
    const c = buf[i + 3];
    const d = buf[i + 4];
    const delim = (x: number | undefined) => x === 0x20 || x === 0x3e || x === 0x2f || x === 0x09 || x === 0x0a || x === 0x0d;
    if (a === 0x72 && b === 0x6f && c === 0x77 && delim(d)) {
      // <row
      if (this.rowHasContent) this.addContentRow();
      this.rowHasContent = false;
      if (++this.rowElements > this.limits.maxRows + 1 + EMPTY_ROWS_BEYOND_LIMIT) reject('import.file.tooManyRows', { max: this.limits.maxRows });
    } else if ((a === 0x76 && (b === 0x3e || b === 0x20)) || (a === 0x69 && b === 0x73 && (c === 0x3e || c === 0x20))) {
      // <v> or <is>
      this.rowHasContent = true;
    }
  }

  private addContentRow(): void {
    this.rowHasContent = false;
    if (++this.contentRows > this.limits.maxRows + 1) reject('import.file.tooManyRows', { max: this.limits.maxRows });
  }
}

const EMPTY_ROWS_BEYOND_LIMIT = 100_000;

class InflateBudget {
  used = 0;
  constructor(
    private readonly limits: ImportLimits,
    private readonly clock: Clock,
  ) {}

  /**
   * Inflate one XML part, streaming, counting the bytes actually produced: refused when
   * it exceeds its declared size or the budget, contains DTD markup or NUL bytes.
   * `keep` collects the text (small parts only).
   */
  async scan(bytes: Buffer, part: ZipPart, keep: boolean, content?: PartScanner): Promise<string> {
    const { entry } = part;
    const raw = rawData(bytes, entry);
    const scanner = new DtdScanner();
    const kept: Buffer[] = [];
    let produced = 0;
    const onChunk = (chunk: Buffer) => {
      produced += chunk.length;
      this.used += chunk.length;
      if (produced > entry.uncompressedSize) reject('import.xlsx.suspicious');
      if (this.used > this.limits.maxUncompressedBytes) reject('import.xlsx.tooBig', { maxMb: mb(this.limits.maxUncompressedBytes) });
      if (chunk.includes(0)) reject('import.xlsx.unsupported');
      scanner.feed(chunk);
      if (scanner.found) reject('import.xlsx.doctype');
      content?.feed(chunk);
      if (keep) kept.push(chunk);
    };
    if (entry.compressionMethod === 0) {
      for (let off = 0; off < raw.length; off += 1 << 20) {
        onChunk(raw.subarray(off, Math.min(raw.length, off + (1 << 20))));
        this.clock.check();
      }
    } else {
      const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
      const source = Readable.from(chunked(raw, 256 * 1024));
      source.on('error', () => {});
      const stream = source.pipe(inflate);
      try {
        for await (const chunk of stream) {
          onChunk(chunk as Buffer);
          this.clock.check();
        }
      } catch (e) {
        if (e instanceof DomainError) throw e;
        reject('import.xlsx.corrupt');
      } finally {
        source.unpipe(inflate);
        source.destroy();
        inflate.destroy();
      }
    }
    if (produced !== entry.uncompressedSize) reject('import.xlsx.corrupt');
    content?.finish();
    if (!keep) return '';
    let text = Buffer.concat(kept).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text;
  }
}

function* chunked(buf: Buffer, size: number): Generator<Buffer> {
  for (let off = 0; off < buf.length; off += size) yield buf.subarray(off, Math.min(buf.length, off + size));
}

// --- tiny attribute readers for the package's small XML parts (DTD-free, checked above)

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

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function readXlsx(bytes: Buffer, limits: ImportLimits, clock: Clock): Promise<ParsedTable> {
  const zip = await openZip(bytes);
  let repacked: Buffer;
  let sheetName: string;
  let sheetScanner: PartScanner | undefined;
  try {
    const parts = await listEntries(zip, limits);
    checkDeclared(parts, limits);
    clock.check();
    const byName = new Map(parts.filter((p) => !p.name.endsWith('/')).map((p) => [p.name.toLowerCase(), p]));
    const budget = new InflateBudget(limits, clock);
    const scanned = new Set<ZipPart>();
    const smallText = async (path: string): Promise<string | undefined> => {
      const part = byName.get(path.toLowerCase());
      if (!part) return undefined;
      if (part.entry.uncompressedSize > 10 * 1024 * 1024) reject('import.xlsx.unsupported');
      scanned.add(part);
      return budget.scan(bytes, part, true);
    };

    // the workbook part: _rels/.rels says where it is (xl/workbook.xml in practice)
    const rootRels = await smallText('_rels/.rels');
    const officeDoc = rootRels ? relationships(rootRels, '').find((r) => r.type.endsWith('/officeDocument')) : undefined;
    const workbookPath = officeDoc?.path ?? 'xl/workbook.xml';
    const workbookXml = await smallText(workbookPath);
    if (workbookXml === undefined) reject('import.xlsx.notWorkbook');
    const slash = workbookPath.lastIndexOf('/');
    const baseDir = slash >= 0 ? workbookPath.slice(0, slash) : '';
    const relsXml = (await smallText(`${baseDir ? `${baseDir}/` : ''}_rels/${workbookPath.slice(slash + 1)}.rels`)) ?? '';
    const rels = relationships(relsXml, baseDir);

    // first visible worksheet in tab order (chart sheets and hidden sheets skipped)
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
    const sheetPart = byName.get((target as { path: string }).path.toLowerCase());
    if (!sheetPart) reject('import.xlsx.corrupt');
    sheetName = (target as { name: string }).name;
    const date1904 = /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml as string);

    const entries: ZipEntryData[] = [
      zipEntry(
        'xl/_rels/workbook.xml.rels',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
        true,
      ),
      zipEntry(
        'xl/workbook.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        true,
      ),
    ];
    // every other XML part is checked too (never parsed, but a DTD anywhere means the file is not from Excel)
    const stylesPart = byName.get(rels.find((r) => r.type.endsWith('/styles'))?.path.toLowerCase() ?? '');
    const stringsPart = byName.get(rels.find((r) => r.type.endsWith('/sharedStrings'))?.path.toLowerCase() ?? '');
    const later = new Set([stylesPart, stringsPart, sheetPart]);
    for (const part of byName.values()) {
      if (scanned.has(part) || later.has(part) || !/\.(xml|rels|vml)$/i.test(part.name)) continue;
      scanned.add(part);
      await budget.scan(bytes, part, false);
    }
    const keepRaw = async (part: ZipPart | undefined, as: string, content?: PartScanner): Promise<boolean> => {
      if (!part) return false;
      if (!scanned.has(part)) await budget.scan(bytes, part, false, content);
      scanned.add(part);
      entries.push({ name: as, data: rawData(bytes, part.entry), method: part.entry.compressionMethod as 0 | 8, crc32: part.entry.crc32, uncompressedSize: part.entry.uncompressedSize });
      return true;
    };
    await keepRaw(stylesPart, 'xl/styles.xml');
    if (!(await keepRaw(stringsPart, 'xl/sharedStrings.xml', new PartScanner(limits, false)))) {
      entries.push(zipEntry('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${NS_MAIN}" count="0" uniqueCount="0"/>`, true));
    }
    sheetScanner = new PartScanner(limits, true);
    await keepRaw(sheetPart, 'xl/worksheets/sheet1.xml', sheetScanner);
    repacked = writeZip(entries);
  } finally {
    zip.close();
  }
  clock.check();
  return fillMerged(await readSheet(repacked, sheetName, limits, clock), sheetScanner?.merges ?? []);
}

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
// XLSX: the worksheet, via exceljs' streaming reader

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

async function readSheet(zipBytes: Buffer, sheetName: string, limits: ImportLimits, clock: Clock): Promise<ParsedTable> {
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
