/** Prioritäten / Priorities: every touchpoint by priority (importance × gap, moments of truth, dots). */
import { c, headerRow, levelCell, quadrantLabel, yesNo, type Ctx } from '../context';
import { headerHeight, tableWidths } from '../layout';
import type { Cell, SheetModel } from '../model';

export function prioritiesSheet(ctx: Ctx): SheetModel {
  const { t } = ctx;
  const columns: [string, number][] = [
    [t('excel.col.rank'), 7],
    [t('tp.title'), 38],
    [t('tp.phase'), 18],
    [t('tp.face'), 24],
    [t('excel.col.importance'), 12],
    [t('excel.col.momentOfTruth'), 11],
    [t('excel.col.value'), 10],
    [t('excel.col.target'), 9],
    [t('excel.col.gap'), 8],
    [t('excel.col.votes'), 10],
    [t('excel.col.weight'), 9],
    [t('excel.col.score'), 10],
    [t('excel.col.key'), 12],
    [t('excel.col.quadrant'), 16],
  ];
  const rows: Cell[][] = [headerRow(columns.map(([label]) => label))];
  for (const p of ctx.priorities.ranked) {
    rows.push([
      c(p.rank, 'int'),
      c(p.title, 'text'),
      c(ctx.phaseName(p.phaseId), 'text'),
      c(ctx.faceName(p.faceId), 'text'),
      c(p.importance, 'int'),
      c(yesNo(ctx, p.momentOfTruth), p.momentOfTruth ? 'label' : 'plain'),
      levelCell(p.current),
      levelCell(p.target),
      c(p.gap, 'int'),
      c(p.votes, 'int'),
      c(p.weight, 'dec'),
      c(p.score, 'dec'),
      c(yesNo(ctx, p.key), p.key ? 'label' : 'plain'),
      c(quadrantLabel(ctx, p), p.unrated ? 'blind' : 'plain'),
    ]);
  }
  return {
    key: 'priorities',
    name: t('excel.sheet.priorities'),
    widths: tableWidths(columns),
    rows,
    heights: { 0: headerHeight(columns) },
    freeze: { rows: 1, cols: 2 },
    autoFilter: { r1: 0, c1: 0, r2: Math.max(0, rows.length - 1), c2: columns.length - 1 },
    printTitleRow: 0,
  };
}
