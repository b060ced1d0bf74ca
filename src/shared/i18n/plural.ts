/**
 * Counted phrases in the catalogue: `{count|Bewertung|Bewertungen}` is replaced by the form
 * the language's plural rule picks for the parameter `count` ("1 Bewertung", "3 Bewertungen").
 * German and English have the two forms one/other; Intl.PluralRules decides, so a language
 * with more forms would only need its own syntax here, not a change in every caller.
 */
import type { Language } from '../model/schema';

const RULES = new Map<Language, Intl.PluralRules>();

function rules(lang: Language): Intl.PluralRules {
  let r = RULES.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    RULES.set(lang, r);
  }
  return r;
}

/** true when `n` takes the singular ("one") form in `lang` */
export function isSingular(lang: Language, n: number): boolean {
  return rules(lang).select(n) === 'one';
}

const PLURAL = /\{(\w+)\|([^{}|]*)\|([^{}|]*)\}/g;

/** Resolve every `{name|one|other}` whose parameter is a number; others stay as they are. */
export function resolvePlurals(lang: Language, template: string, params: Readonly<Record<string, string | number>> | undefined): string {
  if (!params) return template;
  return template.replace(PLURAL, (m, name: string, one: string, other: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return m;
    const n = Number(params[name]);
    if (!Number.isFinite(n)) return other;
    return isSingular(lang, n) ? one : other;
  });
}
