/** Reactive UI language. Every user-visible text goes through `t()` and the catalogue. */
import { keyLabel } from '../../../shared/i18n/keys';
import { translate, type MessageKey, type Params } from '../../../shared/i18n/messages';
import type { Language } from '../../../shared/model/schema';
import type { AppError } from '../../../shared/result';

class I18n {
  lang = $state<Language>('de');
}

export const i18n = new I18n();

export function t(key: MessageKey, params?: Params): string {
  return translate(i18n.lang, key, params);
}

/** A shortcut as the keyboard shows it: "Strg+Z", "Ctrl+Z", "⌘Z" (shared/i18n/keys.ts). */
export function keyText(combo: string): string {
  return keyLabel(i18n.lang, combo);
}

export function errorText(e: AppError): string {
  return translate(i18n.lang, e.code, e.params);
}

export function formatDate(iso: string): string {
  if (!iso) return '';
  // a throwaway value for formatting, not reactive state
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(i18n.lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: iso.length > 10 ? 'short' : undefined });
}
