import path from 'node:path';
import { exampleWorkshop } from '../../shared/example/bank';
import { serializeWorkshop } from '../../shared/model/migrations';
import { writeFileDurable } from '../../main/services/storage/durable';
import { CliError, type CliCommand } from '../index';

export const exampleCommand: CliCommand = async (args, ctx) => {
  const out = args.find((a) => !a.startsWith('--'));
  if (!out) throw new CliError({ code: 'cli.missingArgument', params: { what: '<out.tpcube>' } });
  const target = path.resolve(out);
  try {
    await writeFileDurable(target, serializeWorkshop(exampleWorkshop()));
  } catch (e) {
    const { storageError } = await import('../../main/services/storage/durable');
    throw new CliError(storageError(e));
  }
  ctx.out(target);
  return 0;
};
