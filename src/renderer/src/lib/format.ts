/** Formatting for the views: numbers in the UI language (decimal comma, a real minus sign), file names of paths. */
import type { Language } from '../../../shared/model/schema';

const MINUS = '\u2212';

function formatter(lang: Language, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** 4.5 → "4,5" (de); negative numbers with a typographic minus. */
export function num(value: number, lang: Language, digits = 1): string {
  const s = formatter(lang, digits).format(Math.abs(value));
  return value < 0 && s !== '0' ? MINUS + s : s;
}

/** Always with a sign: "+4", "−6", "0". */
export function signed(value: number, lang: Language, digits = 1): string {
  const s = num(value, lang, digits);
  return value > 0 && s !== '0' ? `+${s}` : s;
}

/** 0.734 → "73 %" (de) / "73%" (en) */
export function percent(value: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** The file name of a path from main, Windows or POSIX ("C:\\a\\b.tpcube" → "b.tpcube"): the renderer has no node:path. */
export function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}
