/**
 * Calendar days (`YYYY-MM-DD`, e.g. the workshop date) as each language reads them, the
 * same way the Excel summary formats its date cells (export/styles.ts):
 * short "02.12.2026" / "2 Dec 2026", long "2. Dezember 2026" / "2 December 2026".
 */
import type { Language } from '../model/schema';

export type DayStyle = 'short' | 'long';

const LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

const OPTIONS: Record<Language, Record<DayStyle, Intl.DateTimeFormatOptions>> = {
  de: { short: { day: '2-digit', month: '2-digit', year: 'numeric' }, long: { day: 'numeric', month: 'long', year: 'numeric' } },
  en: { short: { day: 'numeric', month: 'short', year: 'numeric' }, long: { day: 'numeric', month: 'long', year: 'numeric' } },
};

/** The Excel number format of the short style, per language (a locale tag keeps the month names in that language). */
export const EXCEL_DAY_FORMAT: Record<Language, string> = { de: 'DD.MM.YYYY', en: '[$-809]D MMM YYYY' };

/** A calendar day in words; anything that is not `YYYY-MM-DD` is returned as it is. */
export function formatDay(lang: Language, iso: string, style: DayStyle = 'short'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  // a day, not an instant: format it in UTC so no time zone moves it
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(LOCALE[lang], { ...OPTIONS[lang][style], timeZone: 'UTC' }).format(d);
}
