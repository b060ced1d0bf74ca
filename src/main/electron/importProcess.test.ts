/** The packaged app's import process (utilityProcess): request, answer, timeout and crash, with a fake Electron. */
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it } from 'vitest';
import { utilityImportParser } from './importProcess';

class FakeChild extends EventEmitter {
  stderr = new EventEmitter();
  posted: unknown[] = [];
  killed = false;
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  kill() {
    this.killed = true;
    return true;
  }
}
const fake = { child: new FakeChild(), forks: [] as unknown[][] };
const utilityProcess = {
  fork: (...args: [string, string[], Electron.ForkOptions]) => {
    fake.forks.push(args);
    return fake.child;
  },
};
const parser = (workerPath: string, grace?: number) => utilityImportParser(utilityProcess, workerPath, grace);

const TABLE = { headers: ['Titel'], rows: [['A']], sheetName: '', format: { kind: 'csv', encoding: 'utf-8', delimiter: ';' } };

beforeEach(() => {
  fake.child = new FakeChild();
  fake.forks = [];
});

describe('utilityImportParser', () => {
  it('sends the file to the worker with a capped heap and returns its table', async () => {
    const parse = parser('/app/out/main/worker.js');
    const p = parse(new Uint8Array([65, 10, 66]), 'liste.csv');
    expect(fake.forks[0]?.[0]).toBe('/app/out/main/worker.js');
    expect(fake.forks[0]?.[2]).toMatchObject({ execArgv: ['--max-old-space-size=256'] });
    fake.child.emit('spawn');
    expect(fake.child.posted[0]).toMatchObject({ type: 'parse', fileName: 'liste.csv' });
    fake.child.emit('message', { type: 'result', result: { ok: true, value: TABLE }, stats: { parseMs: 1, maxRssKb: 1 } });
    expect(await p).toEqual({ ok: true, value: TABLE });
    expect(fake.child.killed).toBe(true);
  });

  it('rejects a malformed answer, a crash, an out-of-memory death and a hang with clear codes', async () => {
    const parse = parser('/w.js', 0);
    let p = parse(new Uint8Array([1]), 'x.csv');
    fake.child.emit('message', { type: 'result', result: { ok: true, value: { headers: [{}] } } });
    expect(await p).toMatchObject({ ok: false, error: { code: 'import.file.crashed' } });

    fake.child = new FakeChild();
    p = parse(new Uint8Array([1]), 'x.csv');
    fake.child.stderr.emit('data', 'FATAL ERROR: Reached heap limit Allocation failed');
    fake.child.emit('exit', 134);
    expect(await p).toMatchObject({ ok: false, error: { code: 'import.file.memory' } });

    fake.child = new FakeChild();
    p = parse(new Uint8Array([1]), 'x.csv', { timeMs: 20 });
    expect(await p).toMatchObject({ ok: false, error: { code: 'import.file.timeout' } });
    expect(fake.child.killed).toBe(true);

    expect(await parse(new Uint8Array(0), 'x.csv')).toMatchObject({ ok: false, error: { code: 'import.file.empty' } });
  });
});
