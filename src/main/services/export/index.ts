/**
 * The handoff export service (step 8): the Excel workbook and the PNG pictures of a
 * workshop, as bytes or written atomically to files. Used by the IPC handlers, the CLI
 * and the benchmark; no Electron here.
 */
import path from 'node:path';
import { buildWorkbookModel, exportFileName } from '../../../shared/export/build';
import { SUMMARY_PICTURE } from '../../../shared/export/sheets/summary';
import type { Language, Workshop } from '../../../shared/model/schema';
import { picturePng, summaryCubePng, PICTURE_KINDS, type PictureKind } from './pictures';
import { addPictures, toExcelWorkbook, workbookBytes } from './workbook';
import { writeExportFile } from './writer';

export { PICTURE_KINDS, type PictureKind } from './pictures';
export { ExportWriteError, exportError } from './writer';

/**
 * The summary's cube picture is shown at its CSS size in the sheet; 1.5 device pixels per CSS
 * pixel keeps it sharp when zoomed and costs half the PNG encoding of 2× (P5).
 */
const SUMMARY_PIXEL_RATIO = 1.5;

export interface WorkbookOptions {
  lang: Language;
  now: Date;
}

/** The styled handoff workbook as .xlsx bytes. */
export async function exportWorkbook(doc: Workshop, opts: WorkbookOptions): Promise<Buffer> {
  // the picture is drawn now and encoded off the main thread while the sheets are built
  const cube = summaryCubePng(doc, SUMMARY_PICTURE, { lang: opts.lang, pixelRatio: SUMMARY_PIXEL_RATIO });
  cube.catch(() => undefined); // awaited below; no unhandled rejection if building the sheets throws first
  const model = buildWorkbookModel(doc, opts);
  const wb = toExcelWorkbook(model);
  addPictures(wb, model, { 'cube-net': await cube });
  return workbookBytes(wb);
}

/** Build the workbook, then write it atomically (nothing is written when building fails). */
export async function exportWorkbookToFile(doc: Workshop, file: string, opts: WorkbookOptions): Promise<string> {
  const bytes = await exportWorkbook(doc, opts);
  const target = path.resolve(file);
  await writeExportFile(target, bytes);
  return target;
}

export async function exportPicture(doc: Workshop, kind: PictureKind, lang: Language): Promise<Buffer> {
  return picturePng(kind, doc, { lang, pixelRatio: 2 });
}

/** Every picture into a folder: board.png, cube-net.png, cube-3d.png. */
export async function exportPicturesToFolder(doc: Workshop, folder: string, lang: Language): Promise<string[]> {
  const written: string[] = [];
  for (const kind of PICTURE_KINDS) {
    const bytes = await exportPicture(doc, kind, lang);
    const file = path.resolve(folder, `${kind}.png`);
    await writeExportFile(file, bytes);
    written.push(file);
  }
  return written;
}

/** Default file names offered in the save dialog or the download. */
export function workbookFileName(doc: Pick<Workshop, 'meta'>): string {
  return exportFileName(doc, 'xlsx');
}

export function pictureFileName(doc: Pick<Workshop, 'meta'>, kind: PictureKind): string {
  return exportFileName(doc, 'png', kind);
}
