/**
 * Listing a folder of 20 workshops, one of them ~50 MB: time and peak RSS of each listing.
 * `npx tsx --expose-gc bench/library-listing.ts [folder]` (without a folder it writes one and
 * prints its path; pass it again to measure a fresh process). Not part of `npm run bench`.
 */
import { mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { listFolder } from '../src/main/services/library';
import { serializeWorkshop } from '../src/shared/model/migrations';
import type { Snapshot } from '../src/shared/model/schema';
import { scaledWorkshop } from '../src/shared/example/scaled';

const dir = process.argv[2] ?? mkdtempSync(path.join(os.tmpdir(), 'tpc-listbench-'));
if (!process.argv[2]) {
  for (let i = 0; i < 19; i++) await fs.writeFile(path.join(dir, `ws-${i}.tpcube`), serializeWorkshop(scaledWorkshop(100 + i * 20)));
  const big = scaledWorkshop(5000);
  const desc = 'x'.repeat(3990);
  big.touchpoints = big.touchpoints.map((t) => ({ ...t, description: desc }));
  const snaps: Snapshot[] = [];
  let text = serializeWorkshop(big);
  for (let s = 0; s < 100 && text.length < 49_000_000; s++) {
    const values: Record<string, null> = {}, faces: Record<string, null> = {}, titles: Record<string, string> = {};
    for (const t of big.touchpoints) { values[t.id] = null; faces[t.id] = null; titles[t.id] = t.title; }
    snaps.push({ id: `sn_bench${s}`, name: `S${s}`, createdAt: '2026-01-01T00:00:00Z', values, faces, titles });
    big.snapshots = snaps;
    text = serializeWorkshop(big);
  }
  await fs.writeFile(path.join(dir, 'big.tpcube'), text);
  console.log('big file MB', (text.length / 1e6).toFixed(1), 'dir', dir);
}
const rounds = Number(process.env.ROUNDS ?? 3);
for (let round = 1; round <= rounds; round++) {
  global.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const t = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 1);
  const t0 = performance.now();
  const items = await listFolder(dir);
  const ms = performance.now() - t0;
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(t);
  console.log(`listing ${round}: ${ms.toFixed(0)} ms, items ${items.length}, damaged ${items.filter((i) => i.damaged).length}, peak RSS +${((peak - start) / 1e6).toFixed(0)} MB`);
}
