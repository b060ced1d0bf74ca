/**
 * Soak test (not in CI): hours of scripted workshop activity in the real renderer through
 * the harness — capture by keyboard, rating, dragging cards, undo/redo, switching views,
 * an Excel export every 5 minutes — sampling the renderer heap (after GC), the main
 * side's heap and the workshop file's size every minute. Ends with a verdict: memory may
 * grow with the workshop's own data, not beyond.
 *
 *   npm run soak                       2 hours
 *   npm run soak -- --minutes 3        a short check
 *   TPC_RENDERER_DIR=/tmp/x/renderer   a renderer built elsewhere
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CHANNEL_NAMES } from '../src/shared/ipc/channels';
import { boardReady, docIdOf, heapMb, openLibrary, openToBoard, startApp } from '../bench/app-driver';
import { session } from '../bench/renderer';
import { scaledWorkshop } from '../src/shared/example/scaled';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const MINUTES = arg('minutes', 120);
const SIZE = arg('size', 100);
const SAMPLE_MS = arg('sample-seconds', 60) * 1000;
const EXPORT_MS = 5 * 60_000;
const FILE = 'soak.tpcube';

interface Sample {
  minute: number;
  rendererMb: number;
  mainMb: number;
  fileKb: number;
  touchpoints: number;
  actions: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
function mainHeapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

async function main() {
  const doc = scaledWorkshop(SIZE);
  const app = await startApp({ [FILE]: doc });
  const file = path.join(app.folder, FILE);
  const samples: Sample[] = [];
  const exports: { minute: number; ok: boolean; ms: number; detail: string }[] = [];
  const started = Date.now();
  let actions = 0;
  try {
    const p = await openLibrary(app);
    const hasBoard = (await openToBoard(p, doc.meta.title, 60_000)) !== null;
    const docId = await docIdOf(p, file);
    const canExport = (CHANNEL_NAMES as readonly string[]).includes('export.excel');
    process.stdout.write(`soak: ${MINUTES} min, ${SIZE} touchpoints, board ${hasBoard ? 'yes' : 'NOT in this build'}, export ${canExport ? 'every 5 min' : 'not in this build'}${gc ? '' : ' (main heap without forced GC: run with --expose-gc)'}\n`);

    const sample = async () => {
      const text = await fs.readFile(file, 'utf8').catch(() => '');
      const tps = (await p.page.evaluate(`window.tpc.api['doc.get']({ docId: ${JSON.stringify(docId)} }).then((r) => (r.ok ? r.value.doc.touchpoints.length : -1))`)) as number;
      const s: Sample = {
        minute: Math.round((Date.now() - started) / 6000) / 10,
        rendererMb: await heapMb(p),
        mainMb: mainHeapMb(),
        fileKb: Buffer.byteLength(text) / 1024,
        touchpoints: tps,
        actions,
      };
      samples.push(s);
      process.stdout.write(
        `  ${s.minute.toFixed(1).padStart(6)} min  renderer ${s.rendererMb.toFixed(1).padStart(6)} MB  main ${s.mainMb.toFixed(1).padStart(6)} MB  file ${s.fileKb.toFixed(0).padStart(6)} KB  ${s.touchpoints} cards  ${s.actions} actions\n`,
      );
    };

    await sample();
    let nextSample = Date.now() + SAMPLE_MS;
    let nextExport = Date.now() + Math.min(EXPORT_MS, (MINUTES * 60_000) / 2);
    const end = started + MINUTES * 60_000;
    while (Date.now() < end) {
      // a tab that lost the board (a dialog, a view switch that failed) gets it back
      if (hasBoard && !(await boardReady(p))) await p.page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).getByRole('button').nth(1).click();
      await session(p, docId, doc, 10, hasBoard, actions);
      actions += 10;
      if (canExport && Date.now() >= nextExport) {
        nextExport += EXPORT_MS;
        const t0 = Date.now();
        const r = (await p.page.evaluate(`window.tpc.api['export.excel']({ docId: ${JSON.stringify(docId)} })`)) as { ok: boolean; error?: { code: string } };
        exports.push({ minute: (Date.now() - started) / 60_000, ok: r.ok, ms: Date.now() - t0, detail: r.ok ? '' : (r.error?.code ?? '') });
      }
      if (Date.now() >= nextSample) {
        nextSample += SAMPLE_MS;
        await sample();
      }
    }
    await sample();
    if (p.errors.length) process.stdout.write(`page errors (${p.errors.length}): ${p.errors.slice(0, 5).join(' | ')}\n`);
    await p.page.close();
  } finally {
    await app.close();
  }

  // ── verdict ──
  const first = samples[Math.min(1, samples.length - 1)]!; // after the first minute of warm-up
  const last = samples[samples.length - 1]!;
  const fileGrowthMb = Math.max(0, (last.fileKb - first.fileKb) / 1024);
  // the document lives in memory a few times over (parsed objects, the outline, undo steps):
  // allow 4× its growth plus a fixed slack for caches
  const allowRenderer = 15 + 4 * fileGrowthMb;
  const allowMain = 30 + 8 * fileGrowthMb;
  const grewRenderer = last.rendererMb - first.rendererMb;
  const grewMain = last.mainMb - first.mainMb;
  const failedExports = exports.filter((e) => !e.ok);
  process.stdout.write(`\nsoak summary (${((Date.now() - started) / 60_000).toFixed(1)} min, ${last.actions} actions, ${exports.length} exports${failedExports.length ? `, ${failedExports.length} FAILED: ${failedExports[0]?.detail}` : ''})\n`);
  process.stdout.write(`  file     ${first.fileKb.toFixed(0)} → ${last.fileKb.toFixed(0)} KB (${first.touchpoints} → ${last.touchpoints} cards)\n`);
  process.stdout.write(`  renderer ${first.rendererMb.toFixed(1)} → ${last.rendererMb.toFixed(1)} MB (allowed growth ${allowRenderer.toFixed(1)} MB)\n`);
  process.stdout.write(`  main     ${first.mainMb.toFixed(1)} → ${last.mainMb.toFixed(1)} MB (allowed growth ${allowMain.toFixed(1)} MB)\n`);
  if (exports.length) process.stdout.write(`  exports  ${exports.map((e) => `${e.minute.toFixed(0)}′ ${e.ok ? `${e.ms} ms` : 'failed'}`).join(', ')}\n`);
  const ok = grewRenderer <= allowRenderer && grewMain <= allowMain && failedExports.length === 0 && samples.length >= 2;
  process.stdout.write(`verdict: ${ok ? 'PASS — no growth beyond the workshop’s own data' : 'FAIL — memory grew beyond the workshop’s data or an export failed'}\n`);
  process.exit(ok ? 0 : 1);
}

main().catch((e: unknown) => {
  process.stderr.write(`soak failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(2);
});
