import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { perWorkshop, releaseWorkshop } from './perWorkshop';

const VIEWS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../views');

function stateFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return stateFiles(full);
    return /State\.svelte\.ts$/.test(name) ? [full] : [];
  });
}

describe('per-workshop session state', () => {
  it('gives each open workshop its own state and the same one on every visit', () => {
    const cursors = perWorkshop(() => ({ row: 0 }));
    const a = cursors.of('doc1');
    a.row = 7;
    expect(cursors.of('doc1')).toBe(a);
    expect(cursors.of('doc2').row).toBe(0);
  });

  it('drops a closed workshop’s state in every family, and only that workshop’s', () => {
    const rows = perWorkshop(() => ({ row: 0 }));
    const zooms = perWorkshop(() => ({ zoom: 1 }));
    rows.of('doc11').row = 3;
    zooms.of('doc11').zoom = 2;
    rows.of('doc12').row = 5;
    releaseWorkshop('doc11');
    expect(rows.size).toBe(1);
    expect(zooms.size).toBe(0);
    expect(rows.of('doc12').row).toBe(5);
    // opened again, the workshop starts fresh
    expect(rows.of('doc11').row).toBe(0);
  });

  it('is how every view keeps its state: board, rate, cube and act, none shared by all workshops', () => {
    const files = stateFiles(VIEWS);
    const names = files.map((f) => path.relative(VIEWS, f).split(path.sep).join('/')).sort();
    expect(names).toEqual(['actState.svelte.ts', 'board/boardState.svelte.ts', 'cube/cubeState.svelte.ts', 'rate/rateState.svelte.ts']);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).toMatch(/perWorkshop\(\(\) => new \w+State\(\)\)/);
      // no module-wide instance that every workshop would share
      expect(text, f).not.toMatch(/^export const \w+ = new /m);
    }
  });
});
