/**
 * A calendar day as a facilitator types it, in either language, to `YYYY-MM-DD`:
 * "1.12.2026", "01.12.26", "2026-12-01", "1/12/2026" (day first, as en-GB and German do),
 * "1. Dezember 2026", "1 Dec 2026", "Dec 1, 2026". It reads back everything formatDay
 * writes. What is incomplete or not on the calendar is refused, never guessed or cleared.
 */
export type ParsedDay = { ok: true; iso: string } | { ok: false };

const MONTHS: readonly (readonly string[])[] = [
  ['januar', 'january', 'jänner'],
  ['februar', 'february'],
  ['märz', 'march', 'maerz', 'mrz'],
  ['april'],
  ['mai', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],
  ['august'],
  ['september', 'sept'],
  ['oktober', 'october'],
  ['november'],
  ['dezember', 'december'],
];

/** 1–12 for a month's name or its abbreviation (three letters at least) in German or English */
function monthOf(word: string): number | null {
  const hits = new Set<number>();
  MONTHS.forEach((names, i) => {
    if (names.some((n) => n === word || (word.length >= 3 && n.startsWith(word)))) hits.add(i + 1);
  });
  return hits.size === 1 ? [...hits][0]! : null;
}

function day(year: number, month: number, date: number): ParsedDay {
  const d = new Date(Date.UTC(year, month - 1, date));
  if (year < 1000 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date) return { ok: false };
  const two = (n: number) => String(n).padStart(2, '0');
  return { ok: true, iso: `${year}-${two(month)}-${two(date)}` };
}

const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

export function parseDay(text: string): ParsedDay {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return { ok: true, iso: '' };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2}) ?[./] ?(\d{1,2}) ?[./] ?(\d{4}|\d{2})$/.exec(s);
  if (m) return day(year(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th|\.)? ?(\p{L}+)\.?,? (\d{4}|\d{2})$/u.exec(s);
  if (m) {
    const month = monthOf(m[2]!);
    return month === null ? { ok: false } : day(year(m[3]!), month, Number(m[1]));
  }
  m = /^(\p{L}+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/u.exec(s);
  if (m) {
    const month = monthOf(m[1]!);
    return month === null ? { ok: false } : day(Number(m[3]), month, Number(m[2]));
  }
  return { ok: false };
}
