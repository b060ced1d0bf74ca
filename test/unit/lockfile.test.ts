/**
 * `npm ci` refuses a lockfile in which a package's optional dependency has no entry of its
 * own. That happens when `npm install` runs against a registry mirror that lacks other
 * platforms' binaries (@napi-rs/canvas here): CI then fails before a single test. This
 * catches it locally; `node scripts/lock-platforms.cjs` puts the canvas entries back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

describe('package-lock.json', () => {
  it('has an entry for every optional dependency it names, on every platform', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const missing: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
        // npm resolves from the package's own node_modules upwards to the top level
        const candidates = [];
        for (let dir = where; dir; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') candidates.push(`${dir}/node_modules/${dep}`);
        candidates.push(`node_modules/${dep}`);
        if (!candidates.some((c) => lock.packages[c])) missing.push(`${where || '(root)'} → ${dep}`);
      }
    }
    expect(missing, 'run `node scripts/lock-platforms.cjs`, or npm install on a machine that reaches every platform package').toEqual([]);
  });
});
