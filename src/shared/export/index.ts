/** The handoff as plain data: workshop → workbook model (pure). */
export { buildWorkbookModel, exportFileName, type ExportOptions } from './build';
export type { Cell, CellStyle, CellValue, DateValue, ImageKey, Range, SheetKey, SheetModel, WorkbookModel } from './model';
export { looksLikeFormula, cellText } from './text';
export { swatchOf } from './palette';
