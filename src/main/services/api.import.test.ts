/** The import channels: 'import.parse' reads a client's list (base64, in an isolated process) into a table or a clear error; 'import.remember' / 'import.recall' keep the dialog's mapping per header set. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from './api';
import { Session } from './session';
import { SettingsStore } from './settings';
import { tempDir } from './testing/tempDir';

function makeApi() {
  const data = tempDir('tpc-api-import-');
  return createApi({
    session: new Session({ debounceMs: 10 }),
    settings: new SettingsStore(path.join(data, 'settings.json')),
    folder: path.join(data, 'workshops'),
    examplePath: path.resolve(__dirname, '../../../resources/example.tpcube'),
    now: () => new Date('2026-11-23T10:00:00Z'),
    info: { version: 'test', host: 'harness', platform: 'linux' },
  });
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

describe("api 'import.parse'", () => {
  it('reads a semicolon CSV in Windows-1252 into headers and string rows', async () => {
    const csv = Buffer.from('Titel;Phase\r\nK\xfcndigung;Nach dem Kauf\r\n007;\r\n', 'latin1');
    const r = await makeApi().call('import.parse', { name: 'liste.csv', base64: b64(csv) });
    expect(r).toEqual({
      ok: true,
      value: { headers: ['Titel', 'Phase'], rows: [['Kündigung', 'Nach dem Kauf'], ['007']], sheetName: '', format: { kind: 'csv', encoding: 'windows-1252', delimiter: ';' } },
    });
  });

  it('answers a hostile file with the clear error envelope', async () => {
    const r = await makeApi().call('import.parse', { name: 'liste.xlsx', base64: b64('not a zip at all'.repeat(10)) });
    expect(r).toMatchObject({ ok: false, error: { code: 'import.xlsx.notWorkbook' } });
  });

  it('refuses requests beyond the size limit or with extra fields before starting a process', async () => {
    const api = makeApi();
    expect(await api.call('import.parse', { name: 'x.csv', base64: 'A'.repeat(28_000_001) })).toMatchObject({ ok: false, error: { code: 'error.ipc.badRequest' } });
    expect(await api.call('import.parse', { name: '', base64: 'QQ==' })).toMatchObject({ ok: false, error: { code: 'error.ipc.badRequest' } });
    expect(await api.call('import.parse', { name: 'x.csv', base64: 'QQ==', path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'error.ipc.badRequest' } });
  });
});

describe("api 'import.remember' / 'import.recall'", () => {
  it('recalls a mapping for the same headers in any order, forgets it on null, and refuses a malformed one', async () => {
    const api = makeApi();
    const mapping = { key: 'ignored: main computes it', columns: [{ field: 'title', header: 'massnahme' }], values: [] };
    expect(await api.call('import.remember', { headers: ['Maßnahme', 'Team'], mapping })).toEqual({ ok: true, value: null });
    const r = await api.call('import.recall', { headers: ['team', 'MASSNAHME '] });
    expect(r).toMatchObject({ ok: true, value: { columns: [{ field: 'title', header: 'massnahme' }] } });
    expect(await api.call('import.recall', { headers: ['Maßnahme'] })).toEqual({ ok: true, value: null });
    const bad = { ...mapping, columns: [{ field: '__proto__', header: 'x' }] };
    expect(await api.call('import.remember', { headers: ['Maßnahme', 'Team'], mapping: bad })).toMatchObject({ ok: false, error: { code: 'error.ipc.badRequest' } });
    await api.call('import.remember', { headers: ['Maßnahme', 'Team'], mapping: null });
    expect(await api.call('import.recall', { headers: ['Maßnahme', 'Team'] })).toEqual({ ok: true, value: null });
  });
});
