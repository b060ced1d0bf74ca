/** `npm run cli -- export …`: the handoff files, or one clear line and a non-zero exit. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleWorkshop } from '../../shared/example/bank';
import { serializeWorkshop } from '../../shared/model/migrations';
import { main } from '../index';
import { tempDir } from '../../main/services/testing/tempDir';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  const code = await main(['export', ...args, '--lang', 'en']);
  vi.restoreAllMocks();
  return { code, out: out.join(''), err: err.join('') };
}

async function workshopFile() {
  const dir = tempDir('tpc-cli-export-');
  const file = path.join(dir, 'bank.tpcube');
  await fs.writeFile(file, serializeWorkshop(exampleWorkshop()));
  return { dir, file };
}

afterEach(() => vi.restoreAllMocks());

describe('cli export', () => {
  it('writes the workbook in the language asked for, and the three pictures', async () => {
    const { dir, file } = await workshopFile();
    const xlsx = path.join(dir, 'out.xlsx');
    const pngs = path.join(dir, 'pictures');
    const r = await run(file, '--out', xlsx, '--png', pngs);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toEqual([`Wrote ${xlsx}`, ...['board', 'cube-net', 'cube-3d'].map((k) => `Wrote ${path.join(pngs, `${k}.png`)}`)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets[0]!.name).toBe('Summary');
    for (const k of ['board', 'cube-net', 'cube-3d']) expect((await fs.readFile(path.join(pngs, `${k}.png`))).subarray(1, 4).toString('latin1')).toBe('PNG');
  }, 60_000);

  it.each([
    ['a missing file', (d: string) => [path.join(d, 'nope.tpcube'), '--out', path.join(d, 'x.xlsx')], /^error: The file “nope.tpcube” was not found/],
    ['a corrupt file', (d: string) => [path.join(d, 'broken.tpcube'), '--out', path.join(d, 'x.xlsx')], /^error: The file is damaged/],
    ['an output folder that does not exist', (d: string) => [path.join(d, 'bank.tpcube'), '--out', path.join(d, 'no', 'x.xlsx')], /^error: The folder “.*no” does not exist/],
    ['an output "folder" that is a file', (d: string) => [path.join(d, 'bank.tpcube'), '--png', path.join(d, 'bank.tpcube', 'pics')], /^error: The folder .* does not exist/],
    ['no output', (d: string) => [path.join(d, 'bank.tpcube')], /^error: Missing argument --out <file.xlsx> \| --png <dir>/],
  ])('fails with one clear line on %s', async (_what, args, message) => {
    const { dir } = await workshopFile();
    await fs.writeFile(path.join(dir, 'broken.tpcube'), '{"schemaVersion":1,"id":"ws_half');
    const r = await run(...args(dir));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect((await fs.readdir(dir)).filter((n) => n.endsWith('.xlsx'))).toEqual([]);
  }, 60_000);

  it('rejects an unknown language', async () => {
    const { dir, file } = await workshopFile();
    const out: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (out.push(String(s)), true));
    const code = await main(['export', file, '--out', path.join(dir, 'x.xlsx'), '--lang', 'fr']);
    vi.restoreAllMocks();
    expect(code).toBe(1);
    expect(out.join('')).toMatch(/fr. .*--lang/);
  });
});
