/**
 * The hostile corpus through the isolated process (S5, P7): every file is built in a
 * temp folder at test time, read back as bytes, and must be rejected with its message
 * key within the time budget, without the parent process growing; good files come back
 * as tables. The worker runs bundled to one .mjs, as in the packaged app; one case runs
 * worker.ts through tsx as in development.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportLimits, ParsedTable } from '../../../shared/import/limits';
import type { Result } from '../../../shared/result';
import { parseInIsolation, type IsolationDiagnostics } from './isolated';
import {
  bombSheet,
  bundleWorker,
  cp1252,
  germanWorkbook,
  handXlsx,
  inlineSheet,
  manyRowsSheet,
  noisyText,
  NS_MAIN,
  sheetXml,
  writeCorpusFile,
} from './testkit';
import { zipEntry } from './zip';

/** P7: a hostile file is rejected within this (override on a slow shared machine). */
const BUDGET_MS = Number(process.env['IMPORT_REJECT_BUDGET_MS'] ?? 2000);
const MB = 1024 * 1024;
const GIB = 1024 * MB;

let dir = '';
let workerEntry: string | undefined;
const files = new Map<string, string>();
const measured: Record<string, string | number>[] = [];

interface Measurement {
  result: Result<ParsedTable>;
  ms: number;
  parentGrowthMb: number;
  diag: IsolationDiagnostics | undefined;
}

async function run(name: string, limits?: Partial<ImportLimits>, entry = workerEntry, startupGraceMs?: number): Promise<Measurement> {
  const bytes = new Uint8Array(await fs.readFile(files.get(name) as string));
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  let diag: IsolationDiagnostics | undefined;
  const t0 = performance.now();
  const result = await parseInIsolation(bytes, name, limits, { ...(entry ? { workerEntry: entry } : {}), ...(startupGraceMs ? { startupGraceMs } : {}), onDiagnostics: (d) => (diag = d) });
  const ms = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, ms, parentGrowthMb: (peak - before) / MB, diag };
}

function codeOf(r: Result<ParsedTable>): string {
  return r.ok ? 'accepted' : r.error.code;
}

const HOSTILE: { name: string; make: () => Promise<Uint8Array> | Uint8Array; code: string }[] = [
  { name: 'bomb-honest.xlsx', make: () => handXlsx(bombSheet(GIB)), code: 'import.xlsx.tooBig' },
  { name: 'bomb-lying.xlsx', make: () => handXlsx(bombSheet(GIB, { declaredSize: 64 * 1024 })), code: 'import.xlsx.suspicious' },
  {
    name: 'bomb-lying-90mb.xlsx',
    make: () => handXlsx(inlineSheet([['Titel'], ['a']]), { extra: [{ ...bombSheet(GIB, { declaredSize: 90 * MB, kind: 'cell' }), name: 'xl/theme/theme1.xml' }] }),
    code: 'import.xlsx.suspicious',
  },
  { name: 'million-rows.xlsx', make: async () => handXlsx(await manyRowsSheet(1_000_000)), code: 'import.file.tooManyRows' },
  { name: 'rows-20000.xlsx', make: async () => handXlsx(await manyRowsSheet(20_000)), code: 'import.file.tooManyRows' },
  { name: 'million-rows.csv', make: () => Buffer.from(`Titel;Phase\n${'x;1\n'.repeat(1_000_000)}`), code: 'import.file.tooManyRows' },
  { name: 'cell-5mb.csv', make: () => Buffer.from(`Titel;Beschreibung\nA;${noisyText(5 * MB)}\n`), code: 'import.file.cellTooLong' },
  {
    name: 'cell-5mb.xlsx',
    make: () =>
      handXlsx(zipEntry('xl/worksheets/sheet1.xml', sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c></row><row r="2"><c r="A2" t="s"><v>0</v></c></row>')), {
        sharedStrings: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS_MAIN}" count="1" uniqueCount="1"><si><t>${noisyText(5 * MB)}</t></si></sst>`,
      }),
    code: 'import.xlsx.textTooLong',
  },
  { name: 'truncated.xlsx', make: async () => (await germanWorkbook()).subarray(0, 3000), code: 'import.xlsx.corrupt' },
  { name: 'not-a-zip.xlsx', make: () => Buffer.from('Titel;Phase\nWebsite;Vor dem Kauf\n'), code: 'import.xlsx.notWorkbook' },
  {
    name: 'xxe.xlsx',
    make: () =>
      handXlsx(
        zipEntry(
          'xl/worksheets/sheet1.xml',
          sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>', '<!DOCTYPE ws [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
        ),
      ),
    code: 'import.xlsx.doctype',
  },
  {
    name: 'billion-laughs.xlsx',
    make: () =>
      handXlsx(inlineSheet([['Titel'], ['a']]), {
        sharedStrings: `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><sst xmlns="${NS_MAIN}"><si><t>&lol2;</t></si></sst>`,
      }),
    code: 'import.xlsx.doctype',
  },
  {
    name: 'binary.csv',
    make: () => {
      const b = Buffer.alloc(256 * 1024);
      let x = 12345;
      for (let i = 0; i < b.length; i++) b[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
      return b;
    },
    code: 'import.file.binary',
  },
];

const GOOD: { name: string; make: () => Promise<Uint8Array> | Uint8Array }[] = [
  { name: 'bom-semicolon.csv', make: () => Buffer.from('\uFEFFTitel;Beschreibung;Phase\r\nWebsite;"Zeile 1\r\nZeile 2";Vor dem Kauf\r\n', 'utf8') },
  { name: 'umlauts-1252.csv', make: () => cp1252('Titel;Abteilung\nBeratungsgespräch im Büro;Geschäftsführung\nÖffnungszeiten – „Samstag“ ß;Filiale\n') },
  { name: 'tabs.csv', make: () => Buffer.from('Title\tPhase\nWebsite\tBefore the purchase\n') },
  { name: 'german.xlsx', make: germanWorkbook },
  { name: 'proto-keys.csv', make: () => Buffer.from('__proto__;constructor;prototype;Titel\n__proto__;constructor;prototype;x\n') },
];

const SCRIPTS: Record<string, string> = {
  'hang.mjs': "process.on('message', () => {}); setInterval(() => {}, 1000);",
  'crash.mjs': "process.on('message', () => process.exit(3));",
  'oom.mjs': "process.on('message', () => { const keep = []; for (;;) keep.push(new Array(100000).fill(Math.random())); });",
  'garbage.mjs': "process.on('message', () => process.send({ type: 'result', result: { ok: true, value: { headers: [{}], rows: 'x', sheetName: '' } } }));",
  'badkey.mjs': "process.on('message', () => process.send({ type: 'result', result: { ok: false, error: { code: '__proto__' } } }));",
};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tpc-import-corpus-'));
  workerEntry = await bundleWorker();
  for (const c of [...HOSTILE, ...GOOD]) files.set(c.name, await writeCorpusFile(dir, c.name, await c.make()));
  for (const [name, text] of Object.entries(SCRIPTS)) files.set(name, await writeCorpusFile(dir, name, text));
}, 60_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
  if (measured.length) console.table(measured);
});

describe('hostile files in the isolated process', () => {
  it.each(HOSTILE.map((c) => [c.name, c.code] as const))('%s → %s', async (name, code) => {
    const m = await run(name);
    measured.push({
      file: name,
      outcome: codeOf(m.result),
      wallMs: Math.round(m.ms),
      childParseMs: m.diag?.childParseMs ?? -1,
      childPeakRssMb: Math.round((m.diag?.childMaxRssKb ?? 0) / 1024),
      parentGrowthMb: Math.round(m.parentGrowthMb),
    });
    expect(codeOf(m.result)).toBe(code);
    expect(m.diag?.outcome).toBe('result');
    expect(m.ms).toBeLessThan(BUDGET_MS);
    expect(m.parentGrowthMb).toBeLessThan(64);
    expect((m.diag?.childMaxRssKb ?? 0) / 1024).toBeLessThan(256);
  });
});

describe('good files in the isolated process', () => {
  it('reads CSV (BOM + semicolon + quoted newline, Windows-1252, tabs) and a German workbook', async () => {
    const bom = await run('bom-semicolon.csv');
    expect(bom.result).toMatchObject({ ok: true, value: { headers: ['Titel', 'Beschreibung', 'Phase'], rows: [['Website', 'Zeile 1\r\nZeile 2', 'Vor dem Kauf']] } });
    const cp = await run('umlauts-1252.csv');
    expect(cp.result).toMatchObject({
      ok: true,
      value: { rows: [['Beratungsgespräch im Büro', 'Geschäftsführung'], ['Öffnungszeiten – „Samstag“ ß', 'Filiale']], format: { encoding: 'windows-1252' } },
    });
    const tabs = await run('tabs.csv');
    expect(tabs.result).toMatchObject({ ok: true, value: { rows: [['Website', 'Before the purchase']], format: { delimiter: '\t' } } });
    const xlsx = await run('german.xlsx');
    expect(xlsx.result).toMatchObject({ ok: true, value: { sheetName: 'Touchpoints' } });
    if (xlsx.result.ok) expect(xlsx.result.value.rows).toHaveLength(4);
    const proto = await run('proto-keys.csv');
    expect(proto.result).toEqual({
      ok: true,
      value: {
        headers: ['__proto__', 'constructor', 'prototype', 'Titel'],
        rows: [['__proto__', 'constructor', 'prototype', 'x']],
        sheetName: '',
        format: { kind: 'csv', encoding: 'utf-8', delimiter: ';' },
      },
    });
    measured.push({ file: 'german.xlsx (good)', outcome: 'accepted', wallMs: Math.round(xlsx.ms), childParseMs: xlsx.diag?.childParseMs ?? -1, childPeakRssMb: Math.round((xlsx.diag?.childMaxRssKb ?? 0) / 1024), parentGrowthMb: Math.round(xlsx.parentGrowthMb) });
  });

  it('runs worker.ts through tsx as in development', async () => {
    const m = await run('german.xlsx', undefined, undefined);
    measured.push({ file: 'german.xlsx (worker.ts via tsx)', outcome: codeOf(m.result), wallMs: Math.round(m.ms), childParseMs: m.diag?.childParseMs ?? -1, childPeakRssMb: Math.round((m.diag?.childMaxRssKb ?? 0) / 1024), parentGrowthMb: Math.round(m.parentGrowthMb) });
    expect(m.result.ok).toBe(true);
    const bomb = await run('bomb-honest.xlsx', undefined, undefined);
    measured.push({ file: 'bomb-honest.xlsx (worker.ts via tsx)', outcome: codeOf(bomb.result), wallMs: Math.round(bomb.ms), childParseMs: bomb.diag?.childParseMs ?? -1, childPeakRssMb: Math.round((bomb.diag?.childMaxRssKb ?? 0) / 1024), parentGrowthMb: Math.round(bomb.parentGrowthMb) });
    expect(codeOf(bomb.result)).toBe('import.xlsx.tooBig');
  });
});

describe('the isolation itself', () => {
  it('kills a child that does not answer in time', async () => {
    const m = await run('german.xlsx', { timeMs: 300 }, files.get('hang.mjs'), 500);
    expect(m.result).toEqual({ ok: false, error: { code: 'import.file.timeout', params: { seconds: 0.3 } } });
    expect(m.diag?.outcome).toBe('timeout');
    expect(m.ms).toBeGreaterThanOrEqual(790);
    expect(m.ms).toBeLessThan(300 + 500 + 1000);
  });

  it('reports a crash, running out of memory, and malformed answers as messages', async () => {
    expect(codeOf((await run('german.xlsx', undefined, files.get('crash.mjs'))).result)).toBe('import.file.crashed');
    const oom = await run('german.xlsx', { maxHeapMb: 32 }, files.get('oom.mjs'));
    expect(codeOf(oom.result)).toBe('import.file.memory');
    expect(oom.diag?.outcome).toBe('memory');
    expect(codeOf((await run('german.xlsx', undefined, files.get('garbage.mjs'))).result)).toBe('import.file.crashed');
    expect(codeOf((await run('german.xlsx', undefined, files.get('badkey.mjs'))).result)).toBe('import.file.crashed');
    const missing = await parseInIsolation(new Uint8Array([1, 2, 3]), 'a.csv', {}, { workerEntry: path.join(dir, 'does-not-exist.mjs') });
    expect(codeOf(missing)).toBe('import.file.crashed');
  });

  it('refuses an oversized file without starting a process, and never throws on bad input', async () => {
    let diag: IsolationDiagnostics | undefined;
    const big = await parseInIsolation(new Uint8Array(21 * MB), 'big.csv', undefined, { onDiagnostics: (d) => (diag = d) });
    expect(big).toEqual({ ok: false, error: { code: 'import.file.tooLarge', params: { sizeMb: 21, maxMb: 20 } } });
    expect(diag?.outcome).toBe('not-started');
    expect(codeOf(await parseInIsolation('not bytes' as unknown as Uint8Array, 'x.csv'))).toBe('import.file.crashed');
    expect(codeOf(await parseInIsolation(new Uint8Array(0), 'x.csv'))).toBe('import.file.empty');
  });

  it('stops a real parse at the time limit inside the child', async () => {
    const m = await run('million-rows.xlsx', { timeMs: 1, maxRows: 2_000_000 });
    expect(codeOf(m.result)).toBe('import.file.timeout');
    expect(m.diag?.outcome).toBe('result');
  });
});
