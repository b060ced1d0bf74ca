/** The named cell styles of the handoff workbook (plain data; the writer maps them to exceljs). */
import { EXCEL_DAY_FORMAT } from '../i18n/dates';
import type { Level } from '../model/schema';
import { LEVELS } from '../model/schema';
import type { CellStyle } from './model';
import { CUBE_EMPTY, inkOn, swatchOf } from './palette';

export const NAVY = '#1F3864';
const GREY = '#595959';

/** A level as a signed whole number: +2, −1, 0 (typographic minus). */
export const LEVEL_FORMAT = '+0;"−"0;0';
/** A mean level with one decimal: +0.4, −1.2, 0.0. */
export const MEAN_FORMAT = '+0.0;"−"0.0;0.0';

export type LevelKey = `${Level}` | 'none';
export const levelKey = (v: Level | null | undefined): LevelKey => (v === null || v === undefined ? 'none' : `${v}`);

export function baseStyles(lang: 'de' | 'en'): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = {
    title: { bold: true, size: 20, color: NAVY, valign: 'middle' },
    subtitle: { italic: true, size: 12, color: GREY },
    section: { bold: true, size: 14, color: NAVY, border: 'bottom', valign: 'bottom' },
    label: { bold: true, valign: 'top' },
    text: { valign: 'top', wrap: true },
    plain: { valign: 'top' },
    muted: { italic: true, color: GREY, valign: 'top', wrap: true },
    mutedLine: { italic: true, color: GREY, valign: 'middle' },
    header: { bold: true, color: '#FFFFFF', fill: NAVY, wrap: true, valign: 'middle', border: 'thin' },
    int: { numFmt: '0', valign: 'top' },
    intLeft: { numFmt: '0', valign: 'top', align: 'left' },
    dec: { numFmt: '0.0', valign: 'top' },
    mean: { numFmt: MEAN_FORMAT, valign: 'top' },
    meanBold: { numFmt: MEAN_FORMAT, valign: 'top', bold: true },
    percent: { numFmt: '0%', valign: 'top' },
    percentBold: { numFmt: '0%', valign: 'top', bold: true },
    intBold: { numFmt: '0', valign: 'top', bold: true },
    labelTotal: { bold: true, valign: 'top' },
    // the same day format as the app (shared/i18n/dates.ts): 02.12.2026 / 2 Dec 2026
    date: { numFmt: EXCEL_DAY_FORMAT[lang], align: 'left', valign: 'top' },
    flag: { bold: true, color: '#A50021', valign: 'top' },
    // a blind spot (not rated) in a table: italic, so it reads without colour
    blind: { italic: true, bold: true, valign: 'top' },
    signed: { numFmt: LEVEL_FORMAT, valign: 'top' },
    signedBold: { numFmt: LEVEL_FORMAT, valign: 'top', bold: true },
    signedDec: { numFmt: MEAN_FORMAT, valign: 'top' },
    signedDecBold: { numFmt: MEAN_FORMAT, valign: 'top', bold: true },
    stickerEmpty: { fill: CUBE_EMPTY, border: 'sticker' },
    legendLabel: { valign: 'middle', indent: 1 },
  };
  for (const key of [...LEVELS.map((l) => `${l}` as const), 'none' as const]) {
    const sw = swatchOf(key === 'none' ? null : (Number(key) as Level));
    const hatch = sw.hatch ?? undefined;
    // a matrix or table cell: the number on its level's colour
    styles[`level:${key}`] = { numFmt: LEVEL_FORMAT, fill: sw.fill, hatch, color: sw.ink, bold: true, align: 'center', valign: 'top', border: 'thin' };
    // the level's words on its colour
    styles[`levelText:${key}`] = { fill: sw.fill, hatch, color: sw.ink, valign: 'top', border: 'thin' };
    // a sticker of the cube: the symbol, big, centred
    styles[`sticker:${key}`] = { fill: sw.fill, hatch, color: sw.ink, bold: true, size: 16, align: 'center', valign: 'middle', border: 'sticker' };
  }
  return styles;
}

/** Style name of a face's title band in its own colour (registered on demand). */
export function faceBand(styles: Record<string, CellStyle>, color: string): string {
  const fill = color.toUpperCase();
  const name = `face:${fill}`;
  styles[name] ??= { bold: true, fill, color: inkOn(fill), valign: 'middle', wrap: true };
  return name;
}

/** The same style, vertically centred (rows as tall as the cube's stickers); registered on demand. */
export function mid(styles: Record<string, CellStyle>, name: string): string {
  const id = `${name}@mid`;
  styles[id] ??= { ...styles[name], valign: 'middle' };
  return id;
}
