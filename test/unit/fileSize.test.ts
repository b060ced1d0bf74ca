/**
 * One file, one idea: no source file in src/ grows past 400 lines (docs/architecture.md,
 * "Habits"). Only catalogues and data may: their length is their content, not mixed ideas.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = path.join(ROOT, 'src');
const MAX_LINES = 400;

/** catalogues and data: long by nature (paths relative to the repository, `*` = any file name) */
const ALLOWED = ['src/shared/i18n/catalog/*', 'src/shared/example/bank.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sources(full);
    return /\.(ts|svelte)$/.test(name) ? [full] : [];
  });
}

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');
const allowed = (file: string) => ALLOWED.some((a) => (a.endsWith('/*') ? path.posix.dirname(file) === a.slice(0, -2) : file === a));
/** lines as `wc -l` counts them, plus a last line without a newline */
const linesOf = (text: string) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

describe('file size', () => {
  it(`has no file in src/ over ${MAX_LINES} lines but catalogues and data`, () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(100);
    const over = files
      .map((f) => ({ file: rel(f), lines: linesOf(readFileSync(f, 'utf8')) }))
      .filter((f) => f.lines > MAX_LINES && !allowed(f.file))
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(over).toEqual([]);
  });

  it('allows only files that exist', () => {
    for (const a of ALLOWED) {
      const target = path.join(ROOT, a.endsWith('/*') ? a.slice(0, -2) : a);
      expect(statSync(target, { throwIfNoEntry: false }), a).toBeDefined();
    }
  });

  it('counts like wc -l', () => {
    expect(linesOf('a\nb\n')).toBe(2);
    expect(linesOf('a\nb')).toBe(2);
    expect(linesOf('')).toBe(0);
  });
});
