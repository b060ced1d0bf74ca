/**
 * Colours and symbols of the levels in the workbook: the cube pictures' colour-blind-safe
 * palette (src/shared/cubeDrawing/palette.ts), so the sheets, the pictures and the app
 * look alike. Every colour also carries a symbol or number, so a black-and-white
 * printout still reads.
 */
import { inkOn as drawingInkOn, paletteOf, stickerStyle } from '../cubeDrawing/palette';
import type { Level } from '../model/schema';

export const EXPORT_PALETTE = 'safe' as const;

export interface Swatch {
  /** fill, #RRGGBB */
  fill: string;
  /** text on the fill with the better contrast, #RRGGBB */
  ink: string;
  symbol: string;
  /** diagonal hatch over the fill (blind spots), #RRGGBB or null */
  hatch: string | null;
}

const up = (hex: string) => hex.toUpperCase();

export function swatchOf(level: Level | null | undefined): Swatch {
  const s = stickerStyle(level ?? null, EXPORT_PALETTE);
  return { fill: up(s.fill), ink: up(s.ink), symbol: s.symbol, hatch: s.hatch ? up(s.hatch) : null };
}

/** A cell of a face's grid without a touchpoint, and the cube's body between the stickers. */
export const CUBE_EMPTY = up(paletteOf(EXPORT_PALETTE).empty);
export const CUBE_BODY = up(paletteOf(EXPORT_PALETTE).body.front);

/** Black or white text, whichever reads better on a #rrggbb background. */
export function inkOn(hex: string): string {
  return up(drawingInkOn(hex));
}
