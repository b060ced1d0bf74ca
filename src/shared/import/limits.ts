/**
 * Limits and result shape of reading a client's table file (S5). Pure types and
 * constants, shared by the main process (parser, isolation) and the renderer
 * (which shows the numbers in messages).
 */

export interface ImportLimits {
  /** size of the file as given */
  maxFileBytes: number;
  /** data rows below the header row */
  maxRows: number;
  /** characters in one cell */
  maxCellChars: number;
  /** columns in one row */
  maxColumns: number;
  /** characters in all cells together */
  maxTotalChars: number;
  /** wall-clock time for parsing (the isolated process is killed a little later) */
  timeMs: number;
  /** xlsx: entries in the zip container */
  maxZipEntries: number;
  /** xlsx: sum of the declared uncompressed sizes, and of the bytes actually inflated */
  maxUncompressedBytes: number;
  /** xlsx: declared uncompressed / compressed size of one entry larger than 1 MB */
  maxCompressionRatio: number;
  /** isolated process: V8 old-space limit in MB */
  maxHeapMb: number;
}

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxFileBytes: 20 * 1024 * 1024,
  maxRows: 10_000,
  maxCellChars: 2_000,
  maxColumns: 200,
  maxTotalChars: 20_000_000,
  timeMs: 5_000,
  maxZipEntries: 1_000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 250,
  maxHeapMb: 256,
});

/** Merge caller overrides over the defaults, ignoring anything that is not a positive finite number. */
export function resolveLimits(partial?: Partial<ImportLimits>): ImportLimits {
  const out: ImportLimits = { ...DEFAULT_IMPORT_LIMITS };
  if (!partial) return out;
  for (const key of Object.keys(DEFAULT_IMPORT_LIMITS) as (keyof ImportLimits)[]) {
    const v = Object.prototype.hasOwnProperty.call(partial, key) ? partial[key] : undefined;
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = v;
  }
  return out;
}

/** A table read from a file: every value a string, header row separate. */
export interface ParsedTable {
  /** cells of spreadsheet row 1 */
  headers: string[];
  /** rows[i] is spreadsheet row i + 2; empty rows inside the data are kept as [] so numbers match */
  rows: string[][];
  /** worksheet name for xlsx, '' for csv */
  sheetName: string;
  /** what was read, for the dialog ("CSV, semicolon, Windows-1252") */
  format: { kind: 'csv'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; delimiter: string } | { kind: 'xlsx' };
}
