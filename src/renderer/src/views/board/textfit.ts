/**
 * Fitting text into a card: word wrap to a width, at most N lines, a clean "…" at the end
 * of the last line when text is left over; single lines cut with "…". Pure, given a
 * `measure(text)` function; word widths are cached per font, so wrapping hundreds of
 * titles costs a few hundred measurements instead of Konva's per-line binary searches.
 */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** Split into words that keep their break opportunity: after spaces, hyphens and slashes. */
function tokens(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[ \-/])/)
    .filter(Boolean);
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
  const s = text.replace(/\s+/g, ' ').trim();
  if (measure(s) <= width) return s;
  return fitPrefix(s, width, measure, ELLIPSIS).trimEnd() + ELLIPSIS;
}

/** Word-wrap into at most `maxLines` lines of `width`; the last line ends with "…" if text is cut. */
export function wrapText(text: string, width: number, maxLines: number, measure: Measure): string[] {
  const words = tokens(text);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const candidate = line + w;
    if (measure(candidate.trimEnd()) <= width) {
      line = candidate;
      i++;
      continue;
    }
    if (line) {
      lines.push(line.trimEnd());
      line = '';
    } else {
      // a single word wider than the line (long German compounds): break it inside with a
      // hyphen, leaving at least three letters for the next line
      const chars = Array.from(w.trimEnd());
      let n = Array.from(fitPrefix(w, width, measure, '-')).length;
      if (chars.length - n < 3) n = Math.max(1, chars.length - 3);
      n = Math.max(1, n);
      const head = chars.slice(0, n).join('');
      lines.push(/[-/]$/.test(head) ? head : `${head}-`);
      words[i] = w.slice(head.length);
    }
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line.trimEnd());
    line = '';
  }
  const rest = (line + words.slice(i).join('')).trim();
  if (rest && lines.length > 0) {
    const last = lines[lines.length - 1]!;
    lines[lines.length - 1] = measure(last + ELLIPSIS) <= width ? last + ELLIPSIS : fitPrefix(last, width, measure, ELLIPSIS).trimEnd() + ELLIPSIS;
  }
  return lines;
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
