/** Soft hyphens by the workshop's language for the canvas text fitting (see shared/board/textfit.ts). */
import de from 'hyphen/de';
import en from 'hyphen/en-gb';
import type { Hyphenate } from '../../../shared/board/textfit';
import type { Language } from '../../../shared/model/schema';

const PATTERNS = { de, en } as const;
const caches = new Map<Language, Map<string, string>>();

/** A cached hyphenator: a board of 500 titles hyphenates each title once per language. */
export function hyphenatorFor(lang: Language): Hyphenate {
  const cache = caches.get(lang) ?? new Map<string, string>();
  caches.set(lang, cache);
  const h = PATTERNS[lang];
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      out = h.hyphenateSync(text, { minWordLength: 6 });
      if (cache.size > 5000) cache.clear();
      cache.set(text, out);
    }
    return out;
  };
}
