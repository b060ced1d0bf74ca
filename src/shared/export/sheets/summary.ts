/**
 * Übersicht / Summary: the workshop's meta data, the cube figures per face and overall, the
 * relationship account, the key touchpoints, the promoters and saboteur risks, the measures
 * by status and the picture of the unfolded cube: what the app's Summary view shows.
 */
import { MeasureStatus } from '../../model/schema';
import { isQuickWin } from '../../metrics';
import { c, headerRow, levelCell, quadrantLabel, type Ctx } from '../context';
import { accountSection, momentsSection } from './summarySections';
import { columnPx, localIsoDate, ROW_PT, wrappedHeight } from '../layout';
import type { Cell, SheetModel } from '../model';

const WIDTHS = [34, 15, 15, 15, 16, 16, 16, 16, 16];
/** the meta values span columns B–C */
const VALUE_CHARS = (WIDTHS[1] ?? 0) + (WIDTHS[2] ?? 0);
/** the picture sits in columns D–I beside the meta data */
const PICTURE_COL = 3;
export const SUMMARY_PICTURE = {
  width: WIDTHS.slice(PICTURE_COL).reduce((s, w) => s + columnPx(w), 0),
  height: 0,
};
SUMMARY_PICTURE.height = Math.round(SUMMARY_PICTURE.width * 0.7);
const TOP_KEY = 10;

export function summarySheet(ctx: Ctx): SheetModel {
  const { doc, t, cube, priorities } = ctx;
  const rows: Cell[][] = [];
  const heights: Record<number, number> = {};
  const merges: NonNullable<SheetModel['merges']> = [];
  const last = WIDTHS.length - 1;

  rows.push([c(doc.meta.title, 'title')]);
  heights[0] = 30;
  merges.push({ r1: 0, c1: 0, r2: 0, c2: last });
  rows.push([c(t('excel.subject'), 'subtitle')]);
  merges.push({ r1: 1, c1: 0, r2: 1, c2: last });
  rows.push([]);

  // meta data, left; the picture of the cube, right
  const metaTop = rows.length;
  const meta: [string, Cell][] = [
    [t('excel.meta.client'), c(doc.meta.client, 'text')],
    [t('excel.meta.date'), doc.meta.date ? c({ date: doc.meta.date }, 'date') : c(null)],
    [t('excel.meta.venue'), c(doc.meta.venue, 'text')],
    [t('excel.meta.goal'), c(doc.meta.goal, 'text')],
    [t('excel.meta.brandPromise'), c(doc.meta.brandPromise, 'text')],
    [t('excel.meta.participants'), c(doc.participants.length, 'intLeft')],
    [t('excel.meta.touchpoints'), c(doc.touchpoints.length, 'intLeft')],
    [t('excel.meta.exported'), c({ date: localIsoDate(ctx.now) }, 'date')],
  ];
  for (const [label, value] of meta) {
    const r = rows.length;
    rows.push([c(label, 'label'), value]);
    merges.push({ r1: r, c1: 1, r2: r, c2: PICTURE_COL - 1 });
    if (typeof value.v === 'string' && value.v) heights[r] = wrappedHeight(value.v, VALUE_CHARS);
  }
  // leave room below the picture: rows of the meta block, then default rows, until it fits
  let px = 0;
  let r = metaTop;
  while (px < SUMMARY_PICTURE.height + 10) {
    px += ((heights[r] ?? ROW_PT) * 4) / 3;
    r++;
  }
  while (rows.length < r) rows.push([]);
  rows.push([]);

  // the cube's figures
  rows.push([c(t('excel.summary.cube'), 'section')]);
  heights[rows.length - 1] = 22;
  rows.push(
    headerRow([
      t('excel.col.face'),
      t('excel.col.count'),
      t('excel.col.rated'),
      t('excel.col.level'),
      t('excel.col.homogeneity'),
      t('excel.col.coverage'),
      t('excel.col.disputed'),
      t('excel.col.belowTarget'),
    ]),
  );
  for (const face of cube.faces) {
    const f = face.figures;
    rows.push([c(face.name, 'text'), c(f.count, 'int'), c(f.rated, 'int'), c(f.level, 'mean'), c(f.homogeneity, 'percent'), c(f.coverage, 'percent'), c(f.disputed, 'int'), c(f.belowTarget, 'int')]);
  }
  const all = cube.figures;
  rows.push([
    c(t('excel.summary.wholeCube'), 'labelTotal'),
    c(all.count, 'intBold'),
    c(all.rated, 'intBold'),
    c(all.level, 'meanBold'),
    c(all.homogeneity, 'percentBold'),
    c(all.coverage, 'percentBold'),
    c(all.disputed, 'intBold'),
    c(all.belowTarget, 'intBold'),
  ]);
  rows.push([c(t('excel.summary.solved'), 'plain'), c(t(all.solved ? 'common.yes' : 'common.no'), 'label')]);
  const howTo = t('excel.summary.howToRead');
  rows.push([c(howTo, 'muted')]);
  merges.push({ r1: rows.length - 1, c1: 0, r2: rows.length - 1, c2: 7 });
  heights[rows.length - 1] = wrappedHeight(howTo, WIDTHS.slice(0, 8).reduce((s, w) => s + w, 0));
  rows.push([]);

  const out = { rows, heights, merges, lastCol: 7 };
  accountSection(ctx, out);
  rows.push([]);

  // key touchpoints
  rows.push([c(t('excel.summary.key'), 'section')]);
  heights[rows.length - 1] = 22;
  const key = priorities.key.slice(0, TOP_KEY);
  if (key.length === 0) {
    rows.push([c(t('excel.summary.noKey'), 'muted')]);
  } else {
    rows.push(headerRow([t('tp.title'), t('excel.col.rank'), t('excel.col.value'), t('excel.col.target'), t('excel.col.gap'), t('excel.col.votes'), t('excel.col.score'), t('excel.col.quadrant')]));
    for (const p of key) {
      rows.push([c(p.title, 'text'), c(p.rank, 'int'), levelCell(p.current), levelCell(p.target), c(p.gap, 'int'), c(p.votes, 'int'), c(p.score, 'dec'), c(quadrantLabel(ctx, p), p.unrated ? 'blind' : 'text')]);
    }
    if (priorities.key.length > key.length) {
      rows.push([c(t('excel.summary.keyMore', { shown: key.length, count: priorities.key.length, sheet: t('excel.sheet.priorities') }), 'muted')]);
    }
  }
  rows.push([]);

  momentsSection(ctx, out);
  rows.push([]);

  // measures by status
  rows.push([c(t('excel.summary.measures'), 'section')]);
  heights[rows.length - 1] = 22;
  rows.push(headerRow([t('excel.col.status'), t('excel.col.measures')]));
  for (const status of MeasureStatus.options) {
    rows.push([c(t(`status.${status}`), 'plain'), c(doc.measures.filter((m) => m.status === status).length, 'int')]);
  }
  rows.push([c(t('excel.col.total'), 'labelTotal'), c(doc.measures.length, 'intBold')]);
  rows.push([c(t('excel.summary.quickWins'), 'plain'), c(doc.measures.filter((m) => isQuickWin(m, priorities)).length, 'int')]);

  return {
    key: 'summary',
    name: t('excel.sheet.summary'),
    widths: WIDTHS,
    rows,
    heights,
    merges,
    // fitted to the page width, as many pages down as needed: on one page the summary's text came out too small to read
    images: [{ key: 'cube-net', row: metaTop, col: PICTURE_COL, width: SUMMARY_PICTURE.width, height: SUMMARY_PICTURE.height }],
  };
}
