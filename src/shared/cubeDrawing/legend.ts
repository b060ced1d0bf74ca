/** The legend: every level with its colour, symbol and word, plus blind spot and empty cell. */
import { translate } from '../i18n/messages';
import { LEVELS, type Language, type Level } from '../model/schema';
import { paletteOf, stickerStyle, type PaletteName } from './palette';
import { rect, type Shape } from './shapes';

export interface LegendEntry {
  /** a level, 'blind' (not rated) or 'empty' (no touchpoint in this cell) */
  kind: Level | 'blind' | 'empty';
  fill: string;
  ink: string;
  symbol: string;
  hatch: string | null;
  label: string;
}

export function legendEntries(palette: PaletteName, lang: Language): LegendEntry[] {
  const p = paletteOf(palette);
  const levels = [...LEVELS].reverse().map((v): LegendEntry => {
    const s = stickerStyle(v, p);
    return { kind: v, fill: s.fill, ink: s.ink, symbol: s.symbol, hatch: null, label: translate(lang, `level.${v}`) };
  });
  const blind = stickerStyle(null, p);
  return [
    ...levels,
    { kind: 'blind', fill: blind.fill, ink: blind.ink, symbol: blind.symbol, hatch: blind.hatch, label: translate(lang, 'cube.legend.blind') },
    { kind: 'empty', fill: p.empty, ink: p.empty, symbol: '', hatch: null, label: translate(lang, 'cube.legend.empty') },
  ];
}

/** The legend as a column of swatches with their words, from (x, y) down; for pictures. */
export function legendShapes(palette: PaletteName, lang: Language, at: { x: number; y: number; size: number; textColor?: string }): Shape[] {
  const out: Shape[] = [];
  const { x, size } = at;
  let y = at.y;
  for (const e of legendEntries(palette, lang)) {
    out.push({ kind: 'polygon', role: 'swatch', fill: e.fill, ...(e.hatch ? { hatch: e.hatch } : {}), stroke: '#6c757d', strokeWidth: 1, points: rect(x, y, size, size) });
    if (e.symbol) out.push({ kind: 'text', role: 'symbol', x: x + size / 2, y: y + size / 2, text: e.symbol, size: Math.round(size * 0.45), bold: true, color: e.ink, align: 'center', baseline: 'middle' });
    out.push({ kind: 'text', role: 'legend', x: x + size * 1.35, y: y + size / 2, text: e.label, size: Math.round(size * 0.55), bold: false, color: at.textColor ?? '#111418', align: 'left', baseline: 'middle' });
    y += size * 1.3;
  }
  return out;
}
