/** A backup is only ever written from a document that opens (recovery must not offer a broken one). */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../../../shared/model/defaults';
import { serializeWorkshop } from '../../../shared/model/migrations';
import { backupFolder, goodBackups, writeBackup } from './backups';
import { WorkshopFile } from './workshopFile';
import { tempDir } from '../testing/tempDir';

const doc = () => newWorkshop({ title: 'Backup', language: 'en', now: new Date('2026-11-23T10:00:00Z') });

describe('backups', () => {
  it('writes a valid document and refuses an invalid one, keeping the good backups', async () => {
    const file = path.join(tempDir('tpc-backup-'), 'w.tpcube');
    for (let i = 0; i < 3; i++) await writeBackup(file, serializeWorkshop(doc()), new Date(Date.UTC(2026, 10, 23, 10, i)), 3);
    const bad = { ...doc(), participants: Array.from({ length: 101 }, (_, i) => ({ id: `pa_many${i}`, name: 'P', departmentId: null, role: '' })) };
    await expect(writeBackup(file, serializeWorkshop(bad), new Date(Date.UTC(2026, 10, 23, 11, 0)), 3)).rejects.toMatchObject({ code: 'error.file.invalid' });
    await expect(writeBackup(file, '{"schemaVersion":1', new Date(Date.UTC(2026, 10, 23, 11, 1)), 3)).rejects.toMatchObject({ code: 'error.file.corrupt' });
    expect((await fs.readdir(backupFolder(file))).sort()).toHaveLength(3);
    expect(await goodBackups(file)).toHaveLength(3);
  });

  it('the autosave skips the periodic backup of an invalid document, not the save itself', async () => {
    const file = path.join(tempDir('tpc-backup-'), 'w.tpcube');
    const wf = new WorkshopFile(file, doc(), { debounceMs: 1, backupEveryMs: 0 });
    const bad = { ...doc(), method: { ...doc().method, negativeWeight: 99 } };
    wf.schedule(bad, 2);
    expect((await wf.flush()).state).toBe('saved');
    await expect(fs.readdir(backupFolder(file))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
