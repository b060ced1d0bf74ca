/**
 * Migrations of the workshop file. Every change of the format bumps SCHEMA_VERSION
 * and adds one step here, plus a fixture of the old version in test/fixtures/ that
 * the migration test opens (R7: every version opens in every later version).
 */
import { DomainError } from '../result';
import { SCHEMA_VERSION, Workshop, referentialProblems } from './schema';

export interface Migration {
  /** version this step reads */
  from: number;
  /** pure: old document (already at `from`) → document at `from + 1` */
  up: (doc: Record<string, unknown>) => Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * 1 → 2: running the room moves out of the agenda into `run` (undo carries it over whole),
 * and `anonRatings` becomes required (`{}` when absent), so a build from before room mode
 * refuses a file with anonymous ratings instead of dropping them on its next save (ADR 0004).
 */
export const runOutOfAgenda: Migration = {
  from: 1,
  up: (doc) => {
    const out: Record<string, unknown> = { ...doc, anonRatings: doc.anonRatings ?? {} };
    if (isObject(doc.agenda)) {
      const { currentStepId, timer, actualMs, ...agenda } = doc.agenda;
      out.agenda = agenda;
      out.run = { currentStepId, timer, actualMs };
    }
    return out;
  },
};

/** One step per version: `from` is exactly 1 … SCHEMA_VERSION − 1 (migrations.test.ts). */
export const MIGRATIONS: readonly Migration[] = [runOutOfAgenda];

export function migrate(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new DomainError('error.file.notWorkshop');
  let doc = raw as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new DomainError('error.file.notWorkshop');
  if (version > target) throw new DomainError('error.file.tooNew', { version, supported: target });
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new DomainError('error.file.noMigration', { version: v });
    doc = { ...step.up(doc), schemaVersion: v + 1 };
  }
  return doc;
}

/** Parse the text of a `.tpcube` file into a valid current document, or throw a DomainError. */
export function parseWorkshopText(text: string): Workshop {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DomainError('error.file.corrupt');
  }
  return validateWorkshop(migrate(raw));
}

export function validateWorkshop(doc: unknown): Workshop {
  const parsed = Workshop.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError('error.file.invalid', { where: issue ? issue.path.join('.') || '/' : '/', what: issue?.message ?? '' });
  }
  const problems = referentialProblems(parsed.data);
  if (problems.length > 0) throw new DomainError('error.file.invalid', { where: problems[0] ?? '', what: `${problems.length}` });
  return parsed.data;
}

export function serializeWorkshop(w: Workshop): string {
  return JSON.stringify(w, null, 1);
}
