/**
 * The board as a PNG: journey phases as columns, departments as swimlanes (when the
 * workshop has departments), one card per touchpoint with its face colour, its consensus
 * symbol and the moment-of-truth star. The geometry is the app's own board layout
 * (src/shared/board/layout.ts, a pure function of the document with no DOM or
 * Konva), so the picture has the same columns, lanes and card order as the board on the
 * beamer; the cards are drawn here with the 2D context.
 */
import { GEOMETRY, layoutBoard } from '../../../shared/board';
import { fitWhole } from '../../../shared/board/textfit';
import { hyphenatorFor } from './hyphenate';
import { legendEntries } from '../../../shared/cubeDrawing/legend';
import { stickerStyle } from '../../../shared/cubeDrawing/palette';
import { rect, type Shape } from '../../../shared/cubeDrawing/shapes';
import { consensusOf } from '../../../shared/metrics/consensus';
import { cubeOf } from '../../../shared/metrics/cube';
import { EXPORT_PALETTE } from '../../../shared/export/palette';
import { translate } from '../../../shared/i18n/messages';
import type { Language, Workshop } from '../../../shared/model/schema';
import type { Measure } from '../../../shared/cubeDrawing/layoutText';
import { createCanvas } from '@napi-rs/canvas';
import { figuresLine, headingShapes, INK, measureWith, paint, whiteCanvas, type PictureOptions } from './canvas';

const PAD = 32;
const HEAD_H = 104;
const LEGEND_H = 110;
/** the board is laid out for a landscape picture of this size (cards per row adapt to it) */
const VIEWPORT = { width: 1800, height: 1000 };
/** largest side of the picture in CSS px; bigger boards are scaled down to fit */
const MAX_SIDE = 7000;
const HEADER_FILL = '#1F3864';
const CELL_FILL = '#F1F3F5';
const LANE_FILL = '#E9ECEF';

export async function boardDrawing(doc: Workshop, opts: PictureOptions): Promise<Buffer> {
  // measured on a scratch canvas: same fonts, so the lines break where the picture draws them
  const measure = measureWith(createCanvas(1, 1).getContext('2d'));
  const { width: W, height: H, shapes } = boardPictureDrawing(doc, opts.lang, measure);
  const scale = Math.min(1, MAX_SIDE / Math.max(W, H));
  const { canvas, ctx } = whiteCanvas(W * scale, H * scale, opts.pixelRatio ?? 2);
  ctx.scale(scale, scale);
  paint(ctx, { shapes });
  return canvas.encode('png');
}

/** The board picture as shapes (pure given `measure`), in CSS px before scaling. */
export function boardPictureDrawing(doc: Workshop, lang: Language, measure: Measure): { width: number; height: number; shapes: Shape[] } {
  const lanes = doc.departments.length > 0;
  const layout = layoutBoard(doc, { viewport: VIEWPORT, lanes }, { noDepartment: translate(lang, 'tp.noDepartment') });
  const contentW = Math.max(layout.width, 900);
  const W = contentW + 2 * PAD;
  const H = HEAD_H + layout.height + LEGEND_H + PAD;
  const hyphenate = hyphenatorFor(doc.meta.language);

  const shapes: Shape[] = [];
  shapes.push(...headingShapes(translate(lang, 'picture.board', { title: doc.meta.title }), figuresLine(cubeOf(doc).figures, lang), PAD, 24, W - 2 * PAD));
  const ox = PAD;
  const oy = HEAD_H;
  const text = (x: number, y: number, s: string, size: number, o: Partial<Extract<Shape, { kind: 'text' }>> = {}): Shape => ({
    kind: 'text',
    role: 'caption',
    x,
    y,
    text: s,
    size,
    bold: false,
    color: INK,
    align: 'left',
    baseline: 'top',
    ...o,
  });

  // lanes (departments) behind the columns
  for (const lane of layout.lanes) {
    if (!layout.lanesOn) break;
    shapes.push({ kind: 'polygon', role: 'body', fill: LANE_FILL, points: rect(ox, oy + lane.y, layout.width, lane.h - 4) });
    if (lane.color) shapes.push({ kind: 'polygon', role: 'band', fill: lane.color, points: rect(ox, oy + lane.y, 8, lane.h - 4) });
    // shrink the name until its longest word fits the lane header (names like "Vertrieb/Filiale" have no space to wrap at)
    const room = GEOMETRY.laneHeaderW - 26;
    const widest = Math.max(...lane.name.split(/\s+/).map((w) => measure(w, 19, true)));
    const size = Math.max(12, Math.min(19, Math.floor((19 * room) / Math.max(1, widest))));
    const laneLines = fitWhole(lane.name, room, 4, { min: 12, max: size }, (sz) => (t) => measure(t, sz, true), hyphenate);
    laneLines.lines.forEach((line, li) => shapes.push(text(ox + 18, oy + lane.y + 14 + li * laneLines.size * 1.2, line, laneLines.size, { bold: true, maxWidth: room + 1, maxLines: 1 })));
  }
  // columns (phases)
  for (const col of layout.columns) {
    shapes.push({ kind: 'polygon', role: 'band', fill: HEADER_FILL, points: rect(ox + col.x, oy, col.w, 52) });
    shapes.push(text(ox + col.x + 16, oy + 26, `${col.name} (${col.total})`, 22, { bold: true, color: '#FFFFFF', baseline: 'middle', maxWidth: col.w - 32 }));
    for (const lane of layout.lanes) {
      shapes.push({ kind: 'polygon', role: 'body', fill: CELL_FILL, points: rect(ox + col.x, oy + lane.y, col.w, lane.h - 4) });
    }
  }
  // cards
  const byId = new Map(doc.touchpoints.map((t) => [t.id, t]));
  const faceColor = new Map(doc.faces.map((f) => [f.id, f.color]));
  for (const card of layout.cards) {
    const tp = byId.get(card.id);
    if (!tp) continue;
    const x = ox + card.x;
    const y = oy + card.y;
    shapes.push({ kind: 'polygon', role: 'body', fill: '#FFFFFF', stroke: '#ADB5BD', strokeWidth: 1.5, points: rect(x, y, card.w, card.h) });
    shapes.push({ kind: 'polygon', role: 'band', fill: (tp.faceId && faceColor.get(tp.faceId)) || '#CED4DA', points: rect(x, y, 10, card.h) });
    // the full title, never "…": the font shrinks (18 → 12 px) until it fits three lines, and below that it takes more lines
    const titleW = card.w - 32;
    const fitted = fitWhole(tp.title, titleW, 3, { min: 12, max: 18 }, (size) => (t) => measure(t, size, true), hyphenate);
    fitted.lines.forEach((line, li) => shapes.push(text(x + 20, y + 12 + li * fitted.size * 1.2, line, fitted.size, { bold: true, maxWidth: titleW + 1, maxLines: 1 })));
    const look = stickerStyle(consensusOf(doc, tp.id).value, EXPORT_PALETTE);
    const s = 36;
    const sx = x + card.w - s - 10;
    const sy = y + card.h - s - 10;
    shapes.push({ kind: 'polygon', role: 'sticker', fill: look.fill, ...(look.hatch ? { hatch: look.hatch } : {}), stroke: '#6C757D', strokeWidth: 1, points: rect(sx, sy, s, s) });
    shapes.push(text(sx + s / 2, sy + s / 2, look.symbol, 17, { bold: true, color: look.ink, align: 'center', baseline: 'middle', role: 'symbol' }));
    if (tp.momentOfTruth) shapes.push(text(x + 20, y + card.h - 14, '★', 24, { color: '#B35806', baseline: 'bottom' }));
  }

  // legend: the levels, then the faces' colours, then the star
  let lx = ox;
  const ly = oy + layout.height + 28;
  const sw = 28;
  for (const e of legendEntries(EXPORT_PALETTE, lang).filter((en) => en.kind !== 'empty')) {
    shapes.push({ kind: 'polygon', role: 'swatch', fill: e.fill, ...(e.hatch ? { hatch: e.hatch } : {}), stroke: '#6C757D', strokeWidth: 1, points: rect(lx, ly, sw, sw) });
    shapes.push(text(lx + sw / 2, ly + sw / 2, e.symbol, 14, { bold: true, color: e.ink, align: 'center', baseline: 'middle', role: 'symbol' }));
    shapes.push(text(lx + sw + 8, ly + sw / 2, e.label, 17, { baseline: 'middle', role: 'legend' }));
    lx += sw + 8 + measure(e.label, 17, false) + 24;
  }
  shapes.push(text(lx, ly + sw / 2, translate(lang, 'picture.momentOfTruth'), 17, { baseline: 'middle', role: 'legend' }));
  lx = ox;
  const fy = ly + sw + 18;
  for (const face of doc.faces) {
    shapes.push({ kind: 'polygon', role: 'band', fill: face.color, points: rect(lx, fy, 10, sw) });
    shapes.push(text(lx + 18, fy + sw / 2, face.name, 17, { baseline: 'middle', role: 'legend' }));
    lx += 18 + measure(face.name, 17, false) + 28;
  }
  return { width: W, height: H, shapes };
}
