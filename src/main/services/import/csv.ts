/**
 * Reading a CSV / text export: encoding (UTF-8 with/without BOM, UTF-16 with BOM, else
 * Windows-1252), separator (; , tab |, or an Excel `sep=` line), binary content refused,
 * csv-parse without casting (every value stays the string that was typed).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { columnLetter } from '../../../shared/import/columns';
import type { ImportLimits, ParsedTable } from '../../../shared/import/limits';
import { DomainError } from '../../../shared/result';
import { reject, TableBuilder, type Clock } from './table';

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

export function readCsv(bytes: Buffer, limits: ImportLimits, clock: Clock): ParsedTable {
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
