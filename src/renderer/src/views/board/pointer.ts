/**
 * Mouse and touch on the board canvas: click and shift-click select, drag moves cards
 * (one command on drop), drag on empty space (or space+drag, middle button) pans,
 * shift+drag on empty space draws a lasso, Ctrl+wheel zooms, wheel pans, double-click
 * adds a card to a column / edits a card / zooms to a phase.
 */
import type { BoardController } from './controller';
import { dropTarget, type DropTarget } from './drop';
import { cardsInRect, hitTest } from './hit';
import { toBoard, type View } from './viewport';
import type { BoardScene } from './scene';

export interface PointerContext {
  ctl: BoardController;
  scene: () => BoardScene | null;
  /** redraw the scene from the current layout (after a cancelled drop) */
  redraw: () => void;
  /** focus the side panel for the selected card */
  openPanel: () => void;
  readOnly: boolean;
}

type Gesture =
  | { kind: 'press'; id: string; sx: number; sy: number; bx: number; by: number; toggleOnUp: boolean; selectOnUp: boolean }
  | { kind: 'drag'; ids: string[]; bx: number; by: number; target: DropTarget | null }
  | { kind: 'pan'; sx: number; sy: number; view: View; moved: boolean; onCell: { phaseId: string; laneKey: string } | null; empty: boolean }
  | { kind: 'lasso'; bx: number; by: number; additive: boolean };

const DRAG_THRESHOLD = 4;

export function attachPointer(host: HTMLElement, ctx: PointerContext): () => void {
  let gesture: Gesture | null = null;
  let spaceHeld = false;
  const { ctl } = ctx;

  const local = (e: { clientX: number; clientY: number }) => {
    const r = host.getBoundingClientRect();
    return { sx: e.clientX - r.left, sy: e.clientY - r.top };
  };
  const cursor = (c: string) => {
    host.style.cursor = c;
  };

  function down(e: PointerEvent) {
    if (e.button !== 0 && e.button !== 1) return;
    const layout = ctl.layout;
    if (!layout) return;
    host.focus({ preventScroll: true });
    const { sx, sy } = local(e);
    const b = toBoard(ctl.board.view, sx, sy);
    host.setPointerCapture(e.pointerId);
    const panGesture = (onCell: { phaseId: string; laneKey: string } | null, empty: boolean): Gesture => ({ kind: 'pan', sx, sy, view: ctl.board.view, moved: false, onCell, empty });
    if (e.button === 1 || spaceHeld) {
      gesture = panGesture(null, false);
      cursor('grabbing');
      return;
    }
    const hit = hitTest(layout, b.x, b.y);
    const multi = e.shiftKey || e.ctrlKey || e.metaKey;
    if (hit.kind === 'card' && !ctx.readOnly) {
      const selected = ctl.board.isSelected(hit.id);
      let toggleOnUp = false;
      let selectOnUp = false;
      if (multi) {
        if (selected) toggleOnUp = true;
        else ctl.selectCard(hit.id, 'add', false);
      } else if (selected) selectOnUp = ctl.board.selected.length > 1;
      else ctl.selectCard(hit.id, 'replace', false);
      gesture = { kind: 'press', id: hit.id, sx, sy, bx: b.x, by: b.y, toggleOnUp, selectOnUp };
      return;
    }
    if (hit.kind === 'header') {
      ctl.selectColumn(hit.phaseId);
      gesture = panGesture(null, false);
      return;
    }
    if (multi && !ctx.readOnly) {
      // shift+drag draws a fresh selection; with Ctrl/Cmd as well it adds to the current one
      gesture = { kind: 'lasso', bx: b.x, by: b.y, additive: e.ctrlKey || e.metaKey };
      return;
    }
    gesture = panGesture(hit.kind === 'cell' ? { phaseId: hit.phaseId, laneKey: hit.laneKey } : null, hit.kind === 'none');
  }

  function move(e: PointerEvent) {
    const g = gesture;
    if (!g) {
      if (!spaceHeld && ctl.layout) {
        const { sx, sy } = local(e);
        const b = toBoard(ctl.board.view, sx, sy);
        const hit = hitTest(ctl.layout, b.x, b.y);
        cursor(hit.kind === 'card' && !ctx.readOnly ? 'pointer' : 'default');
      }
      return;
    }
    const { sx, sy } = local(e);
    const view = ctl.board.view;
    const b = toBoard(view, sx, sy);
    const layout = ctl.layout;
    if (!layout) return;
    if (g.kind === 'press') {
      if (Math.hypot(sx - g.sx, sy - g.sy) < DRAG_THRESHOLD) return;
      const ids = ctl.board.selected.includes(g.id) ? [...ctl.board.selected] : [g.id];
      ctx.scene()?.beginDrag(ids);
      gesture = { kind: 'drag', ids, bx: g.bx, by: g.by, target: null };
      cursor('grabbing');
      return move(e);
    }
    if (g.kind === 'drag') {
      const scene = ctx.scene();
      scene?.dragBy(b.x - g.bx, b.y - g.by);
      g.target = dropTarget(layout, b.x, b.y, new Set(g.ids));
      scene?.showMark(g.target?.mark ?? null);
      return;
    }
    if (g.kind === 'pan') {
      if (!g.moved && Math.hypot(sx - g.sx, sy - g.sy) < DRAG_THRESHOLD) return;
      g.moved = true;
      cursor('grabbing');
      ctl.board.setView({ scale: g.view.scale, x: g.view.x + sx - g.sx, y: g.view.y + sy - g.sy });
      return;
    }
    ctx.scene()?.showLasso({ x: g.bx, y: g.by, w: b.x - g.bx, h: b.y - g.by });
  }

  function up(e: PointerEvent) {
    const g = gesture;
    gesture = null;
    if (host.hasPointerCapture(e.pointerId)) host.releasePointerCapture(e.pointerId);
    cursor(spaceHeld ? 'grab' : 'default');
    if (!g) return;
    if (g.kind === 'press') {
      if (g.toggleOnUp) ctl.selectCard(g.id, 'toggle', false);
      else if (g.selectOnUp) ctl.selectCard(g.id, 'replace', false);
      return;
    }
    if (g.kind === 'drag') {
      const scene = ctx.scene();
      const target = g.target;
      if (!target) {
        scene?.endDrag(true);
        return;
      }
      // leave the cards where they were dropped until the new document redraws the board
      scene?.endDrag(false);
      void ctl.drop(g.ids, target).then((moved) => {
        if (!moved) ctx.redraw();
      });
      return;
    }
    if (g.kind === 'pan') {
      if (g.moved) return;
      if (g.onCell) {
        ctl.selectColumn(g.onCell.phaseId);
        if (ctl.board.lanes) ctl.board.lane = g.onCell.laneKey;
      } else if (g.empty) ctl.board.clearSelection();
      return;
    }
    const { sx, sy } = local(e);
    const b = toBoard(ctl.board.view, sx, sy);
    ctx.scene()?.showLasso(null);
    const layout = ctl.layout;
    if (layout) ctl.selectIds(cardsInRect(layout, { x: g.bx, y: g.by, w: b.x - g.bx, h: b.y - g.by }), g.additive);
  }

  function cancel(e: PointerEvent) {
    const g = gesture;
    gesture = null;
    if (host.hasPointerCapture(e.pointerId)) host.releasePointerCapture(e.pointerId);
    if (g?.kind === 'drag') ctx.scene()?.endDrag(true);
    if (g?.kind === 'lasso') ctx.scene()?.showLasso(null);
  }

  function dblclick(e: MouseEvent) {
    const layout = ctl.layout;
    if (!layout) return;
    const { sx, sy } = local(e);
    const b = toBoard(ctl.board.view, sx, sy);
    const hit = hitTest(layout, b.x, b.y);
    if (hit.kind === 'header') ctl.zoomColumn(hit.phaseId);
    if (ctx.readOnly) return;
    if (hit.kind === 'card') {
      ctl.selectCard(hit.id);
      ctx.openPanel();
    } else if (hit.kind === 'cell') ctl.startCapture(hit.phaseId, hit.laneKey);
  }

  function wheel(e: WheelEvent) {
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 20 : e.deltaMode === 2 ? 400 : 1;
    if (e.ctrlKey || e.metaKey) {
      const { sx, sy } = local(e);
      ctl.zoomBy(Math.exp(-e.deltaY * unit * 0.0015), { x: sx, y: sy });
    } else if (e.shiftKey && e.deltaX === 0) ctl.panBy(-e.deltaY * unit, 0);
    else ctl.panBy(-e.deltaX * unit, -e.deltaY * unit);
  }

  function keydown(e: KeyboardEvent) {
    if (e.key === ' ' && e.target === host) {
      e.preventDefault();
      if (!spaceHeld) {
        spaceHeld = true;
        if (!gesture) cursor('grab');
      }
    }
  }
  function keyup(e: KeyboardEvent) {
    if (e.key === ' ') {
      spaceHeld = false;
      if (!gesture) cursor('default');
    }
  }
  function blur() {
    spaceHeld = false;
  }

  host.addEventListener('pointerdown', down);
  host.addEventListener('pointermove', move);
  host.addEventListener('pointerup', up);
  host.addEventListener('pointercancel', cancel);
  host.addEventListener('dblclick', dblclick);
  host.addEventListener('wheel', wheel, { passive: false });
  host.addEventListener('keydown', keydown);
  host.addEventListener('keyup', keyup);
  host.addEventListener('blur', blur);
  return () => {
    host.removeEventListener('pointerdown', down);
    host.removeEventListener('pointermove', move);
    host.removeEventListener('pointerup', up);
    host.removeEventListener('pointercancel', cancel);
    host.removeEventListener('dblclick', dblclick);
    host.removeEventListener('wheel', wheel);
    host.removeEventListener('keydown', keydown);
    host.removeEventListener('keyup', keyup);
    host.removeEventListener('blur', blur);
  };
}
