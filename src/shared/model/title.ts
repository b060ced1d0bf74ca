/**
 * Separators a title is built or typed with: dashes, middle dot, bullet, bar, slash, colon,
 * semicolon, comma. At either end they are what is left of a part that was empty ("– Kundenreise
 * Neuwagen" when the first part of the text went elsewhere), never something a title means.
 */
const EDGE = /^[\s\-‐‑‒–—―·•|/:;,]+|[\s\-‐‑‒–—―·•|/:;,]+$/gu;

/** A workshop title without surrounding blanks and separators; '' when nothing else is left. */
export function tidyTitle(raw: string): string {
  return raw.normalize('NFC').replace(EDGE, '');
}
