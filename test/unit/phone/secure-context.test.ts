/**
 * The phone page runs over plain HTTP on a LAN address (not a secure context), but tests on
 * 127.0.0.1 are a secure context and would not notice a use of these APIs. So the lint rule
 * and the built bundle are checked instead (stack.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const SECURE_ONLY = ['globalThis.crypto.randomUUID()', 'crypto.randomUUID()', 'navigator.clipboard.writeText("x")', 'navigator.serviceWorker.register("/sw.js")', 'crypto.subtle.digest("SHA-256", new Uint8Array())'];

describe('phone page: no API that needs a secure context', () => {
  it('the lint rule refuses each of them under src/phone', async () => {
    const eslint = new ESLint();
    for (const code of SECURE_ONLY) {
      const [result] = await eslint.lintText(`export const x = ${code};\n`, { filePath: path.resolve('src/phone/src/probe.ts') });
      expect(result?.messages.some((m) => m.ruleId === 'no-restricted-syntax'), code).toBe(true);
    }
  }, 60_000);

  it('the built bundle does not use them', () => {
    const dir = path.resolve('out/phone/assets');
    if (!existsSync(dir)) throw new Error('out/phone is missing: run `npm run build` first (npm test does it)');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/randomUUID|serviceWorker|navigator\.clipboard|crypto\.subtle/);
    }
  });
});
