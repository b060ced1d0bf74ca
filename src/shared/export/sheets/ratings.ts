/**
 * Bewertungen / Ratings: touchpoints × participants, each cell the participant's level
 * as a number on its colour; the consensus and spread at the end. The legend is the
 * first row, frozen with the header, so it stays in view and no filter hides it.
 */
import { LEVELS } from '../../model/schema';
import { c, headerRow, levelCell, levelLabel, type Ctx } from '../context';
import { headerHeight, tableWidths } from '../layout';
import type { Cell, SheetModel } from '../model';
import { levelKey } from '../styles';

/** wide enough for a level's words ("−1 unbefriedigend") in the legend row */
const LEGEND_WIDTH = 17;

export function ratingsSheet(ctx: Ctx): SheetModel {
  const { t, doc } = ctx;
  const people = doc.participants;
  const columns: [string, number][] = [
    [t('tp.title'), 36],
    [t('tp.phase'), 17],
    ...people.map((p): [string, number] => [p.name, 14]),
    [t('excel.col.value'), 11],
    [t('excel.col.spread'), 11],
  ];

  const legend: Cell[] = [c(t('excel.legend'), 'label')];
  for (const l of [...LEVELS].reverse()) legend.push(c(levelLabel(ctx, l), `levelText:${levelKey(l)}`));
  legend.push(c(t('excel.ratings.hint'), 'mutedLine'));
  const widths = tableWidths(columns);
  for (let i = 1; i <= LEVELS.length; i++) widths[i] = Math.max(widths[i] ?? 0, LEGEND_WIDTH);

  const rows: Cell[][] = [legend, headerRow(columns.map(([label]) => label))];
  for (const tp of ctx.journey) {
    const row = doc.ratings[tp.id] ?? {};
    const k = ctx.consensus.get(tp.id);
    rows.push([
      c(tp.title, 'text'),
      c(ctx.phaseName(tp.phaseId), 'text'),
      ...people.map((p) => {
        const v = Object.prototype.hasOwnProperty.call(row, p.id) ? row[p.id] : undefined;
        return v === undefined ? c(null) : levelCell(v);
      }),
      levelCell(k?.value ?? null),
      c(k && k.ratings.length > 1 ? k.spread : null, k?.disputed ? 'flag' : 'int'),
    ]);
  }

  return {
    key: 'ratings',
    name: t('excel.sheet.ratings'),
    widths,
    rows,
    heights: { 0: 20, 1: headerHeight(columns) },
    freeze: { rows: 2, cols: 1 },
    autoFilter: { r1: 1, c1: 0, r2: Math.max(1, rows.length - 1), c2: columns.length - 1 },
    printTitleRow: 1,
  };
}
