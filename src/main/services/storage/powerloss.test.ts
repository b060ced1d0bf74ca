/**
 * R1/R2 under power loss: a cut after any single file-system call of a run of saves leaves
 * a workshop that opens, holds a whole version (never a torn or empty file), and holds at
 * least every save that had been acknowledged. The same model shows that a careless writer
 * (no fsync, no rename) and a writer that skips the folder fsync both lose work, so the
 * model is able to fail.
 */
import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '../../../shared/example/bank';
import { parseWorkshopText, serializeWorkshop } from '../../../shared/model/migrations';
import { writeFileDurable, type DurableIo } from './durable';
import { PowerCut, PowerLossFs } from './testing/powerloss';

const DIR = '/sim/Touchpoint Cube';
const FILE = `${DIR}/Workshop.tpcube`;
const base = exampleWorkshop();
const version = (v: number) => serializeWorkshop({ ...base, meta: { ...base.meta, title: `Version ${v}` } });
const versionOf = (text: string) => Number(parseWorkshopText(text).meta.title.replace('Version ', ''));
const SAVES = 8;

type Writer = (file: string, text: string, io: PowerLossFs) => Promise<void>;

interface Run {
  acknowledged: number;
  onDisk: string | undefined;
}

async function runWithCut(write: Writer, cutAfter: number): Promise<Run> {
  const sim = new PowerLossFs(DIR);
  sim.seed('Workshop.tpcube', version(0));
  sim.cutAfter = cutAfter;
  let acknowledged = 0;
  for (let v = 1; v <= SAVES; v++) {
    try {
      await write(FILE, version(v), sim);
    } catch (e) {
      if (e instanceof PowerCut) break;
      throw e;
    }
    if (!sim.cut) acknowledged = v; // the app told the user "saved" while the power was still on
  }
  return { acknowledged, onDisk: sim.afterReboot().get('Workshop.tpcube') };
}

/** every cut point from before the first call to after the last one */
async function everyCut(write: Writer): Promise<Run[]> {
  const runs: Run[] = [];
  for (let cut = 0; ; cut++) {
    const run = await runWithCut(write, cut);
    runs.push(run);
    if (run.acknowledged === SAVES) return runs;
    if (cut > 10_000) throw new Error('no end');
  }
}

const durable: Writer = (file, text, io) => writeFileDurable(file, text, io);

describe('power loss during saves (R1, R2)', () => {
  it('after a cut at any call, the workshop opens with a whole version at least as new as the last acknowledged save', async () => {
    const runs = await everyCut(durable);
    expect(runs.length).toBeGreaterThan(SAVES * 5); // each save is several calls: every one was a cut point
    for (const [cut, run] of runs.entries()) {
      expect(run.onDisk, `cut after ${cut} calls`).toBeDefined();
      const v = versionOf(run.onDisk!); // throws on a torn or empty file
      expect(v, `cut after ${cut} calls`).toBeGreaterThanOrEqual(run.acknowledged);
      expect(v).toBeLessThanOrEqual(Math.min(SAVES, run.acknowledged + 1));
    }
  });

  it('the model catches a writer that writes in place without fsync: the file comes back empty', async () => {
    const careless: Writer = (file, text, io) => io.writeFileCarelessly(file, text);
    const runs = await everyCut(careless);
    const torn = runs.filter((r) => r.onDisk === '' || r.onDisk === undefined);
    expect(torn.length).toBeGreaterThan(0);
    expect(() => parseWorkshopText(torn[0]!.onDisk ?? '')).toThrow();
  });

  it('the model catches a writer that skips the folder fsync: an acknowledged save is lost', async () => {
    const noFolderSync: Writer = async (file, text, io) => {
      const withoutFolderSync: DurableIo = {
        open: (f, flags, mode) => (f === DIR ? Promise.reject(Object.assign(new Error('skipped'), { code: 'EPERM' })) : io.open(f, flags, mode)),
        rename: (a, b) => io.rename(a, b),
        rm: (f, o) => io.rm(f, o),
      };
      await writeFileDurable(file, text, withoutFolderSync);
    };
    const runs = await everyCut(noFolderSync);
    const lost = runs.filter((r) => r.onDisk !== undefined && versionOf(r.onDisk) < r.acknowledged);
    expect(lost.length).toBeGreaterThan(0);
  });
});
