import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseWorkshopText } from '../../shared/model/migrations';
import { CliError, type CliCommand } from '../index';

/** Read and validate a workshop file: any problem is a DomainError with a catalogue key. */
export async function readWorkshopFile(file: string) {
  const p = path.resolve(file);
  let text: string;
  try {
    const st = await fs.stat(p);
    if (st.size > 50_000_000) throw new CliError({ code: 'error.file.tooLarge', params: { size: `${Math.round(st.size / 1e6)} MB` } });
    text = await fs.readFile(p, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError({ code: 'error.file.notFound', params: { file: path.basename(p) } });
  }
  return parseWorkshopText(text);
}

export const validateCommand: CliCommand = async (args, ctx) => {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new CliError({ code: 'cli.missingArgument', params: { what: '<file.tpcube>' } });
  const w = await readWorkshopFile(file);
  let ratings = 0;
  for (const row of Object.values(w.ratings)) ratings += Object.keys(row).length;
  ctx.out(JSON.stringify({ touchpoints: w.touchpoints.length, participants: w.participants.length, ratings, measures: w.measures.length }));
  return 0;
};
