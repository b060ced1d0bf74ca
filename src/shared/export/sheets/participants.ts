/** Teilnehmende / Participants: who was in the room, from which department, and what they contributed. */
import { c, headerRow, type Ctx } from '../context';
import { headerHeight, tableWidths } from '../layout';
import type { Cell, SheetModel } from '../model';

export function participantsSheet(ctx: Ctx): SheetModel {
  const { t, doc } = ctx;
  const columns: [string, number][] = [
    [t('excel.col.name'), 28],
    [t('tp.department'), 22],
    [t('excel.col.role'), 34],
    [t('excel.col.ratingsGiven'), 13],
    [t('excel.col.dotsGiven'), 12],
    [t('excel.col.measuresOwned'), 14],
  ];
  const rated = new Map<string, number>();
  for (const row of Object.values(doc.ratings)) for (const pid of Object.keys(row)) rated.set(pid, (rated.get(pid) ?? 0) + 1);
  const dots = new Map<string, number>();
  for (const row of Object.values(doc.votes)) for (const [pid, n] of Object.entries(row)) dots.set(pid, (dots.get(pid) ?? 0) + n);
  const rows: Cell[][] = [headerRow(columns.map(([label]) => label))];
  for (const p of doc.participants) {
    rows.push([
      c(p.name, 'text'),
      c(p.departmentId === null ? '' : ctx.departmentName(p.departmentId), 'text'),
      c(p.role, 'text'),
      c(rated.get(p.id) ?? 0, 'int'),
      c(dots.get(p.id) ?? 0, 'int'),
      c(doc.measures.filter((m) => m.ownerId === p.id).length, 'int'),
    ]);
  }
  return {
    key: 'participants',
    name: t('excel.sheet.participants'),
    widths: tableWidths(columns),
    rows,
    heights: { 0: headerHeight(columns) },
    freeze: { rows: 1, cols: 1 },
    autoFilter: { r1: 0, c1: 0, r2: Math.max(0, rows.length - 1), c2: columns.length - 1 },
    printTitleRow: 0,
  };
}
