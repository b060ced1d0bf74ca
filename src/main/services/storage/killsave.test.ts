/**
 * R2: kill -9 while saving, many times. The file must always open, hold a clean prefix of
 * the changes, hold every change that was reported durably saved, and every change older
 * than the autosave window plus a generous write allowance.
 * FAULTS_FULL=1 (npm run test:faults) runs 500 kills; the normal suite runs 100.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWorkshopText } from '../../../shared/model/migrations';
import { tempDir } from '../testing/tempDir';

const here = path.dirname(fileURLToPath(import.meta.url));
const KILLS = process.env['FAULTS_FULL'] ? 500 : 100;
const DEBOUNCE = 50;
/** slack for the write itself (fsync on a loaded CI machine) */
const WRITE_ALLOWANCE = 1000;
let bundle = '';

beforeAll(async () => {
  const dir = tempDir('tpc-kill-bundle-');
  bundle = path.join(dir, 'child.mjs');
  await build({
    entryPoints: [path.join(here, 'testing/saver-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    packages: 'external',
    logLevel: 'silent',
  });
  // the bundle imports lowdb/zod from the project's node_modules
  await fs.symlink(path.resolve(here, '../../../../node_modules'), path.join(dir, 'node_modules'));
});

interface Cycle {
  saved: number;
  appliedAt: Map<number, number>;
  killedAt: number;
  ready: number;
}

function runOnce(file: string, killAfterMs: number): Promise<Cycle> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, file, String(DEBOUNCE)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const c: Cycle = { saved: 0, appliedAt: new Map(), killedAt: 0, ready: -1 };
    let buf = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const [kind, a, b] = line.split(' ');
        if (kind === 'ready') {
          c.ready = Number(a);
          setTimeout(() => {
            c.killedAt = Date.now();
            child.kill('SIGKILL');
          }, killAfterMs);
        } else if (kind === 'applied') c.appliedAt.set(Number(a), Number(b));
        else if (kind === 'saved') c.saved = Math.max(c.saved, Number(a));
        else if (kind === 'failed') reject(new Error(line));
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(c);
      else reject(new Error(`child ended on its own (${code}): ${stderr}`));
    });
  });
}

describe('kill -9 during saves (R2)', () => {
  it(`keeps the workshop file readable and complete up to the autosave window over ${KILLS} kills`, async () => {
    const dir = tempDir('tpc-kill-');
    const file = path.join(dir, 'kill.tpcube');
    let last = 0;
    for (let i = 0; i < KILLS; i++) {
      const cycle = await runOnce(file, 15 + Math.floor(Math.random() * 120));
      const text = await fs.readFile(file, 'utf8');
      const doc = parseWorkshopText(text); // throws if the file is torn
      const titles = doc.touchpoints.map((t) => t.title);
      const n = titles.length;
      // a clean prefix: tp-1..tp-n, nothing missing in between, nothing duplicated
      expect(titles).toEqual(Array.from({ length: n }, (_, k) => `tp-${k + 1}`));
      // nothing that was reported saved is lost, and nothing already on disk disappears
      expect(n).toBeGreaterThanOrEqual(Math.max(cycle.saved, last, cycle.ready));
      for (const [count, at] of cycle.appliedAt) {
        if (at < cycle.killedAt - DEBOUNCE - WRITE_ALLOWANCE) expect(n).toBeGreaterThanOrEqual(count);
      }
      last = n;
    }
    // leftovers of interrupted writes are temp files only, never a second workshop
    const names = await fs.readdir(dir);
    expect(names.filter((x) => x.endsWith('.tpcube'))).toEqual(['kill.tpcube']);
    expect(last).toBeGreaterThan(KILLS);
  }, 600_000);
});
