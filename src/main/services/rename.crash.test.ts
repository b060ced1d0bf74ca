/**
 * Renaming the file after its title, killed at every step (SIGKILL in a real second process,
 * so locks stay behind as after a crash): after the "restart" the workshop is listed once,
 * opens under one of the two names with every change that was saved before the rename, and
 * a later rename to the same title takes the name (a stale lock of the crash is taken over).
 */
import type { ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cmd } from '../../shared/commands';
import { listFolder } from './library';
import { Session } from './session';
import { bundleChild, killAll, startChild } from './storage/testing/children';
import { tempDir } from './testing/tempDir';

let child = '';
const sessions: Session[] = [];

beforeAll(async () => {
  child = await bundleChild('rename-child');
});

afterEach(async () => {
  await killAll();
  for (const s of sessions.splice(0)) await s.closeAll().catch(() => {});
});

const ended = (c: ChildProcess) => new Promise<void>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('exit', () => resolve())));

const STEPS = ['lockNew', 'rename', 'releaseOld', 'backups', 'none'] as const;

describe('a crash while the file is renamed after its title', () => {
  for (const step of STEPS) {
    it(`killed before "${step}": the workshop opens under one name with all saved changes`, async () => {
      const dir = tempDir('tpc-rename-crash-');
      const { child: c, line } = await startChild(child, [dir, step]);
      expect(line).toBe('saved 3');
      await ended(c);
      if (step === 'none') expect(c.exitCode).toBe(0);
      else expect(c.signalCode).toBe('SIGKILL');

      const items = await listFolder(dir);
      expect(items).toHaveLength(1);
      const name = items[0]!.fileName;
      // before the rename the old name holds it, from the rename on the new one
      expect(name).toBe(step === 'lockNew' || step === 'rename' ? 'Alt.tpcube' : 'Neu.tpcube');
      const s = new Session({ debounceMs: 10 });
      sessions.push(s);
      const r = await s.open(items[0]!.path);
      if (!r.ok || r.value.kind !== 'opened') throw new Error(JSON.stringify(r));
      expect(r.value.state.doc.touchpoints.map((t) => t.title)).toEqual(['Touchpoint 1', 'Touchpoint 2', 'Touchpoint 3']);

      // the facilitator commits the title again: the file takes the name, whatever lock the crash left
      s.apply(r.value.state.docId, [cmd('meta.update', { patch: { title: 'Neu' } })]);
      await s.flush(r.value.state.docId);
      expect(s.state(r.value.state.docId).path).toBe(path.join(dir, 'Neu.tpcube'));
      expect((await fs.readdir(dir)).filter((n) => n.endsWith('.tpcube'))).toEqual(['Neu.tpcube']);
      await s.close(r.value.state.docId);
      expect((await fs.readdir(dir)).filter((n) => n.endsWith('.lock'))).toEqual([]);
    }, 30_000);
  }
});
