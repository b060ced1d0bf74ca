/** `npm run cli -- validate <file>` reads a workshop as the app does: BOM and UTF-16 too, and refuses oversized files. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleWorkshop } from '../../shared/example/bank';
import { serializeWorkshop } from '../../shared/model/migrations';
import { main } from '../index';
import { tempDir } from '../../main/services/testing/tempDir';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  const code = await main(['validate', ...args, '--lang', 'en']);
  vi.restoreAllMocks();
  return { code, out: out.join(''), err: err.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('cli validate', () => {
  it('validates a workshop saved as UTF-16 LE with a byte order mark', async () => {
    const file = path.join(tempDir('tpc-cli-validate-'), 'bank.tpcube');
    await fs.writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(serializeWorkshop(exampleWorkshop()), 'utf16le')]));
    const r = await run(file);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ touchpoints: 41 });
  });

  it('refuses a file over the size cap with one clear line', async () => {
    const file = path.join(tempDir('tpc-cli-validate-'), 'big.tpcube');
    await fs.writeFile(file, '');
    await fs.truncate(file, 60_000_000);
    const r = await run(file);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('too large (60 MB)');
  });
});
