/**
 * What a cell value means (pure): the keys under which headers, values and titles are
 * compared, the cleaning of cell text, and yes/no, direct/indirect, online/offline and
 * importance in German and English spellings.
 */
import type { Importance } from '../model/schema';

// ---------------------------------------------------------------------------
// normalisation

/**
 * Key for comparing headers and values: case, whitespace, punctuation and umlaut
 * spelling do not matter ("Würfelseite" = "WUERFELSEITE" = "wurfel-seite" is not, but
 * "Wurfelseite" is).
 */
export function matchKey(s: string): string {
  let t = s.normalize('NFKC').toLowerCase();
  t = t.replace(/ß/g, 'ss').replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
  t = t.normalize('NFD').replace(/\p{M}+/gu, '');
  t = t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return t.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

/** Key for duplicate titles: case, whitespace and umlaut spelling do not matter; punctuation does. */
export function titleKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/\s+/g, ' ')
    .trim();
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** One line of text from a cell: control characters gone, whitespace collapsed. */
export function cleanLine(s: string): string {
  return s.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** A multi-line text from a cell (a description): line breaks kept as \n, control characters gone. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

// ---------------------------------------------------------------------------
// values

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'true', 'wahr', 'richtig', 'zutreffend'].map(matchKey));
const NO = new Set(['nein', 'n', 'no', '0', 'false', 'falsch', 'nicht zutreffend'].map(matchKey));
const CHECK_MARKS = new Set(['✓', '✔', '☑', '☒', '✗', '✘', '●', '•', '+']);
const DASHES = new Set(['-', '–', '—', '/']);

/** yes/no: undefined = empty cell (use the default), null = not understood */
export function parseYesNo(raw: string): boolean | undefined | null {
  const t = raw.trim();
  if (t === '') return undefined;
  if (CHECK_MARKS.has(t)) return true;
  if (DASHES.has(t)) return false;
  const k = matchKey(t);
  if (YES.has(k)) return true;
  if (NO.has(k)) return false;
  if (/^[01](?:[.,]0+)?$/.test(t)) return t.startsWith('1');
  return null;
}

/** direct (true) / indirect (false); also accepts yes/no */
export function parseDirect(raw: string): boolean | undefined | null {
  const k = matchKey(raw);
  if (k === '') return undefined;
  if (k === 'direkt' || k === 'direct' || k === 'd') return true;
  if (k === 'indirekt' || k === 'indirect' || k === 'i') return false;
  return parseYesNo(raw);
}

/** online (true) / offline (false); also accepts yes/no */
export function parseOnline(raw: string): boolean | undefined | null {
  const k = matchKey(raw);
  if (k === '') return undefined;
  if (k === 'online' || k === 'digital') return true;
  if (k === 'offline' || k === 'analog' || k === 'physisch' || k === 'physical') return false;
  return parseYesNo(raw);
}

const IMPORTANCE_WORDS: Map<string, Importance> = new Map<string, Importance>([
  ['hoch', 3],
  ['high', 3],
  ['wichtig', 3],
  ['sehr wichtig', 3],
  ['mittel', 2],
  ['medium', 2],
  ['mid', 2],
  ['normal', 2],
  ['niedrig', 1],
  ['gering', 1],
  ['low', 1],
].map(([k, v]) => [matchKey(k as string), v as Importance]));

/** importance 1–3 (3 = high); undefined = empty cell, null = not understood */
export function parseImportance(raw: string): Importance | undefined | null {
  const t = raw.trim();
  if (t === '') return undefined;
  const num = /^([123])(?:[.,]0+)?$/.exec(t);
  if (num) return Number(num[1]) as Importance;
  return IMPORTANCE_WORDS.get(matchKey(t)) ?? null;
}
