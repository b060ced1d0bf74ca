/**
 * The Summary sheet's relationship account and its promoters and saboteur risks: the same
 * figures, names and order as the app's Summary and Account views (metrics/account.ts,
 * metrics/promoters.ts; catalogue keys act.account.*, act.summary.*), so the handoff reads
 * like the screen the room saw.
 */
import { accountOf, promotersOf, type Moment } from '../../metrics';
import { c, headerRow, levelCell, yesNo, type Ctx } from '../context';
import type { Cell, SheetModel } from '../model';

export interface SectionRows {
  rows: Cell[][];
  heights: Record<number, number>;
  merges: NonNullable<SheetModel['merges']>;
  /** columns a text line may span (merged) */
  lastCol: number;
}

const SECTION_PT = 22;

function section(out: SectionRows, title: string): void {
  out.rows.push([c(title, 'section')]);
  out.heights[out.rows.length - 1] = SECTION_PT;
}

/** A muted line across the table's width. */
function note(out: SectionRows, text: string): void {
  out.rows.push([c(text, 'muted')]);
  out.merges.push({ r1: out.rows.length - 1, c1: 0, r2: out.rows.length - 1, c2: out.lastCol });
}

/** Balance, credit and debit, then one row per phase (count, credit, debit, booking, running balance). */
export function accountSection(ctx: Ctx, out: SectionRows): void {
  const { t, doc } = ctx;
  const account = accountOf(doc);
  // bookings are whole numbers unless negative experiences weigh by a fraction (e.g. 1.5)
  const whole = [account.balance, account.credit, account.debit, ...account.phases.flatMap((p) => [p.credit, p.debit, p.delta, p.balance])].every(Number.isInteger);
  const num = whole ? 'signed' : 'signedDec';
  const bold = whole ? 'signedBold' : 'signedDecBold';

  section(out, t('act.account.title'));
  out.rows.push([c(t('act.account.balance'), 'label'), c(account.balance, bold)]);
  out.rows.push([c(t('act.account.credit'), 'plain'), c(account.credit, num)]);
  out.rows.push([c(t('act.account.debit'), 'plain'), c(account.debit, num)]);
  note(out, t('act.account.explain', { w: doc.method.negativeWeight.toLocaleString(ctx.lang === 'de' ? 'de-DE' : 'en-GB') }));
  out.rows.push([]);
  out.rows.push(
    headerRow([
      t('act.account.col.phase'),
      t('act.account.col.count'),
      t('act.account.credit'),
      t('act.account.debit'),
      t('act.account.col.delta'),
      t('act.account.col.balance'),
    ]),
  );
  for (const ph of account.phases) {
    out.rows.push([c(ph.name, 'text'), c(ph.count, 'int'), c(ph.credit, num), c(ph.debit, num), c(ph.delta, num), c(ph.balance, bold)]);
  }
}

function momentRows(ctx: Ctx, out: SectionRows, moments: readonly Moment[], withReason: boolean): void {
  const { t } = ctx;
  out.rows.push(headerRow([t('act.account.col.touchpoint'), t('tp.phase'), t('act.account.col.value'), t('act.account.col.mot'), ...(withReason ? [t('excel.col.why')] : [])]));
  // the reason spans the columns to the table's right edge, so it stays on one line
  const span = (r: number) => out.merges.push({ r1: r, c1: 4, r2: r, c2: out.lastCol });
  if (withReason) span(out.rows.length - 1);
  for (const m of moments) {
    if (withReason) span(out.rows.length);
    out.rows.push([
      c(m.title, 'text'),
      c(ctx.phaseName(m.phaseId), 'text'),
      levelCell(m.value),
      c(yesNo(ctx, m.momentOfTruth), m.momentOfTruth ? 'label' : 'plain'),
      ...(withReason ? [c(t(`act.summary.reason.${m.reason}`), 'text')] : []),
    ]);
  }
}

/** Promoters (+2) and saboteur risks (a moment of truth below expectations, or −2 anywhere), in journey order. */
export function momentsSection(ctx: Ctx, out: SectionRows): void {
  const { t } = ctx;
  const { promoters, saboteurRisks } = promotersOf(ctx.doc);

  section(out, `▲ ${t('act.summary.promoters')} (${promoters.length})`);
  if (promoters.length === 0) out.rows.push([c(t('act.summary.promotersEmpty'), 'muted')]);
  else momentRows(ctx, out, promoters, false);
  out.rows.push([]);

  section(out, `▼ ${t('act.summary.saboteurs')} (${saboteurRisks.length})`);
  if (saboteurRisks.length === 0) out.rows.push([c(t('act.summary.saboteursEmpty'), 'muted')]);
  else momentRows(ctx, out, saboteurRisks, true);
  note(out, t('act.summary.saboteursHint'));
}
