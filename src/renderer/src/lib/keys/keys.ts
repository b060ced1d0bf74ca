/**
 * Keyboard shortcuts as data. Every view that takes keys declares a table: which action,
 * which keys (with their modifiers), the catalogue label the shortcut sheet ('?') shows, and
 * when it applies (Excalidraw's `keyTest` on its actions, as a table). The view dispatches
 * through `dispatchKey` and keeps only what the action does; the sheet is generated from the
 * same tables (components/shortcuts.ts), so a key cannot work without being listed.
 *
 * Pure apart from the default environment (focus in a text field, a dialog open), which is
 * a parameter so the tables are tested in Node.
 */
import type { MessageKey } from '../../../../shared/i18n/messages';

/** a modifier must be down (true), must be up (false), or does not matter ('any') */
export type Modifier = boolean | 'any';

export interface Chord {
  /** `KeyboardEvent.key`, exactly (list 'n' and 'N' when both cases count) */
  key: string;
  /** Ctrl, or ⌘ on a Mac; default false */
  mod?: Modifier;
  /** default 'any': Shift is needed to type '?' or '+' on many layouts */
  shift?: Modifier;
  /** default false */
  alt?: Modifier;
}

/** a key name alone is that key with the default modifiers */
export type KeySpec = string | Chord;

export interface KeySkip {
  /** the key was typed into a text field (input, textarea, select, contenteditable) */
  textField?: boolean;
  /** a modal dialog is open */
  dialog?: boolean;
  /** another handler already took the key (`defaultPrevented`) */
  handled?: boolean;
}

export interface KeyBinding<A extends string, C> {
  action: A;
  keys: readonly KeySpec[];
  /** what the shortcut does, on the sheet; bindings of one group with the same label share a row */
  label: MessageKey;
  /** the binding applies only when this holds (the key is left alone otherwise) */
  when?: (ctx: C) => boolean;
  /** overrides the table's `skip` for this binding */
  skip?: KeySkip;
}

export interface KeyTable<A extends string, C = undefined> {
  /** heading of the sheet group (tables with the same title share a group) */
  title: MessageKey;
  /** when keys are not for this table at all; default: none of these */
  skip?: KeySkip;
  /** the first binding whose key matches wins */
  bindings: readonly KeyBinding<A, C>[];
  /** rows for the sheet that no single key stands for (type-ahead letters), handled by the view */
  notes?: readonly { keys: readonly string[]; label: MessageKey }[];
}

/** any table, for lists of tables (the sheet, the tests): its context type is erased, dispatch stays typed */
export type AnyKeyTable = KeyTable<string, never>;

/** the parts of a KeyboardEvent the tables look at */
export interface KeyEventLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  defaultPrevented?: boolean;
  target?: EventTarget | null;
}

export interface KeyEnv {
  isTextField: (target: EventTarget | null | undefined) => boolean;
  dialogOpen: () => boolean;
}

/** Is the element one the user types into? Keys aimed at it are text, not shortcuts. */
export function isTextField(el: EventTarget | null | undefined): boolean {
  return typeof HTMLElement !== 'undefined' && el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export const DOM_ENV: KeyEnv = {
  isTextField,
  dialogOpen: () => typeof document !== 'undefined' && document.querySelector('dialog[open]') !== null,
};

export function chordOf(spec: KeySpec): Required<Chord> {
  const c = typeof spec === 'string' ? { key: spec } : spec;
  return { key: c.key, mod: c.mod ?? false, shift: c.shift ?? 'any', alt: c.alt ?? false };
}

function modifierOk(want: Modifier, down: boolean): boolean {
  return want === 'any' || want === down;
}

export function chordMatches(spec: KeySpec, e: KeyEventLike): boolean {
  const c = chordOf(spec);
  return c.key === e.key && modifierOk(c.mod, !!(e.ctrlKey || e.metaKey)) && modifierOk(c.shift, !!e.shiftKey) && modifierOk(c.alt, !!e.altKey);
}

/** Could one key press match both chords? (the same key, and no modifier that one needs down and the other up) */
export function chordsOverlap(a: KeySpec, b: KeySpec): boolean {
  const x = chordOf(a);
  const y = chordOf(b);
  const meet = (p: Modifier, q: Modifier) => p === 'any' || q === 'any' || p === q;
  return x.key === y.key && meet(x.mod, y.mod) && meet(x.shift, y.shift) && meet(x.alt, y.alt);
}

/** The binding a key press triggers in a table, or null when the key is not the table's. */
export function findBinding<A extends string, C>(table: KeyTable<A, C>, e: KeyEventLike, ctx: C, env: KeyEnv = DOM_ENV): KeyBinding<A, C> | null {
  for (const b of table.bindings) {
    if (!b.keys.some((k) => chordMatches(k, e))) continue;
    const skip = { ...table.skip, ...b.skip };
    if (skip.handled && e.defaultPrevented) continue;
    if (skip.textField && env.isTextField(e.target)) continue;
    if (skip.dialog && env.dialogOpen()) continue;
    if (b.when && !b.when(ctx)) continue;
    return b;
  }
  return null;
}

export type KeyHandlers<A extends string> = { readonly [K in A]: (e: KeyboardEvent) => void };

/**
 * Run the action a key press triggers: the key is then taken (`preventDefault`). Returns the
 * action, or null when the table has nothing for the key (it is left to others).
 */
export function dispatchKey<A extends string, C>(table: KeyTable<A, C>, e: KeyboardEvent, ctx: C, run: KeyHandlers<A>, env: KeyEnv = DOM_ENV): A | null {
  const b = findBinding(table, e, ctx, env);
  if (!b) return null;
  e.preventDefault();
  run[b.action](e);
  return b.action;
}
