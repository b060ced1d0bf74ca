/**
 * A killed export leaves its hidden temp file (`.<name>.xlsx.<pid>.<time>.tmp`) beside the
 * destination. The next export to that folder removes the leftovers of dead writers, and
 * only those: a write in progress and the user's own hidden files stay.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, killAll, killHard, startChild } from '../storage/testing/children';
import { writeExportFile } from './writer';
import { tempDir } from '../testing/tempDir';

let exporter = '';
beforeAll(async () => {
  exporter = await bundleChild('export-child');
});
afterEach(killAll);

const temps = async (dir: string) => (await fs.readdir(dir)).filter((n) => n.endsWith('.tmp')).sort();

describe('leftovers of a killed export', () => {
  it('are removed by the next export to that folder; a live write and other hidden files stay', async () => {
    const dir = tempDir('tpc-leftover-');
    const target = path.join(dir, 'Touchpoints Bank.xlsx');
    const { child, line } = await startChild(exporter, [target]);
    expect(line).toBe('written');
    await killHard(child);
    const [leftover] = await temps(dir);
    expect(leftover).toMatch(new RegExp(`^\\.Touchpoints Bank\\.xlsx\\.${child.pid}\\.[0-9a-z]+\\.tmp$`));
    const later = new Date(Date.now() - 10 * 60_000); // the user exports again some minutes later
    await fs.utimes(path.join(dir, leftover!), later, later);
    const live = `.Cube.png.${process.pid}.${Date.now().toString(36)}.tmp`; // this process is writing it right now
    await fs.writeFile(path.join(dir, live), 'x');
    await fs.writeFile(path.join(dir, '.DS_Store'), 'finder');

    await writeExportFile(path.join(dir, 'Touchpoints Bank (2).xlsx'), new Uint8Array([1, 2, 3]));
    expect(await temps(dir)).toEqual([live]);
    expect((await fs.readdir(dir)).sort()).toEqual([live, '.DS_Store', 'Touchpoints Bank (2).xlsx'].sort());
  }, 30_000);
});
