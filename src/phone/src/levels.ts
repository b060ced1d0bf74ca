/** The five levels as the phone shows them: the app's palette and symbols (cubeDrawing/palette.ts). */
import { LEVEL_SYMBOLS, PALETTES, contrastRatio } from '../../shared/cubeDrawing/palette';
import type { Level } from '../../shared/model/schema';

export const PHONE_LEVELS: readonly Level[] = [2, 1, 0, -1, -2];

export function levelLook(level: Level): { fill: string; ink: string; symbol: string } {
  const fill = PALETTES.safe.levels[level];
  const ink = contrastRatio(fill, '#111111') >= contrastRatio(fill, '#ffffff') ? '#111111' : '#ffffff';
  return { fill, ink, symbol: LEVEL_SYMBOLS[level] };
}
