/**
 * npm run cli -- export <file.tpcube> --out <file.xlsx> [--lang de|en] [--png <dir>]
 * The handoff without the app: the Excel workbook and/or the pictures (board.png,
 * cube-net.png, cube-3d.png). Language: --lang, else the workshop's own language.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { translate } from '../../shared/i18n/messages';
import { exportError, exportPicturesToFolder, exportWorkbookToFile } from '../../main/services/export';
import { CliError, optionValue, type CliCommand } from '../index';
import { readWorkshopFile } from './validate';

const VALUE_OPTIONS = ['--out', '--png', '--lang'];

export const exportCommand: CliCommand = async (args, ctx) => {
  const file = args.find((a, i) => !a.startsWith('--') && !VALUE_OPTIONS.includes(args[i - 1] ?? ''));
  if (!file) throw new CliError({ code: 'cli.missingArgument', params: { what: '<file.tpcube>' } });
  const out = optionValue(args, '--out');
  const png = optionValue(args, '--png');
  for (const [name, value] of [['--out', out], ['--png', png]] as const) {
    if (args.includes(name) && (!value || value.startsWith('--'))) throw new CliError({ code: 'cli.missingArgument', params: { what: `${name} <${name === '--out' ? 'file.xlsx' : 'dir'}>` } });
  }
  if (!out && !png) throw new CliError({ code: 'cli.missingArgument', params: { what: '--out <file.xlsx> | --png <dir>' } });
  const langArg = optionValue(args, '--lang');
  if (args.includes('--lang') && langArg !== 'de' && langArg !== 'en') throw new CliError({ code: 'export.error.badOption', params: { option: '--lang', value: langArg ?? '' } });

  const doc = await readWorkshopFile(file);
  const lang = langArg === 'de' || langArg === 'en' ? langArg : doc.meta.language;
  const say = (f: string) => ctx.out(translate(ctx.lang, 'export.cli.wrote', { file: f }));
  try {
    if (out) say(await exportWorkbookToFile(doc, out, { lang, now: new Date() }));
    if (png) {
      const dir = path.resolve(png);
      await fs.mkdir(dir, { recursive: true }).catch((e: unknown) => {
        throw new CliError(exportError(e, path.join(dir, 'board.png')));
      });
      for (const f of await exportPicturesToFolder(doc, dir, lang)) say(f);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    if (e && typeof e === 'object' && 'appError' in e) throw new CliError((e as { appError: CliError['appError'] }).appError);
    throw e;
  }
  return 0;
};
