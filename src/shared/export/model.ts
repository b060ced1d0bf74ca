/**
 * The handoff workbook as plain data: sheets, rows, cell values and named styles.
 * Built by a pure function of the workshop (build.ts); src/main/services/export turns it
 * into an exceljs workbook. No library types here, so the content is unit-tested alone.
 */

/** A calendar date cell, `YYYY-MM-DD` (written as a real date, not as text). */
export interface DateValue {
  date: string;
}

export type CellValue = string | number | boolean | DateValue | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** points (default 11) */
  size?: number;
  /** text colour, #rrggbb */
  color?: string;
  /** solid fill, #rrggbb */
  fill?: string;
  /** thin diagonal lines of this colour over the fill (a blind spot, as in the cube pictures) */
  hatch?: string;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** indent from the left, in steps of about one character */
  indent?: number;
  /** Excel number format, e.g. `0%`, `+0;-0;0`, `DD.MM.YYYY` */
  numFmt?: string;
  /** `thin`: grey grid lines; `sticker`: the cube's dark body around a sticker; `bottom`: a rule under a heading */
  border?: 'thin' | 'sticker' | 'bottom';
}

export interface Cell {
  v: CellValue;
  /** name of a style in WorkbookModel.styles */
  s?: string;
  /** a plain-text comment shown on hover (e.g. the touchpoint behind a cube sticker) */
  note?: string;
}

/** 0-based row and column indexes everywhere (the writer converts to Excel's 1-based ones). */
export interface Range {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export type ImageKey = 'cube-net' | 'cube-3d' | 'board';

export type SheetKey = 'summary' | 'touchpoints' | 'ratings' | 'cube' | 'priorities' | 'measures' | 'participants';

export interface SheetModel {
  key: SheetKey;
  /** in the export language */
  name: string;
  /** column widths in characters, from column 0 */
  widths: number[];
  /** rows from row 0; a missing cell is empty */
  rows: (Cell | null | undefined)[][];
  /** row index → height in points */
  heights?: Record<number, number>;
  /** rows and columns kept in view while scrolling */
  freeze?: { rows: number; cols: number };
  /** the filtered table: its header row and columns (the filter covers the rows below) */
  autoFilter?: Range;
  merges?: Range[];
  /** drop-down lists the client keeps using after the workshop */
  lists?: { range: Range; values: string[] }[];
  /** pictures rendered by main, placed with their top-left corner at a cell */
  images?: { key: ImageKey; row: number; col: number; width: number; height: number }[];
  /** column index → style name for cells the client adds later (e.g. dates on spare rows) */
  columnStyles?: Record<number, string>;
  /** the header row printed on every page */
  printTitleRow?: number;
  /** print only the first this many columns (the print area), fitted to the page width */
  printColumns?: number;
  /** print on one page (the cube); otherwise fit to the page width, as many pages down as needed */
  fitToPage?: boolean;
  tabColor?: string;
}

export interface WorkbookModel {
  lang: 'de' | 'en';
  properties: {
    title: string;
    subject: string;
    creator: string;
    keywords: string;
    description: string;
    created: Date;
  };
  styles: Record<string, CellStyle>;
  sheets: SheetModel[];
}
