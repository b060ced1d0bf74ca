/**
 * Renderer figures in headless Chromium at 1920×1080 through the harness:
 * P1 open → board interactive, P2 drag frame times, P3 key press → card in the outline,
 * P6 heap after a scripted session. Each against a baseline from the same run.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cmd } from '../src/shared/commands';
import type { Level, Workshop } from '../src/shared/model/schema';
import {
  ROOT,
  VIEWPORT,
  backToLibrary,
  boardReady,
  captureByKeyboard,
  docIdOf,
  dragAndRecordFrames,
  heapMb,
  openLibrary,
  openToBoard,
  probesSource,
  runInPage,
  startApp,
  type App,
  type AppPage,
} from './app-driver';
import type { Results } from './results';
import { browserCpuMs, ownCpuMs } from './cpu';
import { median, p95, summarize } from './stats';
import { scaledWorkshop } from '../src/shared/example/scaled';

const require = createRequire(import.meta.url);
const KONVA = path.join(path.dirname(require.resolve('konva/package.json')), 'konva.min.js');
const KONVA_BASELINE = readFileSync(path.join(ROOT, 'bench/page/konva-baseline.js'), 'utf8');

const NO_BOARD = 'the board view is not in this build (no [data-ready] within 10 s)';
const fileOf = (size: number) => `bench-${size}.tpcube`;
const titleOf = (doc: Workshop) => doc.meta.title;
const EMPTY_TITLE = 'Bench leer';

export interface RendererOptions {
  sizes: readonly number[];
  /** repetitions of P1 opens and P3 key presses per size */
  reps: number;
  /** actions of the scripted P6 session per size */
  sessionActions: number;
}

export async function benchRenderer(results: Results, opts: RendererOptions): Promise<void> {
  const docs = new Map(opts.sizes.map((s) => [s, scaledWorkshop(s)] as const));
  const small = scaledWorkshop(100);
  const empty: Workshop = { ...small, id: 'ws_bench_empty', meta: { ...small.meta, title: EMPTY_TITLE }, touchpoints: [], ratings: {}, roomRatings: {}, votes: {}, measures: [], snapshots: [] };
  const files: Record<string, Workshop> = { 'bench-empty.tpcube': empty };
  for (const [s, d] of docs) files[fileOf(s)] = d;

  let app: App;
  try {
    app = await startApp(files);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    for (const id of ['P1', 'P2', 'P3', 'P6']) for (const s of opts.sizes) results.missing(id, s, 'failed', why);
    return;
  }
  try {
    // Is there a board at all? One try with the empty workshop decides for every board figure.
    const probe = await openLibrary(app);
    const hasBoard = (await openToBoard(probe, EMPTY_TITLE)) !== null;
    await probe.page.close();

    await benchOpen(results, app, docs, opts, hasBoard);
    for (const [size, doc] of docs) {
      const konva = await konvaBaselineFrames(app, size);
      await benchWork(results, app, size, doc, opts, hasBoard, konva);
    }
  } finally {
    await app.close();
  }
}

/** P1: open → board drawn, against opening the empty workshop of the same build. */
async function benchOpen(results: Results, app: App, docs: Map<number, Workshop>, opts: RendererOptions, hasBoard: boolean) {
  if (!hasBoard) {
    for (const s of docs.keys()) results.missing('P1', s, 'not available yet', NO_BOARD);
    return;
  }
  const p = await openLibrary(app);
  try {
    for (const [size, doc] of docs) {
      const a: number[] = [];
      const b: number[] = [];
      const cpu: number[] = [];
      const reps = size >= 2000 ? Math.max(2, Math.ceil(opts.reps / 2)) : opts.reps;
      for (let i = -1; i < reps; i++) {
        const c0 = browserCpuMs() + ownCpuMs();
        const ms = await openToBoard(p, titleOf(doc), 60_000);
        if (i >= 0) cpu.push(browserCpuMs() + ownCpuMs() - c0);
        await backToLibrary(p);
        const base = await openToBoard(p, EMPTY_TITLE);
        await backToLibrary(p);
        if (ms === null || base === null) throw new Error('the board did not become ready');
        if (i >= 0) {
          a.push(ms);
          b.push(base);
        }
      }
      results.add({ id: 'P1', size, value: median(a), stat: 'median', baseline: median(b), baselineWhat: 'opening an empty workshop of the same build to its board', note: `p95 ${p95(a).toFixed(0)} ms over ${a.length}; CPU time (Chromium + main) median ${median(cpu).toFixed(0)} ms` });
    }
  } finally {
    await p.page.close();
  }
  if (p.errors.length) process.stderr.write(`bench P1: page errors: ${p.errors.slice(0, 3).join(' | ')}\n`);
}

/** The baseline page of P2: about:blank, konva.min.js, `count` card groups on a 1920×1080 stage. */
async function konvaBaselineFrames(app: App, count: number): Promise<number[]> {
  const page = await app.browser.newPage({ viewport: VIEWPORT });
  try {
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: KONVA });
    await page.evaluate(KONVA_BASELINE);
    await page.evaluate(probesSource());
    const all: number[] = [];
    const at = (await page.evaluate(`window.__konvaBaseline(${count}, ${VIEWPORT.width}, ${VIEWPORT.height})`)) as { x: number; y: number };
    for (let i = 0; i < 3; i++) {
      all.push(...(await dragAndRecordFrames(page, { x: at.x + (i * 160) / 1, y: at.y + i * 60 }, 160, 60)));
      await page.waitForTimeout(300);
    }
    return all;
  } finally {
    await page.close();
  }
}

/**
 * One tab per size, the way a facilitator works: open the workshop, drag cards (P2),
 * capture cards by keyboard (P3), then a compressed session of rating, moving, undo/redo
 * and switching views, and finally the heap after garbage collection (P6) against the
 * heap right after opening.
 */
async function benchWork(results: Results, app: App, size: number, doc: Workshop, opts: RendererOptions, hasBoard: boolean, konva: number[]) {
  const p = await openLibrary(app);
  try {
    await openToBoard(p, titleOf(doc));
    const docId = await docIdOf(p, path.join(app.folder, fileOf(size)));
    const before = await heapMb(p);
    const t0 = Date.now();

    // P2
    if (!hasBoard) results.missing('P2', size, 'not available yet', `${NO_BOARD}; raw Konva baseline p95 ${p95(konva).toFixed(1)} ms`);
    else {
      const frames: number[] = [];
      for (const at of await visibleCards(p, 3)) {
        frames.push(...(await dragAndRecordFrames(p.page, at, 160, 60)));
        await p.page.waitForTimeout(400);
      }
      if (frames.length === 0) results.missing('P2', size, 'failed', `no card visible on the canvas; raw Konva baseline p95 ${p95(konva).toFixed(1)} ms`);
      else results.add({ id: 'P2', size, value: p95(frames), stat: 'p95', baseline: p95(konva), baselineWhat: `raw Konva, ${size} card groups on one layer, same drag`, note: `median ${median(frames).toFixed(1)} ms, ${frames.length} frames (3 drags)` });
    }

    // P3
    if (!hasBoard) results.missing('P3', size, 'not available yet', NO_BOARD);
    else {
      const samples: number[] = [];
      let lost = 0;
      const reps = size >= 2000 ? 8 : Math.max(8, opts.reps * 3);
      for (let i = -2; i < reps; i++) {
        const ms = await captureByKeyboard(p, `Neue Karte ${size}-${i + 3}`);
        if (ms === null) lost++;
        else if (i >= 0) samples.push(ms);
      }
      if (samples.length === 0) results.missing('P3', size, 'failed', 'N + title + Enter did not show the card in the outline within 5 s');
      else {
        const s = summarize(samples);
        results.add({ id: 'P3', size, value: s.p95, stat: 'p95', baseline: null, baselineWhat: '', note: `median ${s.median.toFixed(1)} ms over ${samples.length}${lost ? `; ${lost} not seen` : ''}` });
      }
    }

    // P6
    const n = size >= 2000 ? Math.ceil(opts.sessionActions / 3) : opts.sessionActions;
    await session(p, docId, doc, n, hasBoard);
    const after = await heapMb(p);
    results.add({
      id: 'P6',
      size,
      value: after,
      stat: 'after GC',
      unit: 'MB',
      baseline: before,
      baselineWhat: 'heap right after opening the same workshop',
      note: `drags, captures and ${n} more actions in ${((Date.now() - t0) / 1000).toFixed(0)} s${hasBoard ? '' : ' (no board in this build: commands and view switches only)'}`,
    });
    if (p.errors.length) process.stderr.write(`bench (${size}): page errors: ${p.errors.slice(0, 3).join(' | ')}\n`);
  } finally {
    await p.page.close();
  }
}

/** Up to `n` cards whose centre is well inside the canvas, spread over the board. */
export async function visibleCards(p: AppPage, n: number): Promise<{ x: number; y: number }[]> {
  const all = (await p.page.evaluate(`(() => {
    const host = document.querySelector('[data-ready] [role="application"]');
    if (!host) return [];
    const r = host.getBoundingClientRect();
    const out = [];
    for (const li of document.querySelectorAll('[data-ready] li[data-id][data-x]')) {
      const g = (a) => Number(li.getAttribute(a));
      const x = g('data-x') + g('data-w') / 2 - window.scrollX;
      const y = g('data-y') + g('data-h') / 2 - window.scrollY;
      if (x > r.left + 20 && x < r.right - 200 && y > r.top + 20 && y < r.bottom - 80) out.push({ x, y });
    }
    return out;
  })()`)) as { x: number; y: number }[];
  if (all.length <= n) return all;
  return Array.from({ length: n }, (_, i) => all[Math.floor((i * (all.length - 1)) / Math.max(1, n - 1))]!);
}

const LEVELS: readonly Level[] = [-2, -1, 0, 1, 2];

/** The scripted work of P6 and the soak test; `n` actions. */
export async function session(p: AppPage, docId: string, doc: Workshop, n: number, hasBoard: boolean, offset = 0): Promise<void> {
  const tabs = p.page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).getByRole('button');
  const tabCount = await tabs.count();
  for (let i = 0; i < n; i++) {
    const k = i + offset;
    const step = k % 10;
    if (step === 0) {
      // capture a card: by keyboard on the board, else as the capture would (touchpoint.add)
      const title = `Sitzung ${k}`;
      if (!hasBoard || !(await boardReady(p)) || (await captureByKeyboard(p, title, 3000)) === null) {
        const phase = doc.phases[k % doc.phases.length]!;
        await runInPage(p, docId, [cmd('touchpoint.add', { id: `tp_sess${String(k).padStart(6, '0')}`, title, phaseId: phase.id })]);
      }
    } else if (step <= 5 || (step === 9 && k % 50 !== 49)) {
      const tp = doc.touchpoints[(k * 13) % doc.touchpoints.length]!;
      const pa = doc.participants[k % doc.participants.length]!;
      await runInPage(p, docId, [cmd('rating.set', { touchpointId: tp.id, participantId: pa.id, value: LEVELS[k % 5] as Level })]);
    } else if (step === 6) {
      const tp = doc.touchpoints[(k * 7) % doc.touchpoints.length]!;
      const cards = hasBoard && (await boardReady(p)) ? await visibleCards(p, 7) : [];
      const at = cards[k % Math.max(1, cards.length)];
      if (at) await dragAndRecordFrames(p.page, at, 120, 40, 20);
      else await runInPage(p, docId, [cmd('touchpoint.move', { moves: [{ id: tp.id, phaseId: doc.phases[(k + 1) % doc.phases.length]!.id, order: 1e6 + k }] })]);
    } else if (step === 7) {
      await p.page.keyboard.press('Control+z');
    } else if (step === 8) {
      await p.page.keyboard.press('Control+Shift+z');
    } else if (tabCount > 0) {
      // every 50 actions: visit another view and come back (mounting and unmounting must not leak)
      await tabs.nth(k % tabCount).click();
      await p.page.waitForTimeout(50);
      await tabs.nth(1 % tabCount).click();
    }
  }
  await p.page.waitForTimeout(300);
}
