/** Text measuring for layouts: a real canvas measure when the caller has one, else an estimate. */
import { fitWhole, type Hyphenate } from '../board/textfit';
import { wrapLines } from './paint';
import type { TextShape } from './shapes';

/** Width of `text` in px at `size` px, bold or not. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** A conservative estimate for sans-serif text (average glyph ≈ 0.56 em, bold ≈ 0.6 em). */
export const estimateMeasure: Measure = (text, size, bold) => text.length * size * (bold ? 0.6 : 0.56);

/** Wrapped text as one shape per line, growing down from (x, y); returns the shapes and the height used. */
export function textBlock(
  text: string,
  at: { x: number; y: number; align: TextShape['align'] },
  style: { size: number; bold: boolean; color: string; maxWidth: number; maxLines: number; role: TextShape['role']; faceIndex?: number },
  measure: Measure,
): { shapes: TextShape[]; height: number } {
  const lines = wrapLines(text, style.maxWidth, style.maxLines, (s) => measure(s, style.size, style.bold));
  return lineShapes(lines, at, style, style.size);
}

type LineStyle = { bold: boolean; color: string; maxWidth: number; role: TextShape['role']; faceIndex?: number };

/** one text shape per line at `size`, growing down from (x, y) */
function lineShapes(lines: readonly string[], at: { x: number; y: number; align: TextShape['align'] }, style: LineStyle, size: number): { shapes: TextShape[]; height: number } {
  const step = size * 1.22;
  const shapes = lines.map(
    (line, i): TextShape => ({
      kind: 'text',
      role: style.role,
      ...(style.faceIndex === undefined ? {} : { faceIndex: style.faceIndex }),
      x: at.x,
      y: at.y + i * step,
      text: line,
      size,
      bold: style.bold,
      color: style.color,
      align: at.align,
      baseline: 'top',
      maxWidth: style.maxWidth,
    }),
  );
  return { shapes, height: lines.length * step };
}

/**
 * Text shown whole, never with "…" (face names and figures on the cube): wrapped at spaces,
 * hyphens and, given `hyphenate`, at the language's syllables; the font shrinks from `size`
 * to `minSize` until the text fits `maxLines`, and below that it takes the lines it needs.
 * Same shapes and height contract as textBlock, plus the size it settled on.
 */
export function wholeBlock(
  text: string,
  at: { x: number; y: number; align: TextShape['align'] },
  style: { size: number; minSize: number; bold: boolean; color: string; maxWidth: number; maxLines: number; role: TextShape['role']; faceIndex?: number },
  measure: Measure,
  hyphenate?: Hyphenate,
): { shapes: TextShape[]; height: number; size: number } {
  const fitted = fitWhole(text, style.maxWidth, style.maxLines, { min: Math.min(style.minSize, style.size), max: style.size }, (size) => (t) => measure(t, size, style.bold), hyphenate);
  return { ...lineShapes(fitted.lines, at, style, fitted.size), size: fitted.size };
}
