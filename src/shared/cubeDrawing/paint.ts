/**
 * Paints a Drawing on any standard 2D context: the browser's CanvasRenderingContext2D or
 * @napi-rs/canvas's context in Node (export). Only the subset below is used.
 */
import { FONT_FAMILY, type Drawing, type PolygonShape, type TextShape } from './shapes';

export interface Canvas2D {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  save(): void;
  restore(): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  fill(): void;
  stroke(): void;
  clip(): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
}

const ELLIPSIS = '…';

/**
 * Break text into at most `maxLines` lines no wider than `maxWidth` (breaking at spaces; a
 * single word too long for a line is cut). The last line ends with “…” when text was left out.
 */
export function wrapLines(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const words = text.split(/[ \t\r\n]+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) break;
    }
    if (measure(word) <= maxWidth) {
      line = word;
      continue;
    }
    // one word wider than a line: cut it
    lines.push(ellipsize(word, maxWidth, measure, false));
    if (lines.length === maxLines) {
      i++;
      break;
    }
  }
  if (line && lines.length < maxLines) lines.push(line);
  const last = lines.length - 1;
  if (last >= 0 && i < words.length) lines[last] = ellipsize(lines[last]!, maxWidth, measure, true);
  return lines;
}

function ellipsize(line: string, maxWidth: number, measure: (s: string) => number, force: boolean): string {
  if (!force && measure(line) <= maxWidth) return line;
  let s = line;
  while (s.length > 0 && measure(s + ELLIPSIS) > maxWidth) s = s.slice(0, -1);
  return s.trimEnd() + ELLIPSIS;
}

function tracePolygon(ctx: Canvas2D, s: PolygonShape): void {
  ctx.beginPath();
  s.points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
  ctx.closePath();
}

function paintPolygon(ctx: Canvas2D, s: PolygonShape): void {
  if (s.points.length < 3) return;
  tracePolygon(ctx, s);
  ctx.fillStyle = s.fill;
  ctx.fill();
  if (s.hatch) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const p of s.points) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
    const size = Math.max(maxX - minX, maxY - minY);
    const step = Math.max(4, size / 6);
    ctx.save();
    tracePolygon(ctx, s);
    ctx.clip();
    ctx.beginPath();
    for (let d = -size; d < size * 2; d += step) {
      ctx.moveTo(minX + d, maxY);
      ctx.lineTo(minX + d + size, maxY - size);
    }
    ctx.strokeStyle = s.hatch;
    ctx.lineWidth = Math.max(1, size / 28);
    ctx.stroke();
    ctx.restore();
  }
  if (s.stroke && (s.strokeWidth ?? 1) > 0) {
    tracePolygon(ctx, s);
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = s.strokeWidth ?? 1;
    ctx.stroke();
  }
}

function paintText(ctx: Canvas2D, s: TextShape, family: string): void {
  ctx.font = `${s.bold ? '700 ' : ''}${s.size}px ${family}`;
  ctx.fillStyle = s.color;
  ctx.textAlign = s.align;
  ctx.textBaseline = s.baseline;
  const lines = s.maxWidth === undefined ? [s.text] : wrapLines(s.text, s.maxWidth, s.maxLines ?? 1, (t) => ctx.measureText(t).width);
  const step = s.size * (s.lineHeight ?? 1.2);
  // lines grow away from the anchor: down from a top anchor, up from a bottom anchor, both ways from the middle
  const first = s.baseline === 'top' ? s.y : s.baseline === 'bottom' ? s.y - step * (lines.length - 1) : s.y - (step * (lines.length - 1)) / 2;
  lines.forEach((line, i) => ctx.fillText(line, s.x, first + i * step));
}

export function paintDrawing(ctx: Canvas2D, drawing: Pick<Drawing, 'shapes'>, opts: { fontFamily?: string } = {}): void {
  const family = opts.fontFamily ?? FONT_FAMILY;
  ctx.save();
  for (const s of drawing.shapes) {
    if (s.kind === 'polygon') paintPolygon(ctx, s);
    else paintText(ctx, s, family);
  }
  ctx.restore();
}
