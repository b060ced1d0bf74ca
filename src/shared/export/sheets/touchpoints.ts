/** Touchpoints: one row per touchpoint in journey order, every attribute and every figure, filterable; the main columns first, and only they printed. */
import { c, headerRow, levelCell, levelLabel, yesNo, type Ctx } from '../context';
import { headerHeight, tableWidths } from '../layout';
import type { Cell, SheetModel } from '../model';
import { levelKey } from '../styles';

/**
 * The columns printed on the page width (A4 landscape at about 80 %): who sees what, where,
 * how it was rated, how urgent it is, and the customer's words. The other columns follow
 * them in the sheet, for filtering on screen.
 */
const PRINTED = 10;

export function touchpointsSheet(ctx: Ctx): SheetModel {
  const { t } = ctx;
  const columns: [string, number][] = [
    [t('excel.col.no'), 6],
    [t('tp.title'), 34],
    [t('tp.phase'), 18],
    [t('tp.face'), 24],
    [t('tp.department'), 18],
    [t('excel.col.value'), 10],
    [t('excel.col.target'), 9],
    [t('excel.col.rank'), 7],
    [t('excel.col.key'), 12],
    [t('tp.description'), 40],
    // not printed
    [t('excel.col.valueLabel'), 18],
    [t('excel.col.importance'), 12],
    [t('excel.col.momentOfTruth'), 11],
    [t('excel.col.votes'), 10],
    [t('excel.col.score'), 10],
    [t('excel.col.source'), 14],
    [t('excel.col.ratings'), 12],
    [t('excel.col.spread'), 11],
    [t('excel.col.disputed'), 9],
    [t('excel.col.direct'), 12],
    [t('excel.col.online'), 11],
    [t('excel.col.id'), 20],
  ];
  const rows: Cell[][] = [headerRow(columns.map(([label]) => label))];
  ctx.journey.forEach((tp, i) => {
    const k = ctx.consensus.get(tp.id);
    const p = ctx.priorities.byId[tp.id];
    const value = k?.value ?? null;
    rows.push([
      c(i + 1, 'int'),
      c(tp.title, 'text'),
      c(ctx.phaseName(tp.phaseId), 'text'),
      c(ctx.faceName(tp.faceId), 'text'),
      c(ctx.departmentName(tp.departmentId), 'text'),
      levelCell(value),
      tp.target === null ? c(null) : levelCell(tp.target),
      c(p?.rank ?? null, 'int'),
      c(yesNo(ctx, p?.key ?? false), p?.key ? 'label' : 'plain'),
      c(tp.description, 'text'),
      c(levelLabel(ctx, value), `levelText:${levelKey(value)}`),
      c(tp.importance, 'int'),
      c(yesNo(ctx, tp.momentOfTruth), tp.momentOfTruth ? 'label' : 'plain'),
      c(ctx.votes(tp.id), 'int'),
      c(p?.score ?? null, 'dec'),
      c(t(`excel.source.${k?.source ?? 'none'}`), 'plain'),
      c(k?.ratings.length ?? 0, 'int'),
      c(k && k.ratings.length > 1 ? k.spread : null, 'int'),
      c(yesNo(ctx, k?.disputed ?? false), k?.disputed ? 'flag' : 'plain'),
      c(t(tp.direct ? 'tp.direct' : 'tp.indirect'), 'plain'),
      c(t(tp.online ? 'tp.online' : 'tp.offline'), 'plain'),
      c(tp.id, 'muted'),
    ]);
  });
  const lastCol = columns.length - 1;
  return {
    key: 'touchpoints',
    name: t('excel.sheet.touchpoints'),
    widths: tableWidths(columns),
    rows,
    heights: { 0: headerHeight(columns) },
    freeze: { rows: 1, cols: 2 },
    autoFilter: { r1: 0, c1: 0, r2: Math.max(0, rows.length - 1), c2: lastCol },
    printTitleRow: 0,
    printColumns: PRINTED,
  };
}
