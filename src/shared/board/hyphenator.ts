/**
 * A cached hyphenator for the canvas text fitting (textfit.ts). The patterns come from the
 * caller (renderer and export load the `hyphen` package; src/shared stays free of packages but zod).
 */
import type { Language } from '../model/schema';
import type { Hyphenate } from './textfit';

export interface HyphenPatterns {
  hyphenateSync(text: string, options: { minWordLength: number }): string;
}

/** One hyphenator per language, caching each title: a board of 500 titles hyphenates each once. */
export function cachedHyphenators(patterns: Record<Language, HyphenPatterns>): (lang: Language) => Hyphenate {
  const caches = new Map<Language, Map<string, string>>();
  return (lang) => {
    const cache = caches.get(lang) ?? new Map<string, string>();
    caches.set(lang, cache);
    const h = patterns[lang];
    return (text) => {
      let out = cache.get(text);
      if (out === undefined) {
        out = h.hyphenateSync(text, { minWordLength: 6 });
        if (cache.size > 5000) cache.clear();
        cache.set(text, out);
      }
      return out;
    };
  };
}
