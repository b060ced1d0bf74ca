/** What every sheet builder needs: the workshop, its metrics computed once, labels in the export language. */
import { translate, type MessageKey, type Params } from '../i18n/messages';
import { consensusOf, cubeOf, journeyOrder, matrixFieldOf, prioritiesOf, type Consensus, type Cube, type Priorities, type Priority } from '../metrics';
import type { Level, Touchpoint, Workshop } from '../model/schema';
import type { Cell, CellStyle, CellValue } from './model';
import { baseStyles, levelKey } from './styles';
import { cellText } from './text';

export interface ExportOptions {
  lang: 'de' | 'en';
  /** the moment of the export (document properties, "exported on") */
  now: Date;
}

export interface Ctx {
  doc: Workshop;
  lang: 'de' | 'en';
  now: Date;
  t: (key: MessageKey, params?: Params) => string;
  styles: Record<string, CellStyle>;
  /** touchpoints in the customer's order */
  journey: Touchpoint[];
  consensus: Map<string, Consensus>;
  cube: Cube;
  priorities: Priorities;
  phaseName: (id: string | null) => string;
  faceName: (id: string | null) => string;
  departmentName: (id: string | null) => string;
  participantName: (id: string | null) => string;
  /** participants' dots + the room's dots */
  votes: (touchpointId: string) => number;
}

export function contextOf(doc: Workshop, opts: ExportOptions): Ctx {
  const t = (key: MessageKey, params?: Params) => translate(opts.lang, key, params);
  const names = (items: readonly { id: string; name: string }[], fallback: string) => {
    const m = new Map(items.map((i) => [i.id, i.name]));
    return (id: string | null) => (id === null ? fallback : (m.get(id) ?? fallback));
  };
  const consensus = new Map<string, Consensus>();
  for (const tp of doc.touchpoints) consensus.set(tp.id, consensusOf(doc, tp.id));
  const dots = new Map<string, number>();
  for (const tp of doc.touchpoints) {
    let n = doc.roomVotes[tp.id] ?? 0;
    const row = doc.votes[tp.id];
    if (row) for (const d of Object.values(row)) n += d;
    dots.set(tp.id, n);
  }
  return {
    doc,
    lang: opts.lang,
    now: opts.now,
    t,
    styles: baseStyles(opts.lang),
    journey: journeyOrder(doc),
    consensus,
    cube: cubeOf(doc),
    priorities: prioritiesOf(doc),
    phaseName: names(doc.phases, ''),
    faceName: names(doc.faces, t('tp.noFace')),
    departmentName: names(doc.departments, t('tp.noDepartment')),
    participantName: names(doc.participants, ''),
    votes: (id) => dots.get(id) ?? 0,
  };
}

/** A cell; text is made XML-safe here, so no builder can forget it. */
export function c(v: CellValue, s?: string, note?: string): Cell {
  const value = typeof v === 'string' ? cellText(v) : typeof v === 'number' && !Number.isFinite(v) ? null : v;
  const cell: Cell = { v: value };
  if (s) cell.s = s;
  if (note) cell.note = cellText(note);
  return cell;
}

/** A level as a number on its colour (empty on white when there is none). */
export function levelCell(v: Level | null): Cell {
  return c(v, `level:${levelKey(v)}`);
}

/** The level's words, e.g. "+1 good" / "+1 gut". */
export function levelLabel(ctx: Ctx, v: Level | null): string {
  if (v === null) return ctx.t('level.none');
  const sign = v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0';
  return `${sign} ${ctx.t(`level.${v}`)}`;
}

/**
 * The priority-matrix field as the app names it (act.quadrant.*); a touchpoint not rated yet
 * is a blind spot, as in the matrix's own lane, not a field of the matrix.
 */
export function quadrantLabel(ctx: Ctx, p: Pick<Priority, 'quadrant' | 'unrated'>): string {
  const field = matrixFieldOf(p);
  return field === 'blind-spot' ? ctx.t('act.prio.blindSpot') : ctx.t(`act.quadrant.${field}`);
}

export const yesNo = (ctx: Ctx, b: boolean) => ctx.t(b ? 'common.yes' : 'common.no');

/** A table's header row. */
export function headerRow(labels: string[]): Cell[] {
  return labels.map((l) => c(l, 'header'));
}
