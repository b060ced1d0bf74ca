/**
 * The phone's words: the phone area of the shared catalogue plus the level names, so the
 * phone says "delighting" exactly like the app. Only these two areas go into the bundle.
 */
import { model } from '../../shared/i18n/catalog/model';
import { phoneMessages } from '../../shared/i18n/catalog/phone';

export type Lang = 'de' | 'en';
type PhoneKey = keyof (typeof phoneMessages)['en'];
type LevelKey = 'level.-2' | 'level.-1' | 'level.0' | 'level.1' | 'level.2';
export type Key = PhoneKey | LevelKey;

export function t(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const area = key.startsWith('level.') ? model[lang] : phoneMessages[lang];
  const template = (area as Record<string, string>)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m));
}

/** German when the phone's language is German, otherwise English. */
export function guessLang(languages: readonly string[]): Lang {
  return languages[0]?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
