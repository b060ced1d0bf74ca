/**
 * Maßnahmen / Measures: one row per measure with its owner, a real due date, effort and
 * status as drop-down lists (also on spare rows below), so the client keeps the list alive.
 */
import { Effort, MeasureStatus } from '../../model/schema';
import { isQuickWin, measurePriorityOf } from '../../metrics';
import { c, headerRow, yesNo, type Ctx } from '../context';
import { headerHeight, tableWidths } from '../layout';
import type { Cell, SheetModel } from '../model';

/** rows below the last measure that offer the drop-down lists too */
export const SPARE_ROWS = 200;

export function measuresSheet(ctx: Ctx): SheetModel {
  const { t, doc, priorities } = ctx;
  const columns: [string, number][] = [
    [t('excel.col.no'), 6],
    [t('excel.col.measure'), 36],
    [t('tp.description'), 40],
    [t('excel.col.touchpoints'), 34],
    [t('excel.col.owner'), 20],
    [t('excel.col.due'), 12],
    [t('excel.col.effort'), 10],
    [t('excel.col.status'), 13],
    [t('excel.col.quickWin'), 10],
    [t('excel.col.priority'), 11],
    [t('excel.col.effect'), 36],
    [t('excel.col.id'), 20],
  ];
  const titles = new Map(doc.touchpoints.map((tp) => [tp.id, tp.title]));
  const rows: Cell[][] = [headerRow(columns.map(([label]) => label))];
  doc.measures.forEach((m, i) => {
    const linked = m.touchpointIds.map((id) => titles.get(id)).filter((x): x is string => x !== undefined);
    const top = measurePriorityOf(m, priorities);
    rows.push([
      c(i + 1, 'int'),
      c(m.title, 'text'),
      c(m.description, 'text'),
      c(linked.join('\n'), 'text'),
      c(ctx.participantName(m.ownerId), 'text'),
      m.due ? c({ date: m.due }, 'date') : c(null, 'date'),
      c(t(`effort.${m.effort}`), 'plain'),
      c(t(`status.${m.status}`), 'plain'),
      c(yesNo(ctx, isQuickWin(m, priorities)), isQuickWin(m, priorities) ? 'label' : 'plain'),
      c(top?.rank ?? null, 'int'),
      c(m.effect, 'text'),
      c(m.id, 'muted'),
    ]);
  });
  const last = rows.length - 1 + SPARE_ROWS;
  const col = (label: string) => columns.findIndex(([l]) => l === label);
  return {
    key: 'measures',
    name: t('excel.sheet.measures'),
    widths: tableWidths(columns),
    rows,
    heights: { 0: headerHeight(columns) },
    freeze: { rows: 1, cols: 2 },
    autoFilter: { r1: 0, c1: 0, r2: Math.max(0, rows.length - 1), c2: columns.length - 1 },
    lists: [
      { range: { r1: 1, c1: col(t('excel.col.status')), r2: last, c2: col(t('excel.col.status')) }, values: MeasureStatus.options.map((s) => t(`status.${s}`)) },
      { range: { r1: 1, c1: col(t('excel.col.effort')), r2: last, c2: col(t('excel.col.effort')) }, values: Effort.options.map((e) => t(`effort.${e}`)) },
    ],
    // due dates typed on spare rows are dates too
    columnStyles: { [col(t('excel.col.due'))]: 'date' },
    printTitleRow: 0,
  };
}
