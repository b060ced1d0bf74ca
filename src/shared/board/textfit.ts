/**
 * Fitting text into a card: word wrap to a width, at most N lines, a clean "…" at the end
 * of the last line when text is left over; single lines cut with "…". Pure, given a
 * `measure(text)` function; word widths are cached per font, so wrapping hundreds of
 * titles costs a few hundred measurements instead of Konva's per-line binary searches.
 *
 * Long words break only where the language allows: the caller passes a hyphenator that
 * inserts soft hyphens (U+00AD) by the workshop's language (the `hyphen` package in the
 * renderer and in the export; shared code may not import it). A line broken at a soft hyphen
 * shows a visible "-". CSS `hyphens: auto` is no help here: Chromium has no dictionaries offline.
 */
export type Measure = (text: string) => number;
/** inserts U+00AD at every place a word may be broken */
export type Hyphenate = (text: string) => string;

const ELLIPSIS = '…';
export const SHY = '\u00AD';
const SHY_ALL = /\u00AD/g;
/** runs of white space to fold into one space; no-break spaces stay (they join "63 %") */
const SPACES = /[^\S\u00A0\u202F]+/g;

/** Split into pieces that end at a break opportunity: after spaces, hyphens, slashes and soft hyphens. */
function tokens(text: string, hyphenate?: Hyphenate): string[] {
  const clean = text.replace(SPACES, ' ').trim().replace(SHY_ALL, '');
  // no break that leaves one or two letters alone at a word's end ("Fahrzeugüberga-be")
  const soft = hyphenate ? hyphenate(clean).replace(/\u00AD(?=\p{L}{1,2}(?![\p{L}\u00AD]))/gu, '') : clean;
  return soft.split(/(?<=[ \-/\u00AD])/).filter(Boolean);
}

/** How pieces look on a line: soft hyphens vanish, except a last one, which shows as "-". */
function show(line: string): string {
  const s = line.trimEnd();
  return s.endsWith(SHY) ? `${s.slice(0, -1).replace(SHY_ALL, '')}-` : s.replace(SHY_ALL, '');
}

/** Longest prefix of `s` (by code points) whose width with `suffix` fits. */
function fitPrefix(s: string, width: number, measure: Measure, suffix = ''): string {
  const chars = Array.from(s);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(chars.slice(0, mid).join('') + suffix) <= width) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('');
}

/** One line, cut with "…" if it does not fit. */
export function ellipsize(text: string, width: number, measure: Measure): string {
  const s = text.replace(SPACES, ' ').trim().replace(SHY_ALL, '');
  if (measure(s) <= width) return s;
  return fitPrefix(s, width, measure, ELLIPSIS).trimEnd() + ELLIPSIS;
}

export interface Wrapped {
  lines: string[];
  /** text was left over after the last line (wrapText ends that line with "…") */
  cut: boolean;
  /** the last line ends with the "-" of a soft hyphen */
  softEnd: boolean;
}

/** Word-wrap into at most `maxLines` lines of `width`, without an ellipsis; says whether text was left over. */
export function wrap(text: string, width: number, maxLines: number, measure: Measure, hyphenate?: Hyphenate): Wrapped {
  const words = tokens(text, hyphenate);
  const lines: string[] = [];
  /** the last line ends at a soft hyphen (its "-" goes when "…" follows) */
  let softEnd = false;
  let line = '';
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const candidate = line + w;
    if (measure(show(candidate)) <= width) {
      line = candidate;
      i++;
      continue;
    }
    if (line) {
      lines.push(show(line));
      softEnd = line.endsWith(SHY);
      line = '';
    } else {
      // a piece wider than the line (no allowed break fits): break it inside with a hyphen,
      // leaving at least three letters for the next line
      const plain = w.replace(SHY_ALL, '');
      const chars = Array.from(plain.trimEnd());
      let n = Array.from(fitPrefix(plain, width, measure, '-')).length;
      if (chars.length - n < 3) n = Math.max(1, chars.length - 3);
      n = Math.max(1, n);
      const head = chars.slice(0, n).join('');
      lines.push(/[-/]$/.test(head) ? head : `${head}-`);
      softEnd = !/[-/]$/.test(head);
      words[i] = plain.slice(head.length);
    }
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(show(line));
    softEnd = line.trimEnd().endsWith(SHY);
    line = '';
  }
  const rest = (line + words.slice(i).join('')).trim();
  return { lines, cut: rest !== '' && lines.length > 0, softEnd };
}

/** Word-wrap into at most `maxLines` lines of `width`; the last line ends with "…" if text is cut. */
export function wrapText(text: string, width: number, maxLines: number, measure: Measure, hyphenate?: Hyphenate): string[] {
  const { lines, cut, softEnd } = wrap(text, width, maxLines, measure, hyphenate);
  if (cut) {
    const last = softEnd ? lines[lines.length - 1]!.slice(0, -1) : lines[lines.length - 1]!;
    lines[lines.length - 1] = measure(last + ELLIPSIS) <= width ? last + ELLIPSIS : fitPrefix(last, width, measure, ELLIPSIS).trimEnd() + ELLIPSIS;
  }
  return lines;
}

/**
 * The largest font size in [min, max] at which the whole text fits `maxLines` lines
 * (`measureAt(size)` gives a measure for that size); at `min` it takes as many lines as it needs.
 * For pictures, which show full titles and never "…".
 */
export function fitWhole(text: string, width: number, maxLines: number, sizes: { min: number; max: number }, measureAt: (size: number) => Measure, hyphenate?: Hyphenate): { size: number; lines: string[] } {
  for (let size = sizes.max; size > sizes.min; size--) {
    const r = wrap(text, width, maxLines, measureAt(size), hyphenate);
    if (!r.cut) return { size, lines: r.lines };
  }
  return { size: sizes.min, lines: wrap(text, width, Number.MAX_SAFE_INTEGER, measureAt(sizes.min), hyphenate).lines };
}

/** A measure function for a canvas font, with a cache of word widths. */
export function cachedMeasure(ctx: { font: string; measureText(t: string): { width: number } }, font: string, cache = new Map<string, number>()): Measure {
  return (t: string) => {
    let w = cache.get(t);
    if (w === undefined) {
      if (ctx.font !== font) ctx.font = font;
      w = ctx.measureText(t).width;
      if (cache.size > 20000) cache.clear();
      cache.set(t, w);
    }
    return w;
  };
}
