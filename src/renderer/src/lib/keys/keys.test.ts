import { describe, expect, it } from 'vitest';
import { chordMatches, dispatchKey, findBinding, type KeyEnv, type KeyTable } from './keys';
import { sheetOf } from './sheet';

const PLAIN: KeyEnv = { isTextField: () => false, dialogOpen: () => false };
const TYPING: KeyEnv = { isTextField: () => true, dialogOpen: () => false };
const DIALOG: KeyEnv = { isTextField: () => false, dialogOpen: () => true };

const TABLE = {
  title: 'room.shortcuts.board',
  skip: { textField: true },
  bindings: [
    { action: 'new', keys: ['n', 'N'], label: 'room.shortcuts.boardNew' },
    { action: 'all', keys: [{ key: 'a', mod: true }], label: 'room.shortcuts.boardSelectAll' },
    { action: 'close', keys: ['Escape'], label: 'room.shortcuts.boardEsc', when: (c: { open: boolean }) => c.open },
    { action: 'help', keys: ['?'], label: 'room.shortcuts.sheet', skip: { textField: false, dialog: true, handled: true } },
    { action: 'level', keys: ['1', '2', '3', '4', '5'], label: 'room.shortcuts.rateLevels' },
  ],
} as const satisfies KeyTable<string, { open: boolean }>;

describe('key tables', () => {
  it('matches the key and the modifiers: Shift does not matter unless asked, Ctrl and Alt must be as written', () => {
    expect(chordMatches('n', { key: 'n' })).toBe(true);
    expect(chordMatches('N', { key: 'N', shiftKey: true })).toBe(true);
    expect(chordMatches('n', { key: 'n', ctrlKey: true })).toBe(false);
    expect(chordMatches('n', { key: 'n', altKey: true })).toBe(false);
    expect(chordMatches({ key: 'a', mod: true }, { key: 'a', metaKey: true })).toBe(true);
    expect(chordMatches({ key: 'a', mod: true }, { key: 'a' })).toBe(false);
    expect(chordMatches({ key: 'Tab', shift: false }, { key: 'Tab', shiftKey: true })).toBe(false);
  });

  it('finds the action, honours `when`, and leaves typing, dialogs and handled keys alone as the table says', () => {
    const open = { open: true };
    expect(findBinding(TABLE, { key: 'N' }, open, PLAIN)?.action).toBe('new');
    expect(findBinding(TABLE, { key: 'n' }, open, TYPING)).toBeNull();
    expect(findBinding(TABLE, { key: 'Escape' }, { open: false }, PLAIN)).toBeNull();
    expect(findBinding(TABLE, { key: 'Escape' }, open, PLAIN)?.action).toBe('close');
    expect(findBinding(TABLE, { key: '?' }, open, TYPING)?.action).toBe('help');
    expect(findBinding(TABLE, { key: '?' }, open, DIALOG)).toBeNull();
    expect(findBinding(TABLE, { key: '?', defaultPrevented: true }, open, PLAIN)).toBeNull();
    expect(findBinding(TABLE, { key: 'x' }, open, PLAIN)).toBeNull();
  });

  it('takes the key (preventDefault) only when it runs an action', () => {
    const ran: string[] = [];
    const handlers = { new: () => ran.push('new'), all: () => ran.push('all'), close: () => ran.push('close'), help: () => ran.push('help'), level: () => ran.push('level') };
    const press = (key: string) => {
      let prevented = false;
      const e = { key, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent;
      return { action: dispatchKey(TABLE, e, { open: true }, handlers, PLAIN), prevented };
    };
    expect(press('n')).toEqual({ action: 'new', prevented: true });
    expect(press('x')).toEqual({ action: null, prevented: false });
    expect(ran).toEqual(['new']);
  });

  it('writes the sheet: one row per label, modifiers spelled out, runs of digits as a range', () => {
    const [group] = sheetOf([TABLE]);
    expect(group!.title).toBe('room.shortcuts.board');
    const row = (what: string) => group!.rows.find((r) => r.what === what)!.keys;
    expect(row('room.shortcuts.boardNew')).toEqual([['N']]);
    expect(row('room.shortcuts.boardSelectAll')).toEqual([['room.key.ctrl', 'A']]);
    expect(row('room.shortcuts.boardEsc')).toEqual([['Esc']]);
    expect(row('room.shortcuts.rateLevels')).toEqual([['1 … 5']]);
  });
});
