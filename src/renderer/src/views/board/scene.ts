/**
 * The Konva projection of the board: draws a BoardLayout (columns, lanes, cards) and
 * nothing else. It never decides anything: hit testing, drops and orders come from the
 * pure layout, changes go out as commands, and the next document redraws the scene.
 * Nodes do not listen to events (the layout answers "what is under the pointer"), which
 * keeps Konva's hit canvas out of the way. A drag moves the dragged cards to an overlay
 * layer so only that small layer redraws per frame.
 */
import Konva from 'konva/lib/Core';
import { Rect } from 'konva/lib/shapes/Rect';
import { Text } from 'konva/lib/shapes/Text';
import { Shape } from 'konva/lib/Shape';
import type { Layer } from 'konva/lib/Layer';
import type { Stage } from 'konva/lib/Stage';
import type { Face, Touchpoint, Workshop } from '../../../../shared/model/schema';
import { CARD_CHROME, GEOMETRY, NONE, cardTextAt, type BoardLayout, type CardText } from '../../../../shared/board';
import type { View } from './viewport';
import { cachedMeasure, ellipsize, wrapText, type Measure } from '../../../../shared/board/textfit';
import { hyphenatorFor } from '../../lib/hyphenate';
import { textOn, type BoardTheme } from './theme';
import { CARD_TEXT, MARK, drawCard, type CardPaint } from './cardDraw';

export interface SceneLabels {
  noFace: string;
}

export interface SceneData {
  layout: BoardLayout;
  doc: Workshop;
  theme: BoardTheme;
  labels: SceneLabels;
  column: string | null;
}

/** One card = one Konva shape with its own draw function: far fewer nodes than a group of
 *  rects and texts, and text is wrapped once (textfit) instead of on every attribute. */
interface CardNode {
  shape: Shape;
  paint: CardPaint | null;
  sig: string;
}

export class BoardScene {
  readonly stage: Stage;
  private bgLayer: Layer;
  private cardLayer: Layer;
  private overLayer: Layer;
  private cards = new Map<string, CardNode>();
  private selected = new Set<string>();
  private dragging: { nodes: CardNode[]; origin: { x: number; y: number }[] } | null = null;
  private mark: Rect;
  private lasso: Rect;
  private bgSig = '';
  /** the cards' title size and chrome at the present zoom and card height */
  private text: CardText = cardTextAt(1, { w: GEOMETRY.cardW, h: GEOMETRY.cardH });
  private card: { w: number; h: number } = { w: GEOMETRY.cardW, h: GEOMETRY.cardH };
  private last: SceneData | null = null;
  private repaintQueued = false;

  constructor(container: HTMLDivElement, width: number, height: number) {
    this.stage = new Konva.Stage({ container, width, height, listening: false });
    this.bgLayer = new Konva.Layer({ listening: false });
    this.cardLayer = new Konva.Layer({ listening: false });
    this.overLayer = new Konva.Layer({ listening: false });
    this.stage.add(this.bgLayer, this.cardLayer, this.overLayer);
    this.mark = new Rect({ width: 6, cornerRadius: 3, visible: false });
    this.lasso = new Rect({ strokeWidth: 2, dash: [8, 6], visible: false });
    this.overLayer.add(this.mark, this.lasso);
  }

  resize(width: number, height: number) {
    this.stage.size({ width, height });
  }

  setView(v: View) {
    this.stage.scale({ x: v.scale, y: v.scale });
    this.stage.position({ x: v.x, y: v.y });
    // semantic zoom: when the title size changes with the zoom, the cards are painted again,
    // after the present round of effects (a new layout arriving with the new zoom paints them anyway)
    if (this.retext() && this.last && !this.repaintQueued) {
      this.repaintQueued = true;
      queueMicrotask(() => {
        if (this.repaintQueued && this.last) this.update(this.last);
        this.repaintQueued = false;
      });
    }
    this.stage.batchDraw();
  }

  /** Recompute the title size for the present zoom; true when it changed. Exposes the
   *  on-screen size (font size × zoom) on the canvas host for tests and tools. */
  private retext(): boolean {
    const scale = this.stage.scaleX();
    const next = cardTextAt(scale, this.card);
    const changed = next.titleSize !== this.text.titleSize || next.titleLines !== this.text.titleLines || next.detail !== this.text.detail;
    this.text = next;
    const host = this.stage.container();
    const px = (next.titleSize * scale).toFixed(1);
    if (host.dataset['titlePx'] !== px) host.dataset['titlePx'] = px;
    if (host.dataset['cardDetail'] !== next.detail) host.dataset['cardDetail'] = next.detail;
    return changed;
  }

  destroy() {
    this.last = null;
    this.stage.destroy();
    this.cards.clear();
  }

  /** Draw the board for a layout; only changed cards are touched. */
  update(d: SceneData) {
    this.last = d;
    this.repaintQueued = false;
    this.card = { w: d.layout.cardW, h: d.layout.cardH };
    this.retext();
    this.drawBackground(d);
    const faces = new Map(d.doc.faces.map((f) => [f.id, f]));
    const depts = new Map(d.doc.departments.map((x) => [x.id, x]));
    const tps = new Map(d.doc.touchpoints.map((t) => [t.id, t]));
    const seen = new Set<string>();
    for (const box of d.layout.cards) {
      const tp = tps.get(box.id);
      if (!tp) continue;
      seen.add(box.id);
      let node = this.cards.get(box.id);
      if (!node) {
        node = this.createCard();
        this.cards.set(box.id, node);
        this.cardLayer.add(node.shape);
      }
      const face = tp.faceId ? faces.get(tp.faceId) : undefined;
      const dept = tp.departmentId ? depts.get(tp.departmentId) : undefined;
      const th = d.theme;
      const sig = [tp.title, face?.name, face?.color, dept?.name, dept?.color, tp.direct, tp.online, tp.momentOfTruth, box.w, box.h, th.surface2, th.fg, th.muted, th.border, th.accent, th.font, d.labels.noFace, d.doc.meta.language, this.text.detail, this.text.titleSize, this.text.titleLines].join('\u0001');
      if (sig !== node.sig || !node.paint) {
        node.paint = this.paintOf(tp, face, dept, box.w, box.h, d);
        node.sig = sig;
      }
      node.paint.selected = this.selected.has(box.id);
      node.shape.opacity(box.dim ? 0.22 : 1);
      if (!this.dragging?.nodes.includes(node)) node.shape.position({ x: box.x, y: box.y });
    }
    for (const [id, node] of this.cards) {
      if (seen.has(id)) continue;
      node.shape.destroy();
      this.cards.delete(id);
    }
    this.mark.fill(d.theme.accent);
    this.lasso.stroke(d.theme.accent);
    this.stage.batchDraw();
  }

  setSelection(ids: readonly string[]) {
    const next = new Set(ids);
    for (const id of new Set([...this.selected, ...next])) {
      const paint = this.cards.get(id)?.paint;
      if (paint) paint.selected = next.has(id);
    }
    this.selected = next;
    this.cardLayer.batchDraw();
    this.overLayer.batchDraw();
  }

  // ── drag, drop mark, lasso ──

  beginDrag(ids: readonly string[]) {
    const nodes = ids.map((id) => this.cards.get(id)).filter((n): n is CardNode => !!n);
    for (const n of nodes) n.shape.moveTo(this.overLayer);
    this.dragging = { nodes, origin: nodes.map((n) => n.shape.position()) };
    this.cardLayer.batchDraw();
  }

  dragBy(dx: number, dy: number) {
    const d = this.dragging;
    if (!d) return;
    d.nodes.forEach((n, i) => n.shape.position({ x: d.origin[i]!.x + dx, y: d.origin[i]!.y + dy }));
    this.overLayer.batchDraw();
  }

  /** Put dragged cards back on the card layer; `restore` moves them home (cancelled drop). */
  endDrag(restore: boolean) {
    const d = this.dragging;
    if (!d) return;
    d.nodes.forEach((n, i) => {
      n.shape.moveTo(this.cardLayer);
      if (restore) n.shape.position(d.origin[i]!);
    });
    this.dragging = null;
    this.showMark(null);
    this.stage.batchDraw();
  }

  showMark(m: { x: number; y: number; h: number } | null) {
    if (m) this.mark.setAttrs({ x: m.x - 3, y: m.y - 4, height: m.h + 8, visible: true });
    else this.mark.visible(false);
    this.overLayer.batchDraw();
  }

  showLasso(r: { x: number; y: number; w: number; h: number } | null) {
    if (r) this.lasso.setAttrs({ x: Math.min(r.x, r.x + r.w), y: Math.min(r.y, r.y + r.h), width: Math.abs(r.w), height: Math.abs(r.h), visible: true, strokeWidth: 2 / this.stage.scaleX() });
    else this.lasso.visible(false);
    this.overLayer.batchDraw();
  }

  // ── drawing ──

  private createCard(): CardNode {
    const node: CardNode = { shape: null as unknown as Shape, paint: null, sig: '' };
    node.shape = new Shape({
      listening: false,
      perfectDrawEnabled: false,
      sceneFunc: (ctx) => {
        if (node.paint) drawCard(ctx._context, node.paint);
      },
    });
    return node;
  }

  private paintOf(tp: Touchpoint, face: Face | undefined, dept: { name: string; color: string } | undefined, w: number, h: number, d: SceneData): CardPaint {
    const th = d.theme;
    const px = CARD_CHROME[this.text.detail].padX;
    const f = th.font;
    const faceItalic = !face;
    const faceFont = `${faceItalic ? 'italic ' : ''}bold ${CARD_TEXT.faceSize}px ${f}`;
    const marks = `${tp.direct ? MARK.direct : MARK.indirect} ${tp.online ? MARK.online : MARK.offline}`;
    const marksW = measurer(`${CARD_TEXT.markSize}px ${f}`)(marks);
    const text = this.text;
    const compact = text.detail === 'compact';
    let deptPaint: CardPaint['dept'] = null;
    if (dept && compact) deptPaint = { name: '', color: dept.color, width: 0 };
    else if (dept) {
      const room = w - 2 * px - marksW - 12 - 16;
      if (room > 24) {
        const m = measurer(`${CARD_TEXT.deptSize}px ${f}`);
        const name = ellipsize(dept.name, room, m);
        deptPaint = { name, color: dept.color, width: m(name) };
      }
    }
    return {
      w,
      h,
      font: f,
      bg: th.surface2,
      border: tp.direct ? th.border : th.muted,
      borderW: tp.direct ? 1.5 : 2,
      dashed: !tp.direct,
      band: face?.color ?? th.border,
      bandText: face ? textOn(face.color) : th.fg,
      // compact: the symbols share the face band with the face name
      faceLabel: ellipsize(face?.name ?? d.labels.noFace, w - 2 * px - (tp.momentOfTruth ? 24 : 0) - (compact ? marksW + 8 : 0), measurer(faceFont)),
      faceItalic,
      star: tp.momentOfTruth,
      text,
      title: wrapText(tp.title, w - 2 * px, text.titleLines, measurer(`bold ${text.titleSize}px ${f}`), hyphenatorFor(d.doc.meta.language)),
      titleColor: th.fg,
      marks,
      marksW,
      marksColor: th.fg,
      dept: deptPaint,
      selected: false,
      selColor: th.accent,
    };
  }

  private drawBackground(d: SceneData) {
    const { layout: l, theme: th, doc } = d;
    const sig = JSON.stringify([l.width, l.height, l.columns, l.lanes, d.column, th, doc.phases.length]);
    if (sig === this.bgSig) return;
    this.bgSig = sig;
    this.bgLayer.destroyChildren();
    const g = GEOMETRY;
    // lanes: alternating bands across the whole width, a header on the left
    if (l.lanesOn) {
      l.lanes.forEach((lane, i) => {
        this.bgLayer.add(new Rect({ x: 0, y: lane.y, width: l.width, height: lane.h, fill: i % 2 === 0 ? th.bg : th.surface, opacity: 0.6 }));
        this.bgLayer.add(new Rect({ x: 0, y: lane.y + lane.h - 1, width: l.width, height: 2, fill: th.border }));
        const none = lane.key === NONE;
        this.bgLayer.add(
          new Rect({ x: 0, y: lane.y + 6, width: g.laneHeaderW, height: lane.h - 12, cornerRadius: 8, fill: th.surface2, stroke: none ? th.muted : th.border, strokeWidth: 1.5, dash: none ? [7, 5] : [] }),
        );
        if (lane.color) this.bgLayer.add(new Rect({ x: 0, y: lane.y + 6, width: 10, height: lane.h - 12, cornerRadius: [8, 0, 0, 8], fill: lane.color }));
        this.bgLayer.add(
          new Text({ x: 20, y: lane.y + 16, width: g.laneHeaderW - 30, height: Math.max(24, lane.h - 60), text: wrapText(lane.name, g.laneHeaderW - 30, 3, measurer(`${none ? 'italic ' : ''}bold 19px ${th.font}`), hyphenatorFor(d.doc.meta.language)).join('\n'), fontSize: 19, fontStyle: none ? 'italic bold' : 'bold', fill: th.fg, fontFamily: th.font, wrap: 'none', lineHeight: 1.15 }),
        );
        this.bgLayer.add(new Text({ x: 20, y: lane.y + lane.h - 38, text: String(lane.count), fontSize: 20, fontStyle: 'bold', fill: th.muted, fontFamily: th.font }));
      });
    }
    for (const col of l.columns) {
      const selected = col.phaseId === d.column;
      this.bgLayer.add(new Rect({ x: col.x, y: 0, width: col.w, height: l.height, cornerRadius: 10, fill: th.surface, opacity: l.lanesOn ? 0.55 : 1, stroke: selected ? th.accent : th.border, strokeWidth: selected ? 4 : 1 }));
      this.bgLayer.add(new Rect({ x: col.x, y: 0, width: col.w, height: g.headerH - 8, cornerRadius: [10, 10, 0, 0], fill: selected ? th.accent : th.surface2, stroke: selected ? th.accent : th.border, strokeWidth: 1 }));
      const countText = col.count === col.total ? String(col.total) : `${col.count}/${col.total}`;
      const pill = new Text({ text: countText, fontSize: 22, fontStyle: 'bold', fontFamily: th.font, padding: 6, fill: selected ? th.accent : th.accentFg });
      const pw = pill.width();
      pill.position({ x: col.x + col.w - pw - 14, y: 14 });
      this.bgLayer.add(new Rect({ x: col.x + col.w - pw - 14, y: 14, width: pw, height: pill.height(), cornerRadius: 16, fill: selected ? th.accentFg : th.accent }));
      this.bgLayer.add(pill);
      this.bgLayer.add(
        new Text({ x: col.x + 16, y: 17, width: col.w - pw - 44, text: col.name, fontSize: 25, fontStyle: 'bold', fill: selected ? th.accentFg : th.fg, fontFamily: th.font, wrap: 'none', ellipsis: true }),
      );
    }
  }
}

const measurers = new Map<string, Measure>();
let measureCtx: CanvasRenderingContext2D | null = null;
/** A cached text measure for a canvas font (one hidden 2D context for all of them). */
function measurer(font: string): Measure {
  let m = measurers.get(font);
  if (!m) {
    measureCtx ??= document.createElement('canvas').getContext('2d');
    const ctx = measureCtx;
    m = ctx ? cachedMeasure(ctx, font) : (t: string) => t.length * 10;
    measurers.set(font, m);
  }
  return m;
}
