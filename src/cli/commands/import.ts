/**
 * npm run cli -- import <list.xlsx|csv> --into <file.tpcube> [--create-missing] [--lang de|en]
 *
 * Adds a client's touchpoint list to a workshop without the app: the list is read in an
 * isolated process (S5), columns are detected from the header row, the rows are planned
 * like the app's dry run, and the new touchpoints are written in one durable write.
 * All or nothing: when any row is invalid (unknown phase/face/department, bad values)
 * the summary and the first invalid rows are printed, the exit code is 1 and the
 * workshop file stays byte-identical. Duplicates are skipped, as in the app.
 * With --create-missing the departments and phases the list names but the workshop lacks
 * are created first (within LIMITS) and listed; the rest is as above.
 * A workshop that is open in the app (its `.lock` held by a live process) is not touched.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { applyCommands, cmd } from '../../shared/commands';
import { createMissing, docWithCreated, mappingWithCreated, type MissingCreation } from '../../shared/import/missing';
import { translate } from '../../shared/i18n/messages';
import { DEFAULT_IMPORT_LIMITS } from '../../shared/import/limits';
import { detectColumns, locateHeader } from '../../shared/import/headers';
import { planImport } from '../../shared/import/plan';
import { planSummary } from '../../shared/import/summary';
import { serializeWorkshop } from '../../shared/model/migrations';
import { parseInIsolation } from '../../main/services/import';
import { acquireLock } from '../../main/services/storage/lock';
import { storageError, writeFileDurable } from '../../main/services/storage/durable';
import { CliError, optionValue, type CliCommand } from '../index';
import { readWorkshopFile } from './validate';

const VALUE_OPTIONS = ['--into', '--lang'];
/** invalid rows printed before "… and N more" */
const SHOWN_INVALID = 10;

async function readList(file: string): Promise<Uint8Array> {
  const p = path.resolve(file);
  let size: number;
  try {
    size = (await fs.stat(p)).size;
  } catch {
    throw new CliError({ code: 'error.file.notFound', params: { file: path.basename(p) } });
  }
  const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
  // never pull a huge file into this process: the isolated parser would refuse it anyway
  if (size > DEFAULT_IMPORT_LIMITS.maxFileBytes) throw new CliError({ code: 'import.file.tooLarge', params: { sizeMb: mb(size), maxMb: mb(DEFAULT_IMPORT_LIMITS.maxFileBytes) } });
  return new Uint8Array(await fs.readFile(p));
}

export const importCommand: CliCommand = async (args, ctx) => {
  const list = args.find((a, i) => !a.startsWith('--') && !VALUE_OPTIONS.includes(args[i - 1] ?? ''));
  if (!list) throw new CliError({ code: 'cli.missingArgument', params: { what: '<list.xlsx|csv>' } });
  const into = optionValue(args, '--into');
  if (!into || into.startsWith('--')) throw new CliError({ code: 'cli.missingArgument', params: { what: '--into <file.tpcube>' } });
  const say = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => ctx.out(translate(ctx.lang, key, params));

  const parsed = await parseInIsolation(await readList(list), path.basename(list));
  if (!parsed.ok) throw new CliError(parsed.error);
  const table = locateHeader(parsed.value); // a title block above the headers is skipped
  const mapping = detectColumns(table.headers);
  if (!mapping.hasTitle) throw new CliError({ code: 'import.mapping.noTitle' });

  const target = path.resolve(into);
  await readWorkshopFile(target); // a clear "not found" / "not a workshop" before taking the lock
  const lock = await acquireLock(target);
  if (!lock) throw new CliError({ code: 'error.file.locked', params: { file: path.basename(target) } });
  try {
    const doc = await readWorkshopFile(target); // read under the lock: nobody writes in between
    const first = planImport(doc, table.rows, mapping, { firstRow: table.firstRow });
    const unknown = first.unknownValues;
    const creation: MissingCreation = createMissing(doc, args.includes('--create-missing') ? unknown : {});
    const plan = creation.commands.length > 0 ? planImport(docWithCreated(doc, creation), table.rows, mappingWithCreated(doc, table.rows, mapping, creation), { firstRow: table.firstRow }) : first;
    ctx.out(planSummary(ctx.lang, plan));
    if (plan.invalid.length > 0) {
      for (const { reason } of plan.invalid.slice(0, SHOWN_INVALID)) say(reason.code, reason.params);
      if (plan.invalid.length > SHOWN_INVALID) say('import.cli.moreInvalid', { count: plan.invalid.length - SHOWN_INVALID });
      if (!args.includes('--create-missing') && (unknown.phase.length > 0 || unknown.department.length > 0)) say('import.cli.createHint');
      say('import.cli.unchanged', { file: path.basename(target) });
      return 1;
    }
    if (plan.newTouchpoints.length === 0) {
      say('import.plan.nothing');
      return 0;
    }
    const { department, phase } = creation.created;
    if (department.length > 0) say('import.cli.createdDepartments', { count: department.length, names: department.join(', ') });
    if (phase.length > 0) say('import.cli.createdPhases', { count: phase.length, names: phase.join(', ') });
    const next = applyCommands(doc, [...creation.commands, cmd('touchpoint.import', { touchpoints: plan.newTouchpoints })]);
    try {
      await writeFileDurable(target, serializeWorkshop(next));
    } catch (e) {
      throw new CliError(storageError(e));
    }
    say('import.cli.imported', { count: plan.newTouchpoints.length, file: path.basename(target) });
    return 0;
  } finally {
    await lock.release();
  }
};
