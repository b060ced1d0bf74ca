/**
 * Main-process figures, measured in this Node process on the same services the app uses:
 * P4 durable save, P8 metrics after one rating, P5 Excel export, P7 hostile imports.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyCommand, cmd } from '../src/shared/commands';
import { accountOf, cubeOf, prioritiesOf } from '../src/shared/metrics';
import type { Level, Workshop } from '../src/shared/model/schema';
import { serializeWorkshop } from '../src/shared/model/migrations';
import { AUTOSAVE_DEBOUNCE_MS, WorkshopFile } from '../src/main/services/storage/workshopFile';
import { loadOptional } from './optional';
import type { Results } from './results';
import { inRounds, median, pairAsync, summarize } from './stats';
import { scaledWorkshop } from '../src/shared/example/scaled';
import { bytesOf, hostileFiles } from './hostile';
import { sampleChildMemory } from './memory';

const LEVELS: readonly Level[] = [-2, -1, 0, 1, 2];

/** The n-th rating of a scripted rating round: every card, every participant, changing values. */
function ratingAt(doc: Workshop, i: number) {
  const k = Math.abs(i);
  const tp = doc.touchpoints[k % doc.touchpoints.length]!;
  const pa = doc.participants[(k * 7) % doc.participants.length]!;
  return cmd('rating.set', { touchpointId: tp.id, participantId: pa.id, value: LEVELS[k % 5] as Level });
}

/** Baseline of P4: the same bytes with writeFile + fsync + rename, nothing else. */
async function plainAtomicWrite(file: string, data: string): Promise<void> {
  const tmp = `${file}.tmp`;
  const h = await fs.open(tmp, 'w');
  try {
    await h.writeFile(data);
    await h.sync();
  } finally {
    await h.close();
  }
  await fs.rename(tmp, file);
}

export async function benchSave(results: Results, sizes: readonly number[], reps: number): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tpc-bench-save-'));
  try {
    for (const size of sizes) {
      let doc = scaledWorkshop(size);
      const file = path.join(dir, `bench-${size}.tpcube`);
      const plain = path.join(dir, `plain-${size}.tpcube`);
      const wf = new WorkshopFile(file, doc, { debounceMs: 60_000 });
      await wf.backupOnOpen(doc); // as on open: the periodic backup is then 5 minutes away
      let version = 0;
      let bytes = '';
      const serializeMs: number[] = [];
      const r = await inRounds(3, () =>
        pairAsync(
          async (i) => {
            doc = applyCommand(doc, ratingAt(doc, i));
            wf.schedule(doc, ++version);
            await wf.flush();
          },
          async () => {
            // the same bytes, serialised outside the timed region (docs/design/quality.md: "of the same bytes")
            await plainAtomicWrite(plain, bytes);
          },
          Math.ceil(reps / 3),
          undefined,
          () => {
            const t0 = performance.now();
            bytes = serializeWorkshop(doc);
            serializeMs.push(performance.now() - t0);
          },
        ),
      );
      results.add({
        id: 'P4',
        size,
        value: r.a.p95,
        stat: 'p95',
        baseline: r.b.p95,
        baselineWhat: 'writeFile + fsync + rename of the same bytes',
        note: `median ${r.a.median.toFixed(1)} ms; p95 of 3 rounds ${r.rounds.map((x) => x.toFixed(0)).join('/')}; of it serialising ~${summarize(serializeMs).median.toFixed(1)} ms; file ${(Buffer.byteLength(bytes) / 1024).toFixed(0)} KB`,
      });
      if (wf.saveState.state !== 'saved') throw new Error(`P4: save state ${wf.saveState.state} at size ${size}`);
    }

    // change → durable on disk through the real debounce (what a kill -9 can lose)
    results.add({ id: 'P4-debounce', size: null, value: AUTOSAVE_DEBOUNCE_MS, stat: 'setting', baseline: null, baselineWhat: '', note: 'AUTOSAVE_DEBOUNCE_MS; the window starts at the first unsaved change' });
    for (const size of sizes) {
      let doc = scaledWorkshop(size);
      const file = path.join(dir, `latency-${size}.tpcube`);
      let saved: (() => void) | null = null;
      const wf = new WorkshopFile(file, doc, { onSaved: () => saved?.() });
      await wf.backupOnOpen(doc);
      const samples: number[] = [];
      const n = Math.max(4, Math.ceil(reps / 4));
      for (let i = -1; i < n; i++) {
        doc = applyCommand(doc, ratingAt(doc, i + 10));
        const done = new Promise<void>((resolve) => (saved = resolve));
        const t0 = performance.now();
        wf.schedule(doc, i + 2);
        await done;
        if (i >= 0) samples.push(performance.now() - t0);
      }
      const s = summarize(samples);
      results.add({ id: 'P4-latency', size, value: s.p95, stat: 'p95', baseline: AUTOSAVE_DEBOUNCE_MS, baselineWhat: 'the debounce window alone', note: `${n} changes` });
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/**
 * P8 is pure computation in one thread. On a shared machine its wall-clock time mostly
 * measures the neighbours (a 1 ms job preempted once takes 10 ms), so the figure is the
 * process CPU time per run (all threads, garbage collection included); the wall-clock
 * p95 is kept in the note.
 */
export async function benchMetrics(results: Results, sizes: readonly number[], reps: number): Promise<void> {
  // let the JIT settle on every function first, so the first size does not pay for compiling
  let warm = scaledWorkshop(500);
  for (let i = 0; i < 300; i++) {
    warm = applyCommand(warm, ratingAt(warm, i));
    cubeOf(warm);
    prioritiesOf(warm);
    accountOf(warm);
  }
  const timed = (fn: () => void, cpu: number[], wall: number[]) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  };
  for (const size of sizes) {
    let a = scaledWorkshop(size);
    let b = a;
    const n = size >= 2000 ? Math.ceil(reps / 2) : reps;
    const cpuA: number[] = [];
    const cpuB: number[] = [];
    const wallA: number[] = [];
    const wallB: number[] = [];
    for (let i = -20; i < n; i++) {
      const [ca, cb, wa, wb] = i < 0 ? [[], [], [], []] : [cpuA, cpuB, wallA, wallB];
      timed(
        () => {
          a = applyCommand(a, ratingAt(a, i));
          cubeOf(a);
          prioritiesOf(a);
          accountOf(a);
        },
        ca,
        wa,
      );
      timed(() => {
        b = applyCommand(b, ratingAt(b, i));
      }, cb, wb);
    }
    const A = summarize(cpuA);
    results.add({
      id: 'P8',
      size,
      value: A.p95,
      stat: 'p95 CPU time',
      baseline: summarize(cpuB).p95,
      baselineWhat: 'applying rating.set alone (CPU time)',
      note: `median ${A.median.toFixed(2)} ms; wall-clock p95 ${summarize(wallA).p95.toFixed(2)} ms (baseline ${summarize(wallB).p95.toFixed(2)} ms); ${n} ratings`,
    });
  }
}

type ExportFn = (doc: Workshop) => Promise<unknown>;

/** P5: styled handoff workbook vs exceljs writing the same cells unstyled (export/bench.ts). */
export async function benchExport(results: Results, sizes: readonly number[], reps: number): Promise<void> {
  const mod = await loadOptional(['../src/main/services/export/bench.ts']);
  const fns = mod ? Object.entries(mod.module).filter((e): e is [string, ExportFn] => typeof e[1] === 'function') : [];
  const baseline = fns.find(([n]) => /baseline|unstyled|plain|raw/i.test(n));
  const styled = fns.find(([n]) => n !== baseline?.[0] && /styled|export|workbook|handoff/i.test(n));
  if (!mod || !baseline || !styled) {
    for (const size of sizes) results.missing('P5', size, 'not available yet', mod ? `src/main/services/export/bench.ts exports ${fns.map(([n]) => n).join(', ') || 'no functions'}: no styled/baseline pair` : 'src/main/services/export/bench.ts does not exist in this build');
    return;
  }
  for (const size of sizes) {
    const doc = scaledWorkshop(size);
    const cpuA: number[] = [];
    const cpuB: number[] = [];
    const withCpu = (fn: ExportFn, into: number[]) => async (i: number) => {
      const c0 = process.cpuUsage();
      await fn(doc);
      const c = process.cpuUsage(c0);
      if (i >= 0) into.push((c.user + c.system) / 1000);
    };
    try {
      const r = await pairAsync(
        withCpu(styled[1], cpuA),
        withCpu(baseline[1], cpuB),
        size >= 2000 ? Math.max(3, Math.ceil(reps / 3)) : reps,
        2,
      );
      results.add({ id: 'P5', size, value: r.a.median, stat: 'median', baseline: r.b.median, baselineWhat: `exceljs, same cells unstyled (${baseline[0]})`, note: `${styled[0]}; p95 ${r.a.p95.toFixed(0)} ms; CPU time median ${median(cpuA).toFixed(0)} ms (baseline ${median(cpuB).toFixed(0)} ms)` });
    } catch (e) {
      results.missing('P5', size, 'failed', e instanceof Error ? e.message : String(e));
    }
  }
}

interface Diagnostics {
  outcome: string;
  elapsedMs: number;
  childMaxRssKb?: number;
}
type ParseFn = (bytes: Uint8Array, fileName: string, limits?: unknown, options?: { onDiagnostics?: (d: Diagnostics) => void }) => Promise<unknown>;

/** P7: zip bombs and a 1-million-row CSV must be rejected quickly and without a memory spike. */
export async function benchHostileImport(results: Results): Promise<void> {
  const mod = await loadOptional(['../src/main/services/import/index.ts']);
  const parse = mod?.module['parseInIsolation'] as ParseFn | undefined;
  const files = await hostileFiles();
  if (typeof parse !== 'function') {
    for (const f of files) {
      results.missing('P7-time', null, 'not available yet', 'parseInIsolation is not in src/main/services/import in this build', { case: f.name });
      results.missing('P7-memory', null, 'not available yet', 'parseInIsolation is not in src/main/services/import in this build', { case: f.name });
    }
    return;
  }
  // baseline: the same isolation parsing a small, good CSV (process start-up and round trip)
  const good = new TextEncoder().encode('Titel;Phase\nFiliale;Vor dem Kauf\nApp;Nach dem Kauf\n');
  const base = await measureParse(parse, good, 'gut.csv');
  for (const f of files) {
    const bytes = await bytesOf(f.file);
    const { samples, peak, ownPeak, outcome, children } = await measureParse(parse, bytes, path.basename(f.file));
    const s = summarize(samples);
    const rejected = !/^accepted/.test(outcome);
    results.add({ id: 'P7-time', case: f.name, size: null, value: s.median, stat: 'median of 3', baseline: median(base.samples), baselineWhat: 'parsing a 3-row CSV in the same isolation', note: `${rejected ? 'rejected' : 'NOT REJECTED'}: ${outcome}; max ${Math.max(...samples).toFixed(0)} ms` });
    if (children === 0 && ownPeak === 0) results.missing('P7-memory', null, 'failed', 'no child process seen: the parser did not run in a separate OS process', { case: f.name });
    else
      results.add({
        id: 'P7-memory',
        case: f.name,
        size: null,
        value: Math.max(peak, ownPeak),
        stat: 'peak RSS of the child',
        unit: 'MB',
        baseline: Math.max(base.peak, base.ownPeak),
        baselineWhat: 'the child parsing a 3-row CSV',
        note: `sampled from /proc ${peak.toFixed(0)} MB, child's own maxRSS ${ownPeak ? `${ownPeak.toFixed(0)} MB` : 'not reported'}`,
      });
  }
}

async function measureParse(parse: ParseFn, bytes: Uint8Array, name: string, reps = 3) {
  const samples: number[] = [];
  let peak = 0;
  let ownPeak = 0;
  let outcome = '';
  let children = 0;
  for (let i = 0; i < reps; i++) {
    const sampler = sampleChildMemory();
    let diag: Diagnostics | null = null;
    const t0 = performance.now();
    let res: unknown;
    try {
      res = await parse(bytes, name, undefined, { onDiagnostics: (d) => (diag = d) });
    } catch (e) {
      res = { thrown: e instanceof Error ? e.message : String(e) };
    }
    samples.push(performance.now() - t0);
    const mem = sampler.stop();
    peak = Math.max(peak, mem.peakMb);
    children = Math.max(children, mem.children);
    const d = diag as Diagnostics | null;
    if (d?.childMaxRssKb) ownPeak = Math.max(ownPeak, d.childMaxRssKb / 1024);
    outcome = `${describeOutcome(res)}${d ? ` (${d.outcome})` : ''}`;
  }
  return { samples, peak, ownPeak, outcome, children };
}

function describeOutcome(res: unknown): string {
  if (res && typeof res === 'object') {
    const r = res as { ok?: boolean; error?: { code?: string }; thrown?: string };
    if (r.thrown) return `threw ${r.thrown.slice(0, 80)}`;
    if (r.ok === false) return r.error?.code ?? 'error';
    if (r.ok === true) return 'accepted';
  }
  return 'accepted (unknown result shape)';
}
