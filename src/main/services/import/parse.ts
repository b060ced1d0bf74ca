/**
 * Reading a client's table file (S5): .csv / .txt and .xlsx, every value a string.
 *
 * Meant to run inside the isolated process (see isolated.ts / worker.ts); it still
 * enforces every limit itself so a hostile file fails fast with a clear message key.
 * This file sniffs the format (size, magic bytes, extension) and hands the bytes to
 * one reader:
 *
 * - csv.ts: encoding, separator, binary content refused, csv-parse without casting.
 * - xlsxPackage.ts: the zip inspected and its parts inflated under a hard cap and
 *   refused on any DTD markup, then repacked with only the parts exceljs needs;
 *   xlsxSheet.ts: the first visible worksheet read with exceljs' streaming reader,
 *   stopping at the row limit, merged cells filled down.
 * - table.ts: the rows either reader collects, with the limits both enforce.
 */
import { resolveLimits, type ImportLimits, type ParsedTable } from '../../../shared/import/limits';
import { fail, ok, toAppError, type Result } from '../../../shared/result';
import { readCsv } from './csv';
import { Clock, mb, reject } from './table';
import { repackWorkbook } from './xlsxPackage';
import { fillMerged, readSheet } from './xlsxSheet';

export type { ImportLimits, ParsedTable } from '../../../shared/import/limits';

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

async function readXlsx(bytes: Buffer, limits: ImportLimits, clock: Clock): Promise<ParsedTable> {
  const workbook = await repackWorkbook(bytes, limits, clock);
  clock.check();
  return fillMerged(await readSheet(workbook.zip, workbook.sheetName, limits, clock), workbook.merges);
}
