import { z } from 'zod';
import { DomainError } from '../result';
import type { MessageKey } from '../i18n/messages';
import { LIMITS } from '../model/limits';

/** A position in a list a command inserts or moves to (clamped to the list by insertAt / moveTo). */
export const ListIndex = z.number().int().min(0).max(LIMITS.touchpoints);

/** Refuse an add that would take a list past its cap (LIMITS), with the cap in the message. */
export function requireRoom(current: number, adding: number, max: number, key: MessageKey): void {
  if (current + adding > max) throw new DomainError(key, { max });
}

export function requireItem<T extends { id: string }>(items: readonly T[], id: string, what: MessageKey): T {
  const item = items.find((i) => i.id === id);
  if (!item) throw new DomainError('error.command.notFound', { what, id });
  return item;
}

export function requireNewId(items: readonly { id: string }[], id: string): void {
  if (items.some((i) => i.id === id)) throw new DomainError('rule.id.taken', { id });
}

export function updateById<T extends { id: string }>(items: readonly T[], id: string, fn: (item: T) => T): T[] {
  let found = false;
  const out = items.map((i) => {
    if (i.id !== id) return i;
    found = true;
    return fn(i);
  });
  if (!found) throw new DomainError('error.command.notFound', { what: 'entity', id });
  return out;
}

export function insertAt<T>(items: readonly T[], item: T, index: number | undefined): T[] {
  const out = items.slice();
  const i = index === undefined ? out.length : Math.max(0, Math.min(out.length, index));
  out.splice(i, 0, item);
  return out;
}

export function moveTo<T>(items: readonly T[], from: number, to: number): T[] {
  const out = items.slice();
  const [item] = out.splice(from, 1);
  if (item === undefined) return out;
  out.splice(Math.max(0, Math.min(out.length, to)), 0, item);
  return out;
}

/** Copy of a record without the given keys. Records are keyed by validated ids. */
export function omitKeys<V>(rec: Readonly<Record<string, V>>, keys: Iterable<string>): Record<string, V> {
  const drop = new Set(keys);
  const out: Record<string, V> = {};
  for (const [k, v] of Object.entries(rec)) if (!drop.has(k)) out[k] = v;
  return out;
}

/** Remove one column (e.g. a participant) from a touchpoint × participant matrix. */
export function omitColumn<V>(m: Readonly<Record<string, Record<string, V>>>, column: string): Record<string, Record<string, V>> {
  const out: Record<string, Record<string, V>> = {};
  for (const [row, cells] of Object.entries(m)) {
    if (!(column in cells)) {
      out[row] = cells;
      continue;
    }
    const rest = omitKeys(cells, [column]);
    if (Object.keys(rest).length > 0) out[row] = rest;
  }
  return out;
}

/** Drop undefined values of a patch so `{...item, ...clean(patch)}` never erases a field. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
