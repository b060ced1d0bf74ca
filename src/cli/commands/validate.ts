import path from 'node:path';
import { parseWorkshopText } from '../../shared/model/migrations';
import { DomainError } from '../../shared/result';
import { readWorkshopText } from '../../main/services/storage/readWorkshop';
import { CliError, type CliCommand } from '../index';

/** Read and validate a workshop file as the app does (size cap, BOM, UTF-16): any problem is a DomainError with a catalogue key. */
export async function readWorkshopFile(file: string) {
  const p = path.resolve(file);
  let text: string;
  try {
    text = (await readWorkshopText(p)).text;
  } catch (e) {
    if (e instanceof DomainError) throw new CliError(e.params ? { code: e.code, params: e.params } : { code: e.code });
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
