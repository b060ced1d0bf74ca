/** The export channels behind the IPC contract: save dialog in Electron, download in the harness. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportOutcome } from '../../../shared/ipc/contract';
import type { OpenOutcome } from '../../../shared/ipc/types';
import type { Result } from '../../../shared/result';
import { createApi, type Dialogs } from '../api';
import { Session } from '../session';
import { SettingsStore } from '../settings';
import { tempDir } from '../testing/tempDir';

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.closeAll();
});

async function openExample(dialogs?: Dialogs) {
  const data = tempDir('tpc-export-ipc-');
  const session = new Session({ debounceMs: 60_000 });
  sessions.push(session);
  const api = createApi({
    session,
    settings: new SettingsStore(path.join(data, 'settings.json')),
    folder: path.join(data, 'workshops'),
    examplePath: path.resolve(__dirname, '../../../../resources/example.tpcube'),
    now: () => new Date('2026-11-23T10:00:00Z'),
    info: { version: 'test', host: dialogs ? 'electron' : 'harness', platform: 'linux' },
    ...(dialogs ? { dialogs } : {}),
  });
  const r = (await api.call('library.create', { title: 'x', language: 'de', from: 'example' })) as Result<OpenOutcome>;
  if (!r.ok || r.value.kind !== 'opened') throw new Error('example did not open');
  return { api, session, data, docId: r.value.state.docId };
}

async function workbook(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

function fakeDialogs(answer: () => string | null) {
  const asked: { name: string; filter: string; ext: string[] }[] = [];
  const dialogs: Dialogs = {
    openWorkshop: async () => null,
    saveWorkshop: async () => null,
    saveFile: async (name, filter, ext) => {
      asked.push({ name, filter, ext });
      return answer();
    },
  };
  return { dialogs, asked };
}

describe('export.excel and export.png', () => {
  it('hand the workbook to the harness as a download, with the latest change, after saving it', async () => {
    const { api, session, docId } = await openExample();
    session.apply(docId, [{ name: 'meta.update', payload: { patch: { venue: 'Kurhaus' } } }]);
    expect(session.state(docId).save.state).toBe('pending');
    const r = (await api.call('export.excel', { docId, lang: 'en' })) as Result<ExportOutcome>;
    expect(r.ok).toBe(true);
    const v = r.ok ? r.value : null;
    if (!v || !('download' in v)) throw new Error('expected a download');
    expect(v.download.name).toBe('Touchpoint-Workshop Privatkunden.xlsx');
    expect(v.download.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = await workbook(Buffer.from(v.download.base64, 'base64'));
    expect(wb.worksheets[0]!.name).toBe('Summary');
    let venue = '';
    wb.worksheets[0]!.eachRow((row) => {
      if (row.getCell(1).value === 'Venue') venue = String(row.getCell(2).value);
    });
    expect(venue).toBe('Kurhaus');
    expect(session.state(docId).save.state).toBe('saved'); // flushed before exporting
  });

  it('write where the save dialog says, in the UI language by default', async () => {
    const target = path.join(tempDir('tpc-export-target-'), 'Übergabe.xlsx');
    const { dialogs, asked } = fakeDialogs(() => target);
    const { api, docId } = await openExample(dialogs);
    const r = await api.call('export.excel', { docId });
    expect(r).toEqual({ ok: true, value: { path: target } });
    expect(asked).toEqual([{ name: 'Touchpoint-Workshop Privatkunden.xlsx', filter: 'Excel-Arbeitsmappe', ext: ['xlsx'] }]);
    expect((await workbook(await fs.readFile(target))).worksheets[0]!.name).toBe('Übersicht');

    const png = path.join(path.dirname(target), 'cube.png');
    const { dialogs: d2 } = fakeDialogs(() => png);
    const second = await openExample(d2);
    expect(await second.api.call('export.png', { docId: second.docId, what: 'cube-3d' })).toEqual({ ok: true, value: { path: png } });
    expect((await fs.readFile(png)).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('do nothing when the dialog is cancelled, and report an unwritable place clearly', async () => {
    const cancelled = await openExample(fakeDialogs(() => null).dialogs);
    expect(await cancelled.api.call('export.excel', { docId: cancelled.docId })).toEqual({ ok: true, value: null });

    const missing = path.join(os.tmpdir(), 'tpc-no-such-folder-4711', 'x.xlsx');
    const broken = await openExample(fakeDialogs(() => missing).dialogs);
    const r = await broken.api.call('export.excel', { docId: broken.docId });
    expect(r).toMatchObject({ ok: false, error: { code: 'export.error.folderMissing' } });
  });

  it('reject what the contract does not allow', async () => {
    const { api, docId } = await openExample();
    expect(await api.call('export.png', { docId, what: 'selfie' })).toMatchObject({ ok: false, error: { code: 'error.ipc.badRequest' } });
    expect(await api.call('export.excel', { docId, lang: 'fr' })).toMatchObject({ ok: false, error: { code: 'error.ipc.badRequest' } });
    expect(await api.call('export.excel', { docId: 'doc999999' })).toMatchObject({ ok: false, error: { code: 'error.doc.notOpen' } });
  });
});
