/**
 * The shortcut sheet ('?') as data, generated from the views' key tables: one group per
 * table title, one row per label, the row's keys as the sheet shows them. Key names that
 * differ by language are catalogue keys (room.key.*).
 */
import type { MessageKey } from '../../../../shared/i18n/messages';
import { chordOf, type AnyKeyTable, type KeySpec } from './keys';

/** one part of a key on the sheet: a catalogue key (room.key.*) or literal text */
export type KeyPart = MessageKey | string;

export interface SheetRow {
  what: MessageKey;
  /** the keys that do it: alternatives, each the parts of one chord (Ctrl + Z) */
  keys: KeyPart[][];
}

export interface SheetGroup {
  title: MessageKey;
  rows: SheetRow[];
}

const NAMES: Record<string, KeyPart> = {
  Enter: 'room.key.enter',
  Tab: 'room.key.tab',
  Delete: 'room.key.delete',
  Backspace: 'room.key.backspace',
  PageDown: 'room.key.pageDown',
  PageUp: 'room.key.pageUp',
  Home: 'room.key.home',
  End: 'room.key.end',
  Escape: 'Esc',
  ' ': 'room.key.space',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  // the number pad's names (older engines) and the ASCII hyphen are shown as the signs on the key
  Add: '+',
  Subtract: '−',
  '-': '−',
};

/** How one chord is written on the sheet: modifiers that must be held, then the key. */
export function chordParts(spec: KeySpec): KeyPart[] {
  const c = chordOf(spec);
  const parts: KeyPart[] = [];
  if (c.mod === true) parts.push('room.key.ctrl');
  if (c.shift === true) parts.push('room.key.shift');
  if (c.alt === true) parts.push('room.key.alt');
  parts.push(NAMES[c.key] ?? (c.key.length === 1 ? c.key.toLocaleUpperCase('en') : c.key));
  return parts;
}

const same = (a: readonly KeyPart[], b: readonly KeyPart[]) => a.length === b.length && a.every((p, i) => p === b[i]);
const DIGIT = /^[0-9]$/;

/** Three or more consecutive digits read better as a range: 1 … 5. */
function compress(keys: KeyPart[][]): KeyPart[][] {
  const out: KeyPart[][] = [];
  for (let i = 0; i < keys.length; ) {
    let j = i;
    while (j + 1 < keys.length && keys[j]!.length === 1 && keys[j + 1]!.length === 1 && DIGIT.test(keys[j]![0]!) && Number(keys[j + 1]![0]) === Number(keys[j]![0]) + 1) j++;
    if (j - i >= 2) {
      out.push([`${keys[i]![0]} … ${keys[j]![0]}`]);
      i = j + 1;
    } else {
      out.push(keys[i]!);
      i++;
    }
  }
  return out;
}

/** Keys alone before the ones with a modifier (+ / − / Ctrl + +), otherwise in table order. */
function plainFirst(keys: KeyPart[][]): KeyPart[][] {
  return [...keys.filter((k) => k.length === 1), ...keys.filter((k) => k.length > 1)];
}

export function sheetOf(tables: readonly AnyKeyTable[]): SheetGroup[] {
  const groups: { title: MessageKey; rows: { what: MessageKey; keys: KeyPart[][] }[] }[] = [];
  for (const table of tables) {
    let group = groups.find((g) => g.title === table.title);
    if (!group) groups.push((group = { title: table.title, rows: [] }));
    for (const b of table.bindings) {
      let row = group.rows.find((r) => r.what === b.label);
      if (!row) group.rows.push((row = { what: b.label, keys: [] }));
      for (const k of b.keys) {
        const parts = chordParts(k);
        if (!row.keys.some((x) => same(x, parts))) row.keys.push(parts);
      }
    }
    for (const n of table.notes ?? []) group.rows.push({ what: n.label, keys: n.keys.map((k) => [k]) });
  }
  return groups.map((g) => ({ title: g.title, rows: g.rows.map((r) => ({ what: r.what, keys: compress(plainFirst(r.keys)) })) }));
}
