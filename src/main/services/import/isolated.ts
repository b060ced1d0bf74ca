/**
 * Parsing an imported file in a separate OS process (S5): a hostile file can exhaust
 * only that process's memory (V8 heap capped with --max-old-space-size) and time (hard
 * kill after the time limit plus start-up grace). Always resolves with a Result, never
 * throws, never hangs.
 *
 * Uses child_process.fork of worker.ts (under tsx in dev and tests) or worker.js next to
 * this module when built; the Electron main process can later pass a utilityProcess-based
 * runner while keeping worker.ts as the entry.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMessageKey } from '../../../shared/i18n/messages';
import { resolveLimits, type ImportLimits, type ParsedTable } from '../../../shared/import/limits';
import { fail, type Result } from '../../../shared/result';
import type { WorkerRequest, WorkerResponse } from './worker';

export { parseTableFile } from './parse';
export type { ImportLimits, ParsedTable } from '../../../shared/import/limits';

export interface IsolationDiagnostics {
  outcome: 'result' | 'timeout' | 'memory' | 'crashed' | 'not-started';
  /** wall time in the parent, from spawn to answer */
  elapsedMs: number;
  childPid?: number;
  /** the child's own numbers, when it answered */
  childParseMs?: number;
  childMaxRssKb?: number;
  exitCode?: number | null;
  signal?: string | null;
}

export interface IsolationOptions {
  /** worker entry (.ts runs through tsx); default: worker.js beside this module, else worker.ts */
  workerEntry?: string;
  /** extra time for the child's start-up before the hard kill; default 3000 ms */
  startupGraceMs?: number;
  onDiagnostics?: (d: IsolationDiagnostics) => void;
}

const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;

function defaultEntry(): string {
  const js = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(js)) return js;
  return fileURLToPath(new URL('./worker.ts', import.meta.url));
}

/** Flags for the child: the parent's (minus debugger and heap flags), tsx for a .ts entry, the heap cap. */
function childExecArgv(entry: string, heapMb: number): string[] {
  const out: string[] = [];
  for (const a of process.execArgv) {
    if (/^--(max-old-space-size|max-semi-space-size|inspect|inspect-brk|inspect-port|debug|debug-brk)\b/.test(a)) continue;
    out.push(a);
  }
  if (/\.[cm]?ts$/.test(entry) && !out.some((a) => /tsx/.test(a))) {
    const tsx = createRequire(import.meta.url).resolve('tsx');
    out.push('--import', pathToFileURL(tsx).href);
  }
  out.push(`--max-old-space-size=${Math.max(16, Math.floor(heapMb))}`);
  return out;
}

export function isResponse(m: unknown): m is WorkerResponse {
  if (!m || typeof m !== 'object') return false;
  const r = m as Partial<WorkerResponse>;
  if (r.type !== 'result' || !r.result || typeof r.result !== 'object') return false;
  if (r.result.ok === true) {
    const v = r.result.value as Partial<ParsedTable> | undefined;
    return (
      !!v &&
      Array.isArray(v.headers) &&
      v.headers.every((h) => typeof h === 'string') &&
      Array.isArray(v.rows) &&
      v.rows.every((row) => Array.isArray(row) && row.every((c) => typeof c === 'string')) &&
      typeof v.sheetName === 'string'
    );
  }
  return r.result.ok === false && typeof r.result.error?.code === 'string' && isMessageKey(r.result.error.code);
}

/**
 * Parse `bytes` (named `fileName`, for the extension) in a separate process with the
 * given limits (defaults: DEFAULT_IMPORT_LIMITS).
 */
export function parseInIsolation(
  bytes: Uint8Array,
  fileName: string,
  limits?: Partial<ImportLimits>,
  options: IsolationOptions = {},
): Promise<Result<ParsedTable>> {
  const started = performance.now();
  const report = (d: Omit<IsolationDiagnostics, 'elapsedMs'>) => {
    try {
      options.onDiagnostics?.({ ...d, elapsedMs: Math.round(performance.now() - started) });
    } catch {
      /* diagnostics never break the import */
    }
  };
  return new Promise<Result<ParsedTable>>((resolve) => {
    let child: ChildProcess | undefined;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    let stderr = '';
    const settle = (result: Result<ParsedTable>, d: Omit<IsolationDiagnostics, 'elapsedMs'>) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (child) {
        child.removeAllListeners('message');
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      report(d);
      resolve(result);
    };
    try {
      const lim = resolveLimits(limits);
      if (!(bytes instanceof Uint8Array)) return settle(fail('import.file.crashed', undefined, 'not bytes'), { outcome: 'not-started' });
      if (bytes.byteLength === 0) return settle(fail('import.file.empty'), { outcome: 'not-started' });
      if (bytes.byteLength > lim.maxFileBytes)
        return settle(fail('import.file.tooLarge', { sizeMb: mb(bytes.byteLength), maxMb: mb(lim.maxFileBytes) }), { outcome: 'not-started' });

      const entry = options.workerEntry ?? defaultEntry();
      const env = { ...process.env };
      delete env['NODE_OPTIONS'];
      child = fork(entry, [], {
        execArgv: childExecArgv(entry, lim.maxHeapMb),
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        env,
      });
      const c = child;
      const seconds = Math.round(lim.timeMs / 100) / 10;
      timer = setTimeout(
        () => settle(fail('import.file.timeout', { seconds }), { outcome: 'timeout', childPid: c.pid }),
        lim.timeMs + (options.startupGraceMs ?? 3000),
      );
      c.stderr?.setEncoding('utf8');
      c.stderr?.on('data', (s: string) => {
        stderr = (stderr + s).slice(-8192);
      });
      c.on('message', (m: unknown) => {
        if (!isResponse(m)) return settle(fail('import.file.crashed', undefined, 'malformed answer'), { outcome: 'crashed', childPid: c.pid });
        settle(m.result, { outcome: 'result', childPid: c.pid, childParseMs: m.stats?.parseMs, childMaxRssKb: m.stats?.maxRssKb });
      });
      c.on('error', (e) => settle(fail('import.file.crashed', undefined, e.message), { outcome: 'crashed', childPid: c.pid }));
      c.on('exit', (code, signal) => {
        // stderr may still be draining: give it a moment before judging why the child died
        setTimeout(() => {
          const oom = /heap out of memory|Reached heap limit|allocation failed|OOM/i.test(stderr) || signal === 'SIGABRT' || code === 134;
          if (oom) settle(fail('import.file.memory', undefined, stderr.slice(-500)), { outcome: 'memory', childPid: c.pid, exitCode: code, signal });
          else settle(fail('import.file.crashed', undefined, `exit ${code} ${signal ?? ''} ${stderr.slice(-500)}`), { outcome: 'crashed', childPid: c.pid, exitCode: code, signal });
        }, 50);
      });
      const request: WorkerRequest = { type: 'parse', bytes, fileName: String(fileName), limits: lim };
      c.send(request, (err) => {
        if (err) settle(fail('import.file.crashed', undefined, err.message), { outcome: 'crashed', childPid: c.pid });
      });
    } catch (e) {
      settle(fail('import.file.crashed', undefined, e instanceof Error ? e.message : String(e)), { outcome: 'crashed', childPid: child?.pid });
    }
  });
}
