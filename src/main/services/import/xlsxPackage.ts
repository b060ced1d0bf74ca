/**
 * The zip container of a client's .xlsx, checked before anything reads it: inspected with
 * yauzl first (entry count, declared sizes, compression ratio); the parts that will be read
 * are inflated once with a hard cap on the bytes actually produced and refused if they
 * contain `<!DOCTYPE` or any other DTD markup (no entity is ever expanded); the worksheet is
 * scanned on the way for row count, overlong text and its merged ranges. exceljs then reads a
 * repacked zip that holds only those parts: the first visible worksheet, shared strings,
 * styles and a synthesized workbook (xlsxSheet.ts).
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import type { ImportLimits } from '../../../shared/import/limits';
import { DomainError } from '../../../shared/result';
import { chunked, EMPTY_ROWS_BEYOND_LIMIT, mb, reject, type Clock } from './table';
import { locateFirstSheet } from './xlsxSheet';
import { writeZip, zipEntry, type ZipEntryData } from './zip';

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

/** Merged ranges read at most: a real list merges a phase column or a title, not more. */
const MAX_MERGES = 5_000;
const MERGES_TAG = Buffer.from('mergeCells');

/**
 * Looks at the worksheet and shared strings while they are being checked, so the
 * obvious cases are refused before exceljs is even loaded:
 * - rows: a sheet with more than maxRows + 1 rows holding a value (`<v>` or `<is>`),
 *   or more than maxRows + 1 + EMPTY_ROWS_BEYOND_LIMIT row elements at all, is one
 *   TableBuilder would refuse anyway (rows are numbered ascending);
 * - text: a run of more than 10 × maxCellChars bytes without markup is a text longer
 *   than maxCellChars characters (even `&#x10FFFF;` is only 10 bytes per character).
 */
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

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The checked package, repacked for exceljs: only the parts it needs, under their standard names. */
export interface RepackedWorkbook {
  zip: Buffer;
  sheetName: string;
  /** merged ranges of the worksheet (`A2:A9`) */
  merges: string[];
}

export async function repackWorkbook(bytes: Buffer, limits: ImportLimits, clock: Clock): Promise<RepackedWorkbook> {
  const zip = await openZip(bytes);
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

    const sheet = await locateFirstSheet(smallText);
    const sheetPart = byName.get(sheet.path.toLowerCase());
    if (!sheetPart) reject('import.xlsx.corrupt');

    const entries: ZipEntryData[] = [
      zipEntry(
        'xl/_rels/workbook.xml.rels',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
        true,
      ),
      zipEntry(
        'xl/workbook.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr${sheet.date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        true,
      ),
    ];
    // every other XML part is checked too (never parsed, but a DTD anywhere means the file is not from Excel)
    const stylesPart = byName.get(sheet.stylesPath?.toLowerCase() ?? '');
    const stringsPart = byName.get(sheet.sharedStringsPath?.toLowerCase() ?? '');
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
    const sheetScanner = new PartScanner(limits, true);
    await keepRaw(sheetPart, 'xl/worksheets/sheet1.xml', sheetScanner);
    return { zip: writeZip(entries), sheetName: sheet.name, merges: sheetScanner.merges };
  } finally {
    zip.close();
  }
}
