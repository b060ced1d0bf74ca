/**
 * What both readers of a table file share: the rows collected from either format with every
 * size limit enforced (TableBuilder), the time limit (Clock) and the rejection that carries a
 * message key. The readers: csv.ts and xlsxSheet.ts; parse.ts picks one.
 */
import { columnLetter } from '../../../shared/import/columns';
import type { ImportLimits, ParsedTable } from '../../../shared/import/limits';
import type { MessageKey } from '../../../shared/i18n/messages';
import { DomainError } from '../../../shared/result';

export const reject = (code: MessageKey, params?: Record<string, string | number>): never => {
  throw new DomainError(code, params);
};

export class Clock {
  private readonly deadline: number;
  constructor(private readonly limits: ImportLimits) {
    this.deadline = Date.now() + limits.timeMs;
  }
  check(): void {
    if (Date.now() > this.deadline) reject('import.file.timeout', { seconds: Math.round(this.limits.timeMs / 100) / 10 });
  }
}

export const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;

/** Empty rows far below the data (formatted, never filled) that are skipped before the row limit refuses the file. */
export const EMPTY_ROWS_BEYOND_LIMIT = 100_000;

export class TableBuilder {
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

/** A buffer as chunks, the source of a stream (inflating a zip part, exceljs' reader). */
export function* chunked(buf: Buffer, size: number): Generator<Buffer> {
  for (let off = 0; off < buf.length; off += size) yield buf.subarray(off, Math.min(buf.length, off + size));
}
