/**
 * The isolated import process inside the packaged app. With the RunAsNode fuse off (S7),
 * child_process.fork cannot start Electron as Node, so the packaged app reads a client's
 * file in an Electron utility process running the same worker (out/main/worker.js, which
 * answers through process.parentPort). Same contract as parseInIsolation: always resolves
 * with a Result, heap capped, hard kill after the time limit.
 *
 * Wired in boot.ts: createApi({ …, parseImport: utilityImportParser(electron.utilityProcess, <main dir>/worker.js) }).
 */
import { resolveLimits, type ImportLimits, type ParsedTable } from '../../shared/import/limits';
import { fail, type Result } from '../../shared/result';
import { isResponse } from '../services/import/isolated';
import type { WorkerRequest } from '../services/import/worker';
import type { UtilityChildPort, UtilityProcessPort } from './port';

const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;

export function utilityImportParser(utilityProcess: UtilityProcessPort, workerPath: string, startupGraceMs = 3000) {
  return (bytes: Uint8Array, fileName: string, limits?: Partial<ImportLimits>): Promise<Result<ParsedTable>> =>
    new Promise((resolve) => {
      const lim = resolveLimits(limits);
      if (bytes.byteLength === 0) return resolve(fail('import.file.empty'));
      if (bytes.byteLength > lim.maxFileBytes) return resolve(fail('import.file.tooLarge', { sizeMb: mb(bytes.byteLength), maxMb: mb(lim.maxFileBytes) }));
      let settled = false;
      let stderr = '';
      let timer: NodeJS.Timeout | undefined;
      let child: UtilityChildPort | undefined;
      const settle = (r: Result<ParsedTable>) => {
        if (settled) return;
        settled = true;
        if (timer) clearTimeout(timer);
        try {
          child?.kill();
        } catch {
          /* already gone */
        }
        resolve(r);
      };
      try {
        child = utilityProcess.fork(workerPath, [], {
          execArgv: [`--max-old-space-size=${Math.max(16, Math.floor(lim.maxHeapMb))}`],
          stdio: ['ignore', 'ignore', 'pipe'],
          serviceName: 'Touchpoint import',
        });
        const c = child;
        timer = setTimeout(() => settle(fail('import.file.timeout', { seconds: Math.round(lim.timeMs / 100) / 10 })), lim.timeMs + startupGraceMs);
        c.stderr?.on('data', (s: Buffer | string) => {
          stderr = (stderr + String(s)).slice(-8192);
        });
        c.on('message', (m: unknown) => settle(isResponse(m) ? m.result : fail('import.file.crashed', undefined, 'malformed answer')));
        c.on('exit', (code: number) => {
          setTimeout(() => {
            const oom = /heap out of memory|Reached heap limit|allocation failed|OOM/i.test(stderr);
            settle(oom ? fail('import.file.memory') : fail('import.file.crashed', undefined, `exit ${code} ${stderr.slice(-500)}`));
          }, 50);
        });
        c.once('spawn', () => {
          const request: WorkerRequest = { type: 'parse', bytes, fileName: String(fileName), limits: lim };
          c.postMessage(request);
        });
      } catch (e) {
        settle(fail('import.file.crashed', undefined, e instanceof Error ? e.message : String(e)));
      }
    });
}
