/**
 * `npm run bench`: every bar of docs/quality.md the present features allow, at 100, 500
 * and 2,000 touchpoints, each as an absolute value and a ratio to a baseline measured in
 * the same run. Prints a table and writes bench/results.json.
 *
 *   npm run bench                      build, then everything (a few minutes on 2 cores)
 *   npx tsx bench/run.ts --only P4,P8  some figures only (no build)
 *   npx tsx bench/run.ts --quick       fewer repetitions (a smoke run)
 *   TPC_RENDERER_DIR=/tmp/x/renderer   measure a renderer built elsewhere
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchExport, benchHostileImport, benchMetrics, benchSave } from './node';
import { benchRenderer } from './renderer';
import { benchRoomLoad } from './room';
import { BARS, Results, growth } from './results';
import { SIZES } from '../src/shared/example/scaled';
import { rendererDir } from './app-driver';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const quick = process.argv.includes('--quick');
const only = new Set((arg('only') ?? 'P1,P2,P3,P4,P5,P6,P7,P8,R1').split(',').map((s) => s.trim().toUpperCase()));
const sizes = (arg('sizes')?.split(',').map(Number) ?? [...SIZES]).filter((n) => Number.isInteger(n) && n > 0);
const out = path.resolve(arg('out') ?? path.join(HERE, 'results.json'));

async function main() {
  const results = new Results();
  const started = Date.now();
  const loadBefore = os.loadavg().map((x) => Number(x.toFixed(1)));
  process.stdout.write(`load average ${loadBefore.join(' ')} on ${os.cpus().length} cores${loadBefore[0]! > os.cpus().length ? ' — the machine is busy: absolute times will be high, ratios and CPU times hold better' : ''}\n`);
  const step = async (ids: string[], label: string, fn: () => Promise<void> | void) => {
    if (!ids.some((id) => only.has(id))) return;
    const t0 = Date.now();
    process.stdout.write(`• ${label} … `);
    await fn();
    process.stdout.write(`${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  };

  await step(['P8'], 'P8 metrics after one rating', () => benchMetrics(results, sizes, quick ? 100 : 500));
  await step(['P4'], 'P4 durable save', () => benchSave(results, sizes, quick ? 12 : 45));
  await step(['P5'], 'P5 Excel export', () => benchExport(results, sizes, quick ? 3 : 5));
  await step(['P7'], 'P7 hostile imports', () => benchHostileImport(results));
  await step(['R1'], 'R1 room mode: 30 and 100 phones rating 40 touchpoints', async () => {
    for (const n of [30, 100]) {
      const r = await benchRoomLoad(n);
      results.add({ id: 'R1', case: `${n} phones`, size: 40, value: r.tapToPresenterP95, stat: 'p95', baseline: r.tapToPresenterMedian, baselineWhat: 'median of the same run', note: `${r.ratings} ratings in ${Math.round(r.wallMs)} ms, main CPU ${Math.round(r.cpuPercent)} %, acknowledged but not saved: ${r.lost}` });
    }
  });
  await step(['P1', 'P2', 'P3', 'P6'], 'P1 P2 P3 P6 renderer in Chromium', () =>
    benchRenderer(results, { sizes, reps: quick ? 2 : 5, sessionActions: quick ? 40 : 200 }),
  );

  const rows = results.rows.filter((r) => only.has(r.id.slice(0, 2)));
  process.stdout.write(`\n${results.table()}\n\n`);
  const growthLines: string[] = [];
  for (const id of Object.keys(BARS)) {
    for (const kase of [...new Set(rows.filter((r) => r.id === id).map((r) => r.case))]) {
      const g = growth(rows, id, kase);
      if (g) growthLines.push(`${id}${kase ? ` (${kase})` : ''}: ×${g.factor} from ${g.from} to ${g.to} touchpoints (×${g.sizeFactor} the cards)${g.factor <= g.sizeFactor * 1.1 ? '' : '  ← faster than linear'}`);
    }
  }
  if (growthLines.length) process.stdout.write(`growth:\n  ${growthLines.join('\n  ')}\n`);
  const missed = rows.filter((r) => r.met === false && (r.size === 500 || r.size === null));
  process.stdout.write(`\nbars at 500 touchpoints: ${rows.filter((r) => r.met === true && (r.size === 500 || r.size === null)).length} met, ${missed.length} missed${missed.length ? ` (${[...new Set(missed.map((r) => r.id))].join(', ')})` : ''}; ${rows.filter((r) => r.value === null).length} rows without a value\n`);

  await results.write(out, {
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${os.release()}` },
    renderer: rendererDir(),
    quick,
    loadAverage: { before: loadBefore, after: os.loadavg().map((x) => Number(x.toFixed(1))) },
    seconds: Math.round((Date.now() - started) / 1000),
    growth: growthLines,
  });
  process.stdout.write(`wrote ${path.relative(process.cwd(), out)} (${Math.round((Date.now() - started) / 1000)} s)\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
