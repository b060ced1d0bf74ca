import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseWorkshopText } from '../../shared/model/migrations';
import { acquireLock } from '../../main/services/storage/lock';
import { main } from '../index';
import { importCommand } from './import';

const EXAMPLE = path.resolve(__dirname, '../../../resources/example.tpcube');

let dir: string;
let target: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tpc-cli-import-'));
  target = path.join(dir, 'workshop.tpcube');
  await fs.copyFile(EXAMPLE, target);
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** a German Excel CSV: semicolons, Windows-1252 */
async function writeCsv(name: string, lines: string[]): Promise<string> {
  const file = path.join(dir, name);
  const text = lines.join('\r\n');
  const bytes = Buffer.from([...text].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));
  await fs.writeFile(file, bytes);
  return file;
}

async function run(args: string[], lang: 'de' | 'en' = 'de') {
  const lines: string[] = [];
  const code = await importCommand(args, { lang, out: (l) => lines.push(l) });
  return { code, lines };
}

describe('cli import', () => {
  it('adds the new rows of a semicolon CSV with umlauts, skips duplicates, and writes the file', async () => {
    const csv = await writeCsv('liste.csv', [
      'Titel;Phase;Abteilung;Wichtigkeit;Moment der Wahrheit',
      'Beratungsgespräch zur Baufinanzierung;Während des Kaufs;Kreditabteilung;hoch;ja',
      'Kündigungsschreiben;nach dem Kauf;;1;',
      'Google-Bewertungen der Filialen;Vor dem Kauf;;;',
    ]);
    const { code, lines } = await run([csv, '--into', target]);
    expect(code).toBe(0);
    expect(lines[0]).toBe('2 neu, 1 Duplikat, 0 ungültige Zeilen');
    expect(lines.at(-1)).toBe('2 Touchpoints in workshop.tpcube importiert.');
    const after = parseWorkshopText(await fs.readFile(target, 'utf8'));
    expect(after.touchpoints).toHaveLength(43);
    const added = after.touchpoints.find((t) => t.title === 'Beratungsgespräch zur Baufinanzierung');
    expect(added).toMatchObject({ importance: 3, momentOfTruth: true });
    expect(after.phases.find((p) => p.id === added?.phaseId)?.name).toBe('Während des Kaufs');
    expect(after.departments.find((d) => d.id === added?.departmentId)?.name).toBe('Kreditabteilung');
    expect(after.touchpoints.some((t) => t.title === 'Kündigungsschreiben')).toBe(true);
    await expect(fs.access(`${target}.lock`)).rejects.toThrow(); // lock released
  });

  it('--create-missing creates unknown departments and phases, says which, and imports an English list into the German example', async () => {
    const csv = await writeCsv('dealer.csv', [
      'Touchpoint;Stage;Department;Art',
      'Test drive;during;Car sales;direct;',
      'Handover of the car;Handover;Car sales;direct',
      'Review on a car portal;before;;indirect',
      'First service;post-purchase;Workshop;direct',
    ]);
    const refused = await run([csv, '--into', target]);
    expect(refused.code).toBe(1);
    expect(refused.lines).toContain('Mit --create-missing werden die unbekannten Abteilungen und Phasen angelegt.');
    const { code, lines } = await run([csv, '--into', target, '--create-missing']);
    expect(code).toBe(0);
    expect(lines).toContain('Neue Abteilungen: Car sales, Workshop');
    expect(lines).toContain('Neue Phase: Handover');
    expect(lines.at(-1)).toBe('4 Touchpoints in workshop.tpcube importiert.');
    const after = parseWorkshopText(await fs.readFile(target, 'utf8'));
    const phaseOf = (title: string) => after.phases.find((p) => p.id === after.touchpoints.find((t) => t.title === title)?.phaseId)?.name;
    expect(phaseOf('Test drive')).toBe('Während des Kaufs');
    expect(phaseOf('Review on a car portal')).toBe('Vor dem Kauf');
    expect(phaseOf('First service')).toBe('Nach dem Kauf');
    expect(phaseOf('Handover of the car')).toBe('Handover');
    expect(after.touchpoints.find((t) => t.title === 'Review on a car portal')?.direct).toBe(false);
  });

  it('skips a title block above the column headers and names invalid rows by their real row number', async () => {
    const csv = await writeCsv('mit-titel.csv', [
      'Touchpoint-Liste Volksbank Rheintal;;',
      'Stand: März 2026;;',
      ';;',
      'Titel;Phase;Wichtigkeit',
      'Rückruf-Service der Hotline;Nach dem Kauf;hoch',
      'Filial-Wartebereich;xyz;2',
    ]);
    const before = await fs.readFile(target);
    const { code, lines } = await run([csv, '--into', target], 'en');
    expect(code).toBe(1);
    expect(lines[0]).toBe('1 new, 0 duplicates, 1 invalid row: row 6, phase “xyz” unknown');
    expect(lines[1]).toMatch(/^Row 6: phase “xyz” does not exist in this workshop/);
    expect(lines.join('\n')).not.toContain('Touchpoint-Liste');
    expect(await fs.readFile(target)).toEqual(before);
  });

  it('with an invalid row prints the summary and the row, exits 1 and leaves the file byte-identical', async () => {
    const before = await fs.readFile(target);
    const csv = await writeCsv('liste.csv', ['Titel;Phase', 'Neuer Touchpoint;Vor dem Kauf', 'Hotline am Wochenende;Irgendwann']);
    const { code, lines } = await run([csv, '--into', target], 'en');
    expect(code).toBe(1);
    expect(lines[0]).toBe('1 new, 0 duplicates, 1 invalid row: row 3, phase “Irgendwann” unknown');
    expect(lines[1]).toMatch(/^Row 3: phase “Irgendwann” does not exist in this workshop/);
    expect(lines.at(-1)).toMatch(/^workshop\.tpcube was not changed/);
    expect((await fs.readFile(target)).equals(before)).toBe(true);
  });

  it('rejects a hostile not-a-zip .xlsx with one clear line on stderr, file unchanged', async () => {
    const before = await fs.readFile(target);
    const bad = path.join(dir, 'liste.xlsx');
    await fs.writeFile(bad, 'Titel;Phase\nthis is not a workbook\n'.repeat(50));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const code = await main(['import', bad, '--into', target, '--lang', 'en']);
      expect(code).not.toBe(0);
      const written = err.mock.calls.map((c) => String(c[0])).join('');
      expect(written.trim().split('\n')).toHaveLength(1);
      expect(written).toMatch(/^error: The file is called \.xlsx but is not an Excel workbook/);
      expect(out).not.toHaveBeenCalled();
    } finally {
      err.mockRestore();
      out.mockRestore();
    }
    expect((await fs.readFile(target)).equals(before)).toBe(true);
  });

  it('refuses a workshop that is open elsewhere (its lock held by a live process)', async () => {
    const before = await fs.readFile(target);
    const csv = await writeCsv('liste.csv', ['Titel', 'Neu']);
    // a lock held by another live process (the parent of this test runner)
    await fs.writeFile(`${target}.lock`, JSON.stringify({ pid: process.ppid, host: os.hostname(), since: new Date().toISOString() }));
    await expect(run([csv, '--into', target])).rejects.toMatchObject({ appError: { code: 'error.file.locked' } });
    expect((await fs.readFile(target)).equals(before)).toBe(true);
    expect(await acquireLock(path.join(dir, 'other.tpcube'))).not.toBeNull(); // sanity: locking works here
  });

  it('asks for the missing --into', async () => {
    const csv = await writeCsv('liste.csv', ['Titel', 'Neu']);
    await expect(run([csv])).rejects.toMatchObject({ appError: { code: 'cli.missingArgument' } });
  });
});
