/**
 * Entry of the isolated import process: receives one file, parses it with parse.ts,
 * answers with a Result envelope and exits. A plain Node module so it can run under
 * child_process.fork (dev, tests, CLI) or Electron's utilityProcess (process.parentPort).
 *
 * Protocol: in  { type: 'parse', bytes: Uint8Array, fileName: string, limits: Partial<ImportLimits> }
 *           out { type: 'result', result: Result<ParsedTable>, stats: { parseMs, maxRssKb } }
 */
import { readFileSync } from 'node:fs';
import { fail, type Result } from '../../../shared/result';
import type { ImportLimits, ParsedTable } from '../../../shared/import/limits';
import { parseTableFile } from './parse';

export interface WorkerRequest {
  type: 'parse';
  bytes: Uint8Array;
  fileName: string;
  limits: Partial<ImportLimits>;
}

export interface WorkerResponse {
  type: 'result';
  result: Result<ParsedTable>;
  stats: { parseMs: number; maxRssKb: number };
}

interface ParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
let answered = false;

function send(message: WorkerResponse): void {
  if (answered) return;
  answered = true;
  if (parentPort) {
    parentPort.postMessage(message);
    return; // the parent ends this process once it has the answer
  }
  if (process.send) process.send(message, () => process.exit(0));
  else process.exit(0);
}

/**
 * Peak resident memory of this process in KB. On Linux from /proc (VmHWM): getrusage's
 * maxRSS still carries the parent's size from before exec, so it overstates a child.
 */
function peakRssKb(): number {
  try {
    const m = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    /* not Linux */
  }
  return process.resourceUsage().maxRSS;
}

function stats(started: number): WorkerResponse['stats'] {
  return { parseMs: Math.round(performance.now() - started), maxRssKb: peakRssKb() };
}

function isRequest(m: unknown): m is WorkerRequest {
  if (!m || typeof m !== 'object') return false;
  const r = m as Partial<WorkerRequest>;
  return r.type === 'parse' && r.bytes instanceof Uint8Array && typeof r.fileName === 'string';
}

async function handle(message: unknown): Promise<void> {
  if (answered) return;
  const started = performance.now();
  if (!isRequest(message)) {
    send({ type: 'result', result: fail('import.file.crashed', undefined, 'bad request'), stats: stats(started) });
    return;
  }
  const limits = message.limits && typeof message.limits === 'object' ? message.limits : {};
  const result = await parseTableFile(message.bytes, message.fileName, limits);
  send({ type: 'result', result, stats: stats(started) });
}

const crash = (e: unknown) => {
  send({ type: 'result', result: fail('import.file.crashed', undefined, e instanceof Error ? e.message : String(e)), stats: stats(performance.now()) });
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

if (parentPort) parentPort.on('message', (e) => void handle(e.data));
else {
  process.on('message', (m) => void handle(m));
  process.on('disconnect', () => process.exit(0));
}
