/**
 * What the board's keys, pointer, outline and side panel do. Every change of the workshop
 * is a command (one gesture = one `doc.run` = one undo step); everything else is session
 * state in BoardState.
 */
import { appendToPhase, byOrder } from '../../../../shared/board/order';
import { cmd } from '../../../../shared/commands';
import { newId } from '../../../../shared/model/ids';
import type { Touchpoint } from '../../../../shared/model/schema';
import type { DocStore } from '../../lib/docState.svelte';
import { t } from '../../lib/i18n.svelte';
import type { BoardState } from './boardState.svelte';
import { NONE, nextSlot, type BoardLayout } from '../../../../shared/board';
import { dropMoves, type DropTarget } from './drop';
import { firstCardOf, neighbour, type Direction } from './hit';
import { columnView, fitView, revealBox, zoomAt } from './viewport';

type Patch = Partial<Omit<Touchpoint, 'id' | 'order'>>;

export class BoardController {
  /** id of the last card added by capture: Escape selects it */
  private lastCaptured: string | null = null;

  constructor(
    private readonly doc: DocStore,
    readonly board: BoardState,
    private readonly getLayout: () => BoardLayout | null,
    private readonly getViewport: () => { width: number; height: number },
  ) {}

  get layout(): BoardLayout | null {
    return this.getLayout();
  }

  private phaseName(phaseId: string): string {
    return this.doc.doc.phases.find((p) => p.id === phaseId)?.name ?? '';
  }

  // ── selection ──

  selectCard(id: string, mode: 'replace' | 'toggle' | 'add' = 'replace', reveal = true) {
    const tp = this.doc.doc.touchpoints.find((x) => x.id === id);
    if (!tp) return;
    const b = this.board;
    if (mode === 'toggle') b.toggle(id);
    else if (mode === 'add') b.add([id]);
    else b.select([id]);
    b.column = tp.phaseId;
    const box = this.layout?.byId.get(id);
    if (box) b.lane = box.laneKey;
    this.announceSelection();
    if (reveal) this.reveal(id);
  }

  selectColumn(phaseId: string) {
    this.board.select([], phaseId);
    const col = this.layout?.columns.find((c) => c.phaseId === phaseId);
    this.board.announcement = t('board.selected.column', { phase: this.phaseName(phaseId), count: col?.total ?? 0 });
  }

  selectIds(ids: readonly string[], additive: boolean) {
    if (additive) this.board.add(ids);
    else this.board.select(ids);
    const first = this.doc.doc.touchpoints.find((x) => x.id === ids[0]);
    if (first) this.board.column = first.phaseId;
    this.announceSelection();
  }

  selectAll() {
    const l = this.layout;
    if (l) this.selectIds(l.cards.filter((c) => !c.dim).map((c) => c.id), false);
  }

  announceSelection() {
    const ids = this.board.selected;
    if (ids.length === 1) {
      const tp = this.doc.doc.touchpoints.find((x) => x.id === ids[0]);
      if (!tp) return;
      const face = this.doc.doc.faces.find((f) => f.id === tp.faceId)?.name ?? t('board.noFace');
      const dept = this.doc.doc.departments.find((d) => d.id === tp.departmentId)?.name ?? t('board.laneNone');
      this.board.announcement = t('board.selected.one', { title: tp.title, phase: this.phaseName(tp.phaseId), face, department: dept });
    } else if (ids.length > 1) {
      this.board.announcement = t('board.selected.many', { count: ids.length });
    }
  }

  /** Arrow keys: between cards, to the column header and between columns. */
  arrow(dir: Direction, extend: boolean) {
    const l = this.layout;
    if (!l) return;
    const b = this.board;
    const current = b.selected[b.selected.length - 1];
    if (current && l.byId.has(current)) {
      const next = neighbour(l, current, dir);
      if (next) return this.selectCard(next, extend ? 'add' : 'replace');
      if (extend) return;
      const ci = l.columns.findIndex((c) => c.phaseId === l.byId.get(current)!.phaseId);
      if (dir === 'up') return this.selectColumn(l.columns[ci]!.phaseId);
      const side = l.columns[ci + (dir === 'left' ? -1 : dir === 'right' ? 1 : 0)];
      if ((dir === 'left' || dir === 'right') && side) this.selectColumn(side.phaseId);
      return;
    }
    const ci = Math.max(0, l.columns.findIndex((c) => c.phaseId === b.column));
    const col = l.columns[ci];
    if (!col) return;
    if (!b.column) return this.selectColumn(col.phaseId);
    if (dir === 'left' || dir === 'right') {
      const side = l.columns[ci + (dir === 'left' ? -1 : 1)];
      if (side) this.selectColumn(side.phaseId);
    } else if (dir === 'down') {
      const first = firstCardOf(l, col.phaseId);
      if (first) this.selectCard(first);
    }
  }

  // ── capture ──

  /** Start capturing new cards in a column (default: the selected one) and lane. */
  startCapture(phaseId?: string, laneKey?: string) {
    const l = this.layout;
    const b = this.board;
    const phase = phaseId ?? b.column ?? l?.columns[0]?.phaseId;
    if (!phase) return;
    const lane = laneKey ?? (b.lanes ? (l?.lanes.some((x) => x.key === b.lane) ? b.lane : NONE) : '');
    b.column = phase;
    b.lane = lane;
    b.capture = { phaseId: phase, laneKey: lane };
    this.lastCaptured = null;
    const slot = l ? nextSlot(l, phase, lane) : null;
    if (slot) this.revealBox(slot);
  }

  async saveCapture(title: string): Promise<boolean> {
    const c = this.board.capture;
    const text = title.trim();
    if (!c || !text) return false;
    const id = newId('tp');
    const departmentId = c.laneKey && c.laneKey !== NONE ? c.laneKey : null;
    const r = await this.doc.run(cmd('touchpoint.add', { id, title: text.slice(0, 300), phaseId: c.phaseId, ...(this.board.lanes ? { departmentId } : {}) }));
    if (!r.ok) return false;
    this.lastCaptured = id;
    this.board.announcement = t('board.capture.saved', { title: text, phase: this.phaseName(c.phaseId) });
    return true;
  }

  /** Tab / Shift+Tab while capturing: the next or previous phase. */
  shiftCapture(delta: 1 | -1) {
    const c = this.board.capture;
    const phases = this.doc.doc.phases;
    if (!c || phases.length === 0) return;
    const i = phases.findIndex((p) => p.id === c.phaseId);
    const next = phases[(i + delta + phases.length) % phases.length]!;
    this.startCapture(next.id, c.laneKey);
  }

  endCapture() {
    const last = this.lastCaptured;
    this.board.capture = null;
    this.lastCaptured = null;
    if (last && this.doc.doc.touchpoints.some((x) => x.id === last)) this.selectCard(last);
  }

  // ── changes (commands) ──

  async update(ids: readonly string[], patch: Patch) {
    if (ids.length === 0) return;
    if (patch.phaseId !== undefined) {
      const { phaseId, ...rest } = patch;
      await this.moveToPhase(ids, phaseId);
      if (Object.keys(rest).length === 0) return;
      patch = rest;
    }
    await this.doc.run(cmd('touchpoint.update', { ids: [...ids], patch }));
  }

  /** The side panel's phase: the cards go to the end of the new phase, in their order. */
  async moveToPhase(ids: readonly string[], phaseId: string) {
    const tps = this.doc.doc.touchpoints;
    const wanted = new Set(ids);
    const moving = tps.filter((x) => wanted.has(x.id) && x.phaseId !== phaseId).sort(byOrder);
    if (moving.length === 0) return;
    const orders = appendToPhase(tps, phaseId, moving.map((x) => x.id));
    await this.doc.run(cmd('touchpoint.move', { moves: [...orders].map(([id, order]) => ({ id, phaseId, order })) }));
    this.board.column = phaseId;
    this.board.announcement = t('board.moved', { phase: this.phaseName(phaseId) });
  }

  /** A drop on the board: ONE touchpoint.move for all dragged cards. */
  async drop(ids: readonly string[], target: DropTarget): Promise<boolean> {
    const moves = dropMoves(this.doc.doc, target, ids);
    if (moves.length === 0) return false;
    const r = await this.doc.run(cmd('touchpoint.move', { moves }));
    if (r.ok) {
      this.board.column = target.phaseId;
      this.board.lane = target.laneKey;
      this.board.announcement = t('board.moved', { phase: this.phaseName(target.phaseId) });
    }
    return r.ok;
  }

  async removeSelection() {
    const existing = new Set(this.doc.doc.touchpoints.map((x) => x.id));
    const ids = this.board.selected.filter((id) => existing.has(id));
    if (ids.length === 0) return;
    // keep the keyboard user in place: select the neighbour that survives
    const l = this.layout;
    const last = ids[ids.length - 1]!;
    const after = l ? (neighbour(l, last, 'down') ?? neighbour(l, last, 'up') ?? neighbour(l, last, 'right') ?? neighbour(l, last, 'left')) : null;
    const r = await this.doc.run(cmd('touchpoint.remove', { ids }));
    if (!r.ok) return;
    this.board.select(after && !ids.includes(after) ? [after] : []);
    this.board.announcement = t('board.removed', { count: ids.length });
  }

  // ── zoom and pan ──

  private viewportSize() {
    return this.getViewport();
  }

  zoomBy(factor: number, at?: { x: number; y: number }) {
    const v = this.viewportSize();
    const p = at ?? { x: v.width / 2, y: v.height / 2 };
    this.board.setView(zoomAt(this.board.view, factor, p.x, p.y));
  }

  fit() {
    const l = this.layout;
    if (!l) return;
    this.board.setView(fitView(l, this.viewportSize()), false);
    this.board.autoFit = true;
  }

  zoomColumn(phaseId?: string) {
    const l = this.layout;
    const id = phaseId ?? this.board.column ?? l?.columns[0]?.phaseId;
    if (!l || !id) return;
    const v = columnView(l, id, this.viewportSize());
    if (v) this.board.setView(v);
    this.board.column = id;
  }

  panBy(dx: number, dy: number) {
    const v = this.board.view;
    this.board.setView({ scale: v.scale, x: v.x + dx, y: v.y + dy });
  }

  reveal(id: string) {
    const box = this.layout?.byId.get(id);
    if (box) this.revealBox(box);
  }

  revealBox(box: { x: number; y: number; w: number; h: number }) {
    const v = this.board.view;
    const next = revealBox(v, box, this.viewportSize());
    if (next !== v) this.board.setView(next);
  }
}
