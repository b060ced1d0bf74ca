/**
 * workshop → workbook model (docs/architecture.md "Habits": pure export). A pure function of the
 * document and the options; the writer in src/main/services/export makes the .xlsx.
 */
import type { Workshop } from '../model/schema';
import { tidyTitle } from '../model/title';
import { contextOf, type ExportOptions } from './context';
import { autoRowHeights } from './layout';
import type { WorkbookModel } from './model';
import { cubeSheet } from './sheets/cube';
import { measuresSheet } from './sheets/measures';
import { participantsSheet } from './sheets/participants';
import { prioritiesSheet } from './sheets/priorities';
import { ratingsSheet } from './sheets/ratings';
import { summarySheet } from './sheets/summary';
import { touchpointsSheet } from './sheets/touchpoints';
import { cellText } from './text';

export type { ExportOptions } from './context';

export function buildWorkbookModel(workshop: Workshop, opts: ExportOptions): WorkbookModel {
  const ctx = contextOf(workshop, opts);
  const { meta } = workshop;
  const sheets = [summarySheet(ctx), touchpointsSheet(ctx), ratingsSheet(ctx), cubeSheet(ctx), prioritiesSheet(ctx), measuresSheet(ctx), participantsSheet(ctx)];
  for (const sheet of sheets) autoRowHeights(sheet, ctx.styles);
  return {
    lang: opts.lang,
    properties: {
      title: cellText(meta.title),
      subject: cellText(meta.client ? `${meta.client}: ${ctx.t('excel.subject')}` : ctx.t('excel.subject')),
      creator: ctx.t('excel.creator'),
      keywords: ctx.t('excel.keywords'),
      description: cellText(meta.goal),
      created: opts.now,
    },
    // sheet builders register styles (face colours) while building: read them afterwards
    styles: ctx.styles,
    sheets,
  };
}

/** A file name for the workbook from the workshop's title: safe on every OS. */
export function exportFileName(workshop: Pick<Workshop, 'meta'>, ext: 'xlsx' | 'png', suffix = ''): string {
  const base = tidyTitle(workshop.meta.title)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s\-–—]+|[.\s\-–—]+$/g, '')
    .slice(0, 80);
  return `${base || 'workshop'}${suffix ? ` ${suffix}` : ''}.${ext}`;
}
