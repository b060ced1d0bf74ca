/**
 * Key labels as the reader's keyboard shows them: "Strg+Z" in German, "Ctrl+Z" in English,
 * "⌘Z" on macOS. Catalogue texts write `{key:mod+Z}` and translate() fills in the label, so
 * no message hard-codes "Ctrl". `mod` is the platform's command modifier (Ctrl, or ⌘ on a Mac).
 */
import type { Language } from '../model/schema';

export type KeyPlatform = 'mac' | 'other';

let override: KeyPlatform | undefined;

function detect(): KeyPlatform {
  const nav = (globalThis as { navigator?: { platform?: string; userAgent?: string } }).navigator;
  const hint = nav?.platform || nav?.userAgent || (globalThis as { process?: { platform?: string } }).process?.platform || '';
  return /mac|darwin|iphone|ipad/i.test(hint) ? 'mac' : 'other';
}

/** Set the platform (Node's process.platform or AppInfo.platform); undefined = detect again. */
export function setKeyPlatform(platform: string | undefined): void {
  override = platform === undefined ? undefined : /darwin|mac/i.test(platform) ? 'mac' : 'other';
}

export function keyPlatform(): KeyPlatform {
  return override ?? detect();
}

const WORDS: Record<Language, Record<'mod' | 'shift' | 'alt', string>> = {
  de: { mod: 'Strg', shift: 'Umschalt', alt: 'Alt' },
  en: { mod: 'Ctrl', shift: 'Shift', alt: 'Alt' },
};
/** macOS order and symbols: ⌃ ⌥ ⇧ ⌘, then the key, without separators */
const MAC: Record<'mod' | 'shift' | 'alt', string> = { alt: '⌥', shift: '⇧', mod: '⌘' };
const MAC_ORDER = ['alt', 'shift', 'mod'] as const;

/** "mod+shift+Z" → "Strg+Umschalt+Z" / "Ctrl+Shift+Z" / "⇧⌘Z". */
export function keyLabel(lang: Language, combo: string, platform: KeyPlatform = keyPlatform()): string {
  const parts = combo.split('+');
  // "mod" alone is the modifier's own label (a key cap on the shortcut sheet)
  const key = parts.length > 0 && !isModifier(parts[parts.length - 1]!) ? parts.pop()! : '';
  const mods = parts.map((p) => p.toLowerCase()).filter((p): p is 'mod' | 'shift' | 'alt' => p === 'mod' || p === 'shift' || p === 'alt');
  if (platform === 'mac') return `${MAC_ORDER.filter((m) => mods.includes(m)).map((m) => MAC[m]).join('')}${key}`;
  return [...mods.map((m) => WORDS[lang][m]), ...(key ? [key] : [])].join('+');
}

function isModifier(p: string): boolean {
  return /^(mod|shift|alt)$/i.test(p);
}

const TOKEN = /\{key:([\w+]+)\}/g;

/** Replace every `{key:…}` token in a message. */
export function resolveKeys(lang: Language, template: string): string {
  return template.includes('{key:') ? template.replace(TOKEN, (_, combo: string) => keyLabel(lang, combo)) : template;
}
