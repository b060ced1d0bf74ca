/**
 * Real second processes for tests: a test child is bundled with esbuild (as the kill -9
 * suite does) and run with plain Node, so it holds locks and files like another instance.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { tempDir } from '../../testing/tempDir';

const here = path.dirname(fileURLToPath(import.meta.url));
const started = new Set<ChildProcess>();

/** Bundle `testing/<name>.ts` into a runnable .mjs; returns its path. */
export async function bundleChild(name: string): Promise<string> {
  const dir = tempDir('tpc-child-bundle-');
  const outfile = path.join(dir, `${name}.mjs`);
  await build({ entryPoints: [path.join(here, `${name}.ts`)], bundle: true, platform: 'node', format: 'esm', outfile, packages: 'external', logLevel: 'silent' });
  // the bundle imports lowdb/zod from the project's node_modules
  await fs.symlink(path.resolve(here, '../../../../../node_modules'), path.join(dir, 'node_modules'));
  return outfile;
}

/** Start a bundled child; resolves with its first line on stdout (e.g. "ready 41"). */
export function startChild(bundle: string, args: string[]): Promise<{ child: ChildProcess; line: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    started.add(child);
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve({ child, line: out.slice(0, nl) });
    });
    child.on('exit', (code) => reject(new Error(`child ended (${code}) before it was ready: ${out}${err}`)));
  });
}

/** Kill a child with SIGKILL and wait until it is gone (so its pid is dead). */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    started.delete(child);
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** End every child a test started (afterEach). */
export async function killAll(): Promise<void> {
  await Promise.all([...started].map((c) => killHard(c)));
}
