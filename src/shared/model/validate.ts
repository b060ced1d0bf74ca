/**
 * Is the document after a change still one the app opens? The session asks this after every
 * command, undo and redo (session.ts), so a bug in a command becomes a message, never a file
 * that is quarantined on the next open.
 *
 * A full Workshop.safeParse of a 2,000-touchpoint workshop costs tens of milliseconds, too
 * much for every keystroke. Commands are pure and share what they do not change, so when the
 * document before is known valid, only what is new needs checking: a top-level part that is
 * the same object as before is valid; in a list or map only new or replaced items are
 * parsed, plus the list's bounds. The item schemas and bounds come from the same tables
 * (LISTS, MAPS) the Workshop schema is built from. Cross-record rules (referentialProblems)
 * are cheap and always run in full.
 */
import { LISTS, MAPS, Workshop, referentialProblems } from './schema';

export interface Invalid {
  /** where the first problem is, e.g. "touchpoints.12.order" */
  where: string;
  what: string;
}

function firstIssue(r: { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }, prefix: string): Invalid | null {
  if (r.success) return null;
  const issue = r.error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter((p) => p !== '').join('.');
  return { where: path || '/', what: issue?.message ?? '' };
}

/** Full check: schema, then cross-record rules. */
export function validateFull(doc: unknown): Invalid | null {
  const parsed = Workshop.safeParse(doc);
  const issue = firstIssue(parsed, '');
  if (issue) return issue;
  const problems = referentialProblems(doc as Workshop);
  return problems.length > 0 ? { where: problems[0] ?? '', what: `${problems.length}` } : null;
}

const own = (o: object, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined);
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkList(key: keyof typeof LISTS, before: unknown, after: unknown): Invalid | null {
  const { item, min, max } = LISTS[key];
  if (!Array.isArray(after)) return { where: key, what: 'not a list' };
  if (after.length < min || after.length > max) return { where: key, what: `${after.length} items, allowed ${min}…${max}` };
  const known = new Set(Array.isArray(before) ? before : []);
  for (let i = 0; i < after.length; i++) {
    if (known.has(after[i])) continue;
    const issue = firstIssue(item.safeParse(after[i]), `${key}.${i}`);
    if (issue) return issue;
  }
  return null;
}

function checkMap(key: keyof typeof MAPS, before: unknown, after: unknown): Invalid | null {
  if (!isPlain(after)) return { where: key, what: 'not a map' };
  const prev = isPlain(before) ? before : {};
  // one entry at a time, against the same schema the Workshop uses for the whole map
  const entry = Workshop.shape[key];
  for (const k of Object.keys(after)) {
    const v = after[k];
    if (own(prev, k) === v && v !== undefined) continue;
    const issue = firstIssue(entry.safeParse({ [k]: v }), key);
    if (issue) return issue;
  }
  return null;
}

/**
 * Problems of `after`, checking only what differs from `before`, which must be a valid
 * document (pass null when it is not known to be: then everything is checked).
 */
export function validateChange(before: Workshop | null, after: Workshop): Invalid | null {
  if (!before) return validateFull(after);
  if (!isPlain(after)) return { where: '/', what: 'not a workshop' };
  const shape = Workshop.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const a = own(after, key);
    const b = own(before, key);
    if (a === b) continue;
    const issue =
      key in LISTS
        ? checkList(key as keyof typeof LISTS, b, a)
        : key in MAPS
          ? checkMap(key as keyof typeof MAPS, b, a)
          : firstIssue(shape[key].safeParse(a), key);
    if (issue) return issue;
  }
  const problems = referentialProblems(after);
  return problems.length > 0 ? { where: problems[0] ?? '', what: `${problems.length}` } : null;
}
