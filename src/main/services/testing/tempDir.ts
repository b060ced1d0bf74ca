/**
 * Temporary folders for tests, removed again: unit runs left thousands of `tpc-*` folders in
 * /tmp (`tpc-api-`, `tpc-session-`, `tpc-boot-` …). A folder made while a test runs is
 * removed after that test; one made outside a test (at the top of a file, in beforeAll) after
 * the file. Importing this module registers the hooks; they run after the file's own
 * afterEach hooks (vitest runs after-hooks in reverse order), so sessions are closed and
 * child processes ended before their folders go.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect } from 'vitest';

const perTest: string[] = [];
const perFile: string[] = [];

async function remove(dirs: string[]): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 3 })));
}

afterEach(() => remove(perTest));
afterAll(() => remove(perFile));

/** A new empty folder under the system's temp folder, named `<prefix>XXXXXX`; removed after the test (or the file). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  (expect.getState().currentTestName === undefined ? perFile : perTest).push(dir);
  return dir;
}
