/**
 * Headless commands on the same services as the app (no Electron):
 *   npm run cli -- example <out.tpcube>
 *   npm run cli -- validate <file.tpcube>
 * Each prints one line; errors are one clear line on stderr and a non-zero exit.
 * Further commands register in COMMANDS (see src/cli/commands/).
 */
import { translate } from '../shared/i18n/messages';
import { isMessageKey } from '../shared/i18n/messages';
import type { AppError } from '../shared/result';
import { exampleCommand } from './commands/example';
import { validateCommand } from './commands/validate';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';

export interface CliContext {
  lang: 'de' | 'en';
  out: (line: string) => void;
}

/** A CLI command: resolves with the exit code, or rejects with an AppError-like value. */
export type CliCommand = (args: string[], ctx: CliContext) => Promise<number>;

export const COMMANDS: Record<string, { usage: string; run: CliCommand }> = {
  example: { usage: 'example <out.tpcube>', run: exampleCommand },
  validate: { usage: 'validate <file.tpcube>', run: validateCommand },
  export: { usage: 'export <file.tpcube> --out <file.xlsx> [--lang de|en] [--png <dir>]', run: exportCommand },
  import: { usage: 'import <list.xlsx|csv> --into <file.tpcube> [--create-missing] [--lang de|en]   (all or nothing: any invalid row → exit 1, file unchanged)', run: importCommand },
};

export class CliError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.code);
  }
}

function usage(): string {
  return `usage: npm run cli -- <command>\n${Object.values(COMMANDS)
    .map((c) => `  ${c.usage}`)
    .join('\n')}`;
}

export function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(argv: string[]): Promise<number> {
  const langArg = optionValue(argv, '--lang');
  const lang: 'de' | 'en' = langArg === 'de' ? 'de' : langArg === 'en' ? 'en' : (process.env['LANG'] ?? '').startsWith('de') ? 'de' : 'en';
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  try {
    return await command.run(rest, { lang, out: (l) => process.stdout.write(`${l}\n`) });
  } catch (e) {
    const err: AppError =
      e instanceof CliError
        ? e.appError
        : typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' && isMessageKey(e.code)
          ? { code: e.code, params: (e as { params?: Record<string, string | number> }).params }
          : { code: 'error.unexpected', detail: e instanceof Error ? e.message : String(e) };
    process.stderr.write(`error: ${translate(lang, err.code, err.params)}\n`);
    return 1;
  }
}

const entry = process.argv[1] ?? '';
if (/[\\/]cli[\\/]index\.(ts|js|mjs)$/.test(entry)) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
