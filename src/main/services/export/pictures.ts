/**
 * The handoff pictures as PNG, drawn headless with @napi-rs/canvas from the same pure
 * layouts the app draws on screen (src/shared/cubeDrawing for the cube; the board's
 * layout for the board, see boardPicture.ts). Each picture has a title and a legend and
 * is drawn at 2× pixel ratio, so it stays sharp on a beamer and in print.
 */
import { cubeOf, type Cube } from '../../../shared/metrics/cube';
import { faceCaption } from '../../../shared/cubeDrawing/format';
import { isoDrawing } from '../../../shared/cubeDrawing/iso';
import { legendEntries, legendShapes } from '../../../shared/cubeDrawing/legend';
import { netDrawing } from '../../../shared/cubeDrawing/net';
import { estimateMeasure, type Measure } from '../../../shared/cubeDrawing/layoutText';
import type { Drawing } from '../../../shared/cubeDrawing/shapes';
import { EXPORT_PALETTE } from '../../../shared/export/palette';
import { translate } from '../../../shared/i18n/messages';
import type { Workshop } from '../../../shared/model/schema';
import { boardDrawing } from './boardPicture';
import { hyphenatorFor } from './hyphenate';
import { figuresLine, headingShapes, INK, measureWith, paint, whiteCanvas, type PictureOptions } from './canvas';

export type { PictureOptions } from './canvas';

export type PictureKind = 'board' | 'cube-net' | 'cube-3d';
export const PICTURE_KINDS: readonly PictureKind[] = ['board', 'cube-net', 'cube-3d'];

const HEAD_H = 96;
const PAD = 32;

type CubeKind = 'cube-net' | 'cube-3d';
type CubeOpts = PictureOptions & { heading: boolean };

/** Width of the legend column: as wide as its longest word, so nothing is cut at the edge. */
function legendWidth(measure: Measure, height: number, opts: CubeOpts): { swatch: number; width: number } {
  const swatch = opts.heading ? 34 : Math.max(16, Math.round(height / 22));
  const labelSize = Math.round(swatch * 0.55);
  const longest = Math.max(...legendEntries(EXPORT_PALETTE, opts.lang).map((e) => measure(e.label, labelSize, false)));
  return { swatch, width: Math.ceil(swatch * 1.35 + longest + (opts.heading ? PAD : 14)) };
}

/**
 * The cube part of a picture (net or 3-D), in the area left of the legend and below the
 * heading; the same geometry drawCube paints, so tests can check it without decoding pixels.
 */
export function cubePictureDrawing(kind: CubeKind, cube: Cube, size: { width: number; height: number }, opts: CubeOpts, measure: Measure = estimateMeasure): Drawing {
  const { width: W, height: H } = size;
  const top = opts.heading ? HEAD_H : 0;
  const legend = legendWidth(measure, H, opts);
  const captions = cube.faces.map((f) => faceCaption(f, opts.lang, opts.heading));
  // face names break at the syllables of the picture's language (the workshop's, as a rule)
  const hyphenate = hyphenatorFor(opts.lang);
  const area = { width: W - legend.width - (opts.heading ? PAD : 0), height: H - top };
  return kind === 'cube-net'
    ? netDrawing(cube, { ...area, palette: EXPORT_PALETTE, captions, measure, textColor: INK, hyphenate, ...(opts.heading ? {} : { fontSize: 11 }) })
    : isoDrawing(cube, { ...area, palette: EXPORT_PALETTE, captions, measure, textColor: INK, hyphenate });
}

/** The unfolded cube with captions and the legend, optionally with a heading. */
function drawCube(kind: CubeKind, doc: Workshop, cube: Cube, size: { width: number; height: number }, opts: CubeOpts) {
  const ratio = opts.pixelRatio ?? 2;
  const { width: W, height: H } = size;
  const { canvas, ctx } = whiteCanvas(W, H, ratio);
  const measure = measureWith(ctx);
  const top = opts.heading ? HEAD_H : 0;
  const { swatch, width: legendW } = legendWidth(measure, H, opts);
  const drawing = cubePictureDrawing(kind, cube, size, opts, measure);
  if (opts.heading) {
    const key = kind === 'cube-net' ? 'picture.cubeNet' : 'picture.cube3d';
    paint(ctx, { shapes: headingShapes(translate(opts.lang, key, { title: doc.meta.title }), figuresLine(cube.figures, opts.lang), PAD, 24, W - 2 * PAD) });
  }
  ctx.save();
  ctx.translate(opts.heading ? PAD / 2 : 0, top);
  paint(ctx, drawing);
  ctx.restore();
  const legendH = 7 * swatch * 1.3;
  const legendY = top + Math.max(0, (H - top - legendH) / 2);
  paint(ctx, { shapes: legendShapes(EXPORT_PALETTE, opts.lang, { x: W - legendW, y: legendY, size: swatch, textColor: INK }) });
  return canvas.encode('png');
}

/** Size of the stand-alone cube pictures (CSS px; drawn at the pixel ratio). */
export const CUBE_PICTURE = { width: 1600, height: 1000 } as const;

export async function cubeNetPng(doc: Workshop, opts: PictureOptions): Promise<Buffer> {
  return drawCube('cube-net', doc, cubeOf(doc), CUBE_PICTURE, { ...opts, heading: true });
}

export async function cube3dPng(doc: Workshop, opts: PictureOptions): Promise<Buffer> {
  return drawCube('cube-3d', doc, cubeOf(doc), CUBE_PICTURE, { ...opts, heading: true });
}

/** The unfolded cube for the Summary sheet: no heading (the sheet has one), captions without figures. */
export async function summaryCubePng(doc: Workshop, size: { width: number; height: number }, opts: PictureOptions): Promise<Buffer> {
  return drawCube('cube-net', doc, cubeOf(doc), size, { ...opts, heading: false });
}

export async function boardPng(doc: Workshop, opts: PictureOptions): Promise<Buffer> {
  return boardDrawing(doc, opts);
}

export async function picturePng(kind: PictureKind, doc: Workshop, opts: PictureOptions): Promise<Buffer> {
  switch (kind) {
    case 'board':
      return boardPng(doc, opts);
    case 'cube-net':
      return cubeNetPng(doc, opts);
    case 'cube-3d':
      return cube3dPng(doc, opts);
  }
}
