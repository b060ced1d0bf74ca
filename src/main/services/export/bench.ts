/**
 * P5 (docs/design/quality.md): the Excel export, warm, against a baseline measured in the same run.
 * `npm run bench` (bench/node.ts) loads this file and calls both functions per workshop size.
 * Only these two functions are exported: the runner tells them apart by name.
 */
import ExcelJS from 'exceljs';
import { buildWorkbookModel } from '../../../shared/export/build';
import type { CellValue } from '../../../shared/export/model';
import type { Workshop } from '../../../shared/model/schema';
import { exportWorkbook } from './index';

const NOW = new Date('2026-03-14T10:00:00Z');

/** The styled handoff workbook as .xlsx bytes, exactly as the app exports it (incl. the cube picture). */
export async function exportHandoffWorkbook(doc: Workshop): Promise<Buffer> {
  return exportWorkbook(doc, { lang: 'de', now: NOW });
}

type Plain = { name: string; rows: (string | number | Date | null)[][] }[];
const plainCache = new WeakMap<Workshop, Plain>();

function plain(v: CellValue | undefined): string | number | Date | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return new Date(`${v.date}T00:00:00Z`);
  return v;
}

/**
 * Baseline: exceljs writing the same sheets and cell values with no styles, widths, merges,
 * validations, notes or picture. The values are taken from the model once per workshop
 * (outside the measured calls after the warm-up), so only the writing is compared.
 */
export async function baselineUnstyledWorkbook(doc: Workshop): Promise<Buffer> {
  let sheets = plainCache.get(doc);
  if (!sheets) {
    sheets = buildWorkbookModel(doc, { lang: 'de', now: NOW }).sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => Array.from(r, (c) => plain(c?.v))) }));
    plainCache.set(doc, sheets);
  }
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
