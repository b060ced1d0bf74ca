/**
 * Import mappings remembered for the next file with the same headers (pure; issue 15 item 8).
 * A client sends the same list again and again: the columns the facilitator mapped, and the
 * unknown values they resolved ("Vertrieb" → the department "Sales"), are kept under the set
 * of the file's normalised headers and preselected next time.
 *
 * Everything is stored by name, never by position or object key: a column by its normalised
 * header (so reordered columns still fit), a value by its match key, a target by id and name
 * (so it fits another workshop with a department of that name). What no longer fits — a
 * header that is gone, a department that was removed — falls back silently to automatic.
 */
import { z } from 'zod';
import type { Workshop } from '../model/schema';
import { IMPORT_FIELDS, type ImportField } from './headers';
import { matchKey } from './values';

/** how many header sets are remembered (the newest first) */
export const REMEMBER_MAX = 20;
/** select values of the dialog for "none" and "create" (ImportDialog uses the same) */
export const NONE = ':none';
export const CREATE = ':create';

export type ValueKind = 'phase' | 'face' | 'department';

const Text = z.string().max(300);

export const RememberedTarget = z.union([
  z.object({ id: z.string().max(60), name: Text }).strict(),
  z.literal('none'),
  z.literal('create'),
]);
export type RememberedTarget = z.infer<typeof RememberedTarget>;

export const RememberedImport = z
  .object({
    /** headerSetKey() of the file's header row */
    key: z.string().max(20_000),
    /** field → normalised header of its column, or null for "not imported" */
    columns: z.array(z.object({ field: z.enum(IMPORT_FIELDS), header: Text.nullable() }).strict()).max(IMPORT_FIELDS.length),
    /** an unknown value's match key → what the user chose for it */
    values: z.array(z.object({ kind: z.enum(['phase', 'face', 'department']), value: Text, target: RememberedTarget }).strict()).max(500),
  })
  .strict();
export type RememberedImport = z.infer<typeof RememberedImport>;

/** The set of normalised headers, order and repeats aside: the same list exported again has the same key. */
export function headerSetKey(headers: readonly string[]): string {
  return [...new Set(headers.map((h) => matchKey(String(h ?? ''))).filter((k) => k !== ''))].sort().join('\n');
}

/** The columns as the dialog holds them: field → column index, -1 = not imported. */
export type DialogColumns = Record<ImportField, number>;

function targetsOf(doc: Workshop, kind: ValueKind): { id: string; name: string }[] {
  if (kind === 'phase') return doc.phases;
  if (kind === 'face') return doc.faces;
  return doc.departments;
}

/**
 * What to remember of a finished or cancelled dialog: the columns that differ from the
 * automatic mapping, and every value choice made. null when all is automatic (nothing to keep).
 */
export function toRemember(
  doc: Workshop,
  headers: readonly string[],
  columns: DialogColumns,
  automatic: DialogColumns,
  choices: Iterable<{ kind: ValueKind; value: string; choice: string }>,
): RememberedImport | null {
  const cols: RememberedImport['columns'] = [];
  for (const field of IMPORT_FIELDS) {
    const col = columns[field];
    if (col === automatic[field]) continue;
    const header = col >= 0 ? matchKey(headers[col] ?? '') : null;
    if (header === '') continue; // a column without a header cannot be found again
    cols.push({ field, header });
  }
  const values: RememberedImport['values'] = [];
  for (const { kind, value, choice } of choices) {
    const key = matchKey(value);
    if (!choice || !key) continue;
    if (choice === NONE) values.push({ kind, value: key, target: 'none' });
    else if (choice === CREATE) values.push({ kind, value: key, target: 'create' });
    else {
      const t = targetsOf(doc, kind).find((o) => o.id === choice);
      if (t) values.push({ kind, value: key, target: { id: t.id, name: t.name.slice(0, 300) } });
    }
  }
  if (cols.length === 0 && values.length === 0) return null;
  return { key: headerSetKey(headers), columns: cols, values: values.slice(0, 500) };
}

/**
 * Apply a remembered mapping to a new file: columns found by header (else automatic), value
 * choices for the given unknown values whose target still fits (else none is made).
 * `applied` says whether anything differs from automatic (the dialog says so then).
 */
export function recall(
  entry: RememberedImport,
  doc: Workshop,
  headers: readonly string[],
  automatic: DialogColumns,
): { columns: DialogColumns; applied: boolean; choose: (kind: ValueKind, value: string) => string | null } {
  const keys = headers.map((h) => matchKey(String(h ?? '')));
  const columns = { ...automatic };
  let applied = false;
  for (const { field, header } of entry.columns) {
    const col = header === null ? -1 : keys.indexOf(header);
    if (header !== null && col < 0) continue; // that header is gone: automatic
    if (columns[field] !== col) applied = true;
    columns[field] = col;
  }
  const byValue = new Map<string, RememberedTarget>(entry.values.map((v) => [`${v.kind}\n${v.value}`, v.target]));
  const choose = (kind: ValueKind, value: string): string | null => {
    const target = byValue.get(`${kind}\n${matchKey(value)}`);
    if (!target) return null;
    if (target === 'none') return kind === 'phase' ? null : NONE;
    if (target === 'create') return kind === 'face' ? null : CREATE;
    const options = targetsOf(doc, kind);
    const hit = options.find((o) => o.id === target.id) ?? options.find((o) => matchKey(o.name) === matchKey(target.name));
    return hit ? hit.id : null;
  };
  return { columns, applied, choose };
}

/** Put `entry` first, drop an older one of its key, keep at most REMEMBER_MAX. */
export function withRemembered(list: readonly RememberedImport[], entry: RememberedImport): RememberedImport[] {
  return [entry, ...list.filter((e) => e.key !== entry.key)].slice(0, REMEMBER_MAX);
}
