/** Drawing helpers shared by the pictures: a white canvas at a pixel ratio, real text measuring, headings. */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { CubeFigures } from '../../../shared/metrics/cube';
import { formatLevelWithWord, formatPercent } from '../../../shared/cubeDrawing/format';
import { paintDrawing, type Canvas2D } from '../../../shared/cubeDrawing/paint';
import { FONT_FAMILY, type Drawing, type Shape } from '../../../shared/cubeDrawing/shapes';
import type { Measure } from '../../../shared/cubeDrawing/layoutText';
import { translate } from '../../../shared/i18n/messages';
import type { Language } from '../../../shared/model/schema';

export interface PictureOptions {
  lang: Language;
  /** device pixels per CSS pixel (default 2) */
  pixelRatio?: number;
}

export const INK = '#111418';
const MUTED = '#4a5159';
/** the pictures' font: the app's stack; @napi-rs/canvas finds the first installed family */
export const PICTURE_FONT = FONT_FAMILY;

/** A canvas of `width`×`height` CSS px with a white background, scaled to the pixel ratio. */
export function whiteCanvas(width: number, height: number, ratio: number) {
  const canvas = createCanvas(Math.round(width * ratio), Math.round(height * ratio));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(ratio, ratio);
  return { canvas, ctx };
}

/** Text widths measured with the canvas's real font, so layouts wrap where the picture does. */
export function measureWith(ctx: SKRSContext2D): Measure {
  return (text, size, bold) => {
    ctx.font = `${bold ? '700 ' : ''}${size}px ${PICTURE_FONT}`;
    return ctx.measureText(text).width;
  };
}

export function paint(ctx: SKRSContext2D, drawing: Pick<Drawing, 'shapes'>): void {
  paintDrawing(ctx as unknown as Canvas2D, drawing, { fontFamily: PICTURE_FONT });
}

/** The heading of a picture: title and one line of figures. */
export function headingShapes(title: string, subtitle: string, x: number, y: number, maxWidth: number): Shape[] {
  return [
    { kind: 'text', role: 'title', x, y, text: title, size: 30, bold: true, color: INK, align: 'left', baseline: 'top', maxWidth, maxLines: 1 },
    { kind: 'text', role: 'caption', x, y: y + 42, text: subtitle, size: 20, bold: false, color: MUTED, align: 'left', baseline: 'top', maxWidth, maxLines: 1 },
  ];
}

export function figuresLine(f: CubeFigures, lang: Language): string {
  return translate(lang, 'picture.figures', {
    level: formatLevelWithWord(f.level, lang),
    homogeneity: formatPercent(f.homogeneity, lang),
    coverage: formatPercent(f.coverage, lang),
  });
}

