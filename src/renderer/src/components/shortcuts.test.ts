import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMessageKey, translate } from '../../../shared/i18n/messages';
import { chordOf, chordsOverlap, type AnyKeyTable, type KeySpec } from '../lib/keys/keys';
import { chordParts, type SheetRow } from '../lib/keys/sheet';
import * as roomKeys from '../room/keys';
import * as boardKeys from '../views/board/keys';
import * as cubeKeys from '../views/cube/keys';
import * as votingKeys from '../views/priorities/keys';
import * as rateKeys from '../views/rate/keys';
import * as workspaceKeys from '../views/workspace/keys';
import { KEY_TABLES, SHORTCUTS } from './shortcuts';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** every key table a view's keys module exports */
function tablesOf(mod: Record<string, unknown>): [string, AnyKeyTable][] {
  return Object.entries(mod).filter((e): e is [string, AnyKeyTable] => typeof e[1] === 'object' && e[1] !== null && Array.isArray((e[1] as { bindings?: unknown }).bindings));
}
const MODULES = { roomKeys, boardKeys, cubeKeys, votingKeys, rateKeys, workspaceKeys };
const ALL = Object.values(MODULES).flatMap((m) => tablesOf(m as Record<string, unknown>));

/** what the sheet shows for a row, in one language: "Ctrl+Z / Ctrl+Y" */
const text = (parts: readonly string[], lang: 'de' | 'en') => parts.map((p) => (isMessageKey(p) ? translate(lang, p) : p)).join('+');

function rowShows(row: SheetRow, key: KeySpec, lang: 'de' | 'en'): boolean {
  const want = text(chordParts(key), lang);
  return row.keys.some((chord) => {
    const shown = text(chord, lang);
    const range = /^(\d) … (\d)$/.exec(shown);
    return shown === want || (!!range && /^\d$/.test(want) && want >= range[1]! && want <= range[2]!);
  });
}

describe('keyboard shortcuts as data', () => {
  it('puts every key table of every view on the sheet', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(9);
    for (const [name, table] of ALL) expect(KEY_TABLES, name).toContain(table);
  });

  it('shows every bound key on the sheet, in the row of its action, in both languages', () => {
    for (const [name, table] of ALL) {
      const group = SHORTCUTS.find((g) => g.title === table.title);
      expect(group, name).toBeDefined();
      for (const b of table.bindings) {
        const row = group!.rows.find((r) => r.what === b.label);
        expect(row, `${name} ${b.action}`).toBeDefined();
        for (const k of b.keys) {
          for (const lang of ['de', 'en'] as const) expect(rowShows(row!, k, lang), `${name} ${b.action} ${chordOf(k).key} (${lang})`).toBe(true);
        }
      }
    }
  });

  it('gives no key (with its modifiers) to two actions of one table', () => {
    for (const [name, table] of ALL) {
      const bs = table.bindings;
      for (let i = 0; i < bs.length; i++)
        for (let j = i + 1; j < bs.length; j++)
          for (const a of bs[i]!.keys)
            for (const b of bs[j]!.keys) expect(chordsOverlap(a, b), `${name}: ${bs[i]!.action} and ${bs[j]!.action} share ${chordOf(a).key}`).toBe(false);
    }
  });

  it('keeps the window keys that are always on (workspace, room) apart', () => {
    for (const a of workspaceKeys.WORKSPACE_KEYS.bindings)
      for (const b of roomKeys.ROOM_KEYS.bindings) for (const x of a.keys) for (const y of b.keys) expect(chordsOverlap(x, y), `${a.action} / ${b.action}`).toBe(false);
  });

  it('tells modifiers apart: Ctrl+Z undoes, Ctrl+Shift+Z redoes, Z alone zooms the board to a phase', () => {
    const undo = workspaceKeys.WORKSPACE_KEYS.bindings.find((b) => b.action === 'undo')!;
    const redo = workspaceKeys.WORKSPACE_KEYS.bindings.find((b) => b.action === 'redo')!;
    expect(undo.keys.some((u) => redo.keys.some((r) => chordsOverlap(u, r)))).toBe(false);
    expect(chordsOverlap({ key: 'z', mod: true }, 'z')).toBe(false);
    expect(chordsOverlap({ key: 'z', mod: true, shift: 'any' }, { key: 'z', mod: true, shift: true })).toBe(true);
  });

  it('leaves the keys of these views to their tables: no view compares key names itself', () => {
    const views = [
      'views/board/BoardView.svelte',
      'room/RoomLayer.svelte',
      'room/AudienceShell.svelte',
      'views/workspace/Workspace.svelte',
      'views/priorities/DotVoting.svelte',
      'views/cube/CubeView.svelte',
      'views/rate/Round.svelte',
      'views/rate/Grid.svelte',
    ];
    for (const v of views) {
      const src = fs.readFileSync(path.join(SRC, v), 'utf8');
      // key names as strings ('ArrowUp', 'Escape'), as object keys (ArrowLeft: …), compared (e.key === …), or a private isTextField
      expect(src, v).not.toMatch(/'(?:Arrow(?:Up|Down|Left|Right)|Enter|Escape|Tab|Delete|Backspace|PageUp|PageDown|Home|End|F\d+)'|\bArrow(?:Up|Down|Left|Right)\s*:|\.key\s*[!=]==|case '.'|function isTextField/);
    }
  });
});
