/** Text measuring for layouts: a real canvas measure when the caller has one, else an estimate. */
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
  const step = style.size * 1.22;
  const lines = wrapLines(text, style.maxWidth, style.maxLines, (s) => measure(s, style.size, style.bold));
  const shapes = lines.map(
    (line, i): TextShape => ({
      kind: 'text',
      role: style.role,
      ...(style.faceIndex === undefined ? {} : { faceIndex: style.faceIndex }),
      x: at.x,
      y: at.y + i * step,
      text: line,
      size: style.size,
      bold: style.bold,
      color: style.color,
      align: at.align,
      baseline: 'top',
      maxWidth: style.maxWidth,
    }),
  );
  return { shapes, height: lines.length * step };
}
