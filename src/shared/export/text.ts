/**
 * Text that goes into a workbook cell. Two dangers (docs/design/quality.md S6, and file validity):
 * - formula injection: a spreadsheet evaluates what starts like a formula, now or when
 *   the client edits the cell later; such text must stay text;
 * - characters XML 1.0 cannot carry (control characters, lone surrogates) would make the
 *   .xlsx unreadable, so they are dropped.
 */

/** First characters that make Excel or LibreOffice read a cell's input as a formula (OWASP CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Does this text start like a formula? Such cells are written as text-formatted cells. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except lone surrogates, U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B-\u000D\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Excel keeps at most 32,767 characters in a cell. */
export const MAX_CELL_CHARS = 32_767;

/**
 * The text as a cell can hold it: XML-safe, line breaks as LF (an XML reader turns a raw CR
 * into LF anyway, so the file could not keep it), not longer than Excel allows.
 */
export function cellText(text: string): string {
  // fast path: nearly every text has nothing to clean (the full pattern is slow with its lookarounds)
  if (text.length <= MAX_CELL_CHARS && !SUSPECT.test(text)) return text;
  const clean = text.replace(NOT_XML, '').replace(/\r\n?/g, '\n');
  return clean.length > MAX_CELL_CHARS ? clean.slice(0, MAX_CELL_CHARS - 1) + '…' : clean;
}
