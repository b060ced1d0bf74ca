/** Small helpers for laying out sheets: sizes in Excel's units, row heights of wrapped text. */
import type { CellStyle, SheetModel } from './model';

/** Default row height in points (Calibri 11). */
export const ROW_PT = 15;

/** Pixel width of a column `chars` wide (Calibri 11: 7 px per character plus padding). */
export function columnPx(chars: number): number {
  return Math.floor(chars * 7 + 5);
}

/** Average width of a character of running text, in widths of a digit (Calibri: about 0.9). */
const AVG_CHAR = 0.9;

/** Lines a text takes when wrapped at spaces in a cell `chars` digit-widths wide (greedy, like Excel). */
export function wrappedLines(text: string, chars: number): number {
  const room = Math.max(1, chars) / AVG_CHAR;
  // most cells hold one short line: no need to walk the words
  if (text.length <= room && !/[\r\n]/.test(text)) return 1;
  let lines = 0;
  for (const para of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    let n = 1;
    for (const word of para.split(' ')) {
      const w = word.length;
      if (used === 0) used = w;
      else if (used + 1 + w <= room) used += 1 + w;
      else {
        n++;
        used = w;
      }
      while (used > room) {
        // a word longer than the line breaks inside
        n++;
        used -= room;
      }
    }
    lines += n;
  }
  return Math.max(1, lines);
}

/** Height in points of a row whose text wraps in a cell `chars` wide. */
export function wrappedHeight(text: string, chars: number, linePt = ROW_PT): number {
  return wrappedLines(text, chars) * linePt;
}

/** ISO date `YYYY-MM-DD` of a moment in local time (what the person exporting sees on their clock). */
export function localIsoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Height of a header row whose labels wrap in their columns (at least two lines' worth looks calmer). */
export function headerHeight(columns: readonly (readonly [string, number])[]): number {
  let h = 2 * ROW_PT;
  for (const [label, width] of columns) h = Math.max(h, wrappedHeight(label, Math.max(1, width - 2)));
  return h;
}

/**
 * Row heights for rows with wrapped text that have none set: spreadsheets do not grow a
 * row to fit its wrapped text when opening a file (LibreOffice keeps the default height),
 * so the export estimates it. Merged cells are left alone (their rows are sized by the builder).
 */
export function autoRowHeights(sheet: SheetModel, styles: Record<string, CellStyle>): void {
  const heights = (sheet.heights ??= {});
  const merges = sheet.merges ?? [];
  const inMerge = (r: number, c: number) => merges.some((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2);
  sheet.rows.forEach((row, r) => {
    if (heights[r] !== undefined) return;
    let h = 0;
    row.forEach((cell, c) => {
      if (!cell || typeof cell.v !== 'string' || !cell.v || !cell.s) return;
      const style = styles[cell.s];
      if (!style?.wrap || inMerge(r, c)) return;
      const size = style.size ?? 11;
      const chars = ((sheet.widths[c] ?? 8.43) - 1) * (11 / size);
      h = Math.max(h, wrappedHeight(cell.v, chars, Math.round(size * 1.36)));
    });
    if (h > ROW_PT) heights[r] = Math.min(409, h);
  });
}

/** Column widths of a table: at least as wide as the longest word of its header (bold), so no header word is cut. */
export function tableWidths(columns: readonly (readonly [string, number])[]): number[] {
  return columns.map(([label, width]) => {
    const longest = Math.max(0, ...label.split(/[\s/]+/).map((w) => w.length));
    return Math.max(width, Math.ceil(longest * 1.05 + 2));
  });
}
