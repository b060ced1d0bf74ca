/** Exports are atomic (R8): on any error the old file stays whole, no half-written .xlsx, no temp file. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleWorkshop } from '../../../shared/example/bank';
import { EXPORT_NOW } from '../../../shared/export/testkit';
import { exportWorkbookToFile, ExportWriteError } from './index';
import { tempDir } from '../testing/tempDir';

const tmp = () => tempDir('tpc-export-');

afterEach(() => {
  vi.restoreAllMocks();
});

/** Fail the n-th file-system step of writing into `dir` the way a full disk or read-only folder does. */
function failIn(dir: string, where: 'open' | 'write' | 'rename', errno: string) {
  const realOpen = fs.open.bind(fs);
  const err = () => Object.assign(new Error(errno), { code: errno });
  if (where === 'rename') {
    const realRename = fs.rename.bind(fs);
    return vi.spyOn(fs, 'rename').mockImplementation(async (a, b) => {
      if (String(b).startsWith(dir)) throw err();
      return realRename(a, b);
    });
  }
  return vi.spyOn(fs, 'open').mockImplementation(async (p, flags, mode) => {
    if (!String(p).startsWith(dir) || flags !== 'w') return realOpen(p, flags, mode);
    if (where === 'open') throw err();
    const h = await realOpen(p, flags, mode);
    // half the bytes reach the disk, then it is full
    const write = h.writeFile.bind(h);
    h.writeFile = (async (data: Uint8Array) => {
      await write(data.subarray(0, Math.floor(data.length / 2)));
      throw err();
    }) as typeof h.writeFile;
    return h;
  });
}

describe('writing the workbook', () => {
  it('writes a workbook that opens', async () => {
    const dir = await tmp();
    const file = await exportWorkbookToFile(exampleWorkshop(), path.join(dir, 'a.xlsx'), { lang: 'de', now: EXPORT_NOW });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets).toHaveLength(7);
    expect(await fs.readdir(dir)).toEqual(['a.xlsx']);
  });

  it.each([
    ['open', 'EROFS', 'export.error.readOnly'],
    ['open', 'EACCES', 'export.error.readOnly'],
    ['write', 'ENOSPC', 'export.error.diskFull'],
    ['rename', 'EBUSY', 'export.error.busy'],
  ] as const)('keeps the previous export whole when %s fails with %s (%s)', async (where, errno, code) => {
    const dir = await tmp();
    const file = path.join(dir, 'handoff.xlsx');
    await fs.writeFile(file, 'previous export');
    failIn(dir, where, errno);
    const error = await exportWorkbookToFile(exampleWorkshop(), file, { lang: 'de', now: EXPORT_NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportWriteError);
    expect((error as ExportWriteError).appError.code).toBe(code);
    vi.restoreAllMocks();
    expect(await fs.readFile(file, 'utf8')).toBe('previous export');
    expect(await fs.readdir(dir)).toEqual(['handoff.xlsx']);
  });

  it('leaves no file at all when the first export fails half-way', async () => {
    const dir = await tmp();
    failIn(dir, 'write', 'ENOSPC');
    await expect(exportWorkbookToFile(exampleWorkshop(), path.join(dir, 'new.xlsx'), { lang: 'en', now: EXPORT_NOW })).rejects.toBeInstanceOf(ExportWriteError);
    vi.restoreAllMocks();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('says which folder is missing', async () => {
    const dir = await tmp();
    const missing = path.join(dir, 'gone');
    const error = (await exportWorkbookToFile(exampleWorkshop(), path.join(missing, 'x.xlsx'), { lang: 'en', now: EXPORT_NOW }).catch((e: unknown) => e)) as ExportWriteError;
    expect(error.appError).toMatchObject({ code: 'export.error.folderMissing', params: { folder: missing } });
  });
});
