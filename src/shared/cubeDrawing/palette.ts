/**
 * Colours and symbols of the cube's stickers. Every level has a colour AND a symbol, so the
 * cube still reads on a black-and-white printout and for people who do not see the colours.
 *
 * - `safe` (default): a diverging orange ↔ blue scale (ColorBrewer PuOr's oranges with
 *   RdBu's blues), distinguishable with the common colour-vision deficiencies.
 * - `classic`: red ↔ yellow ↔ green (ColorBrewer RdYlGn), the traffic-light look some
 *   clients expect; not safe for red-green deficiencies, hence not the default.
 */
import type { Level } from '../model/schema';

export type PaletteName = 'safe' | 'classic';
export const PALETTE_NAMES: readonly PaletteName[] = ['safe', 'classic'];

/** Symbols per level: −− − ○ + ++ (U+2212 minus, U+25CB circle). */
export const LEVEL_SYMBOLS: Readonly<Record<Level, string>> = { [-2]: '−−', [-1]: '−', 0: '○', 1: '+', 2: '++' };
/** A touchpoint nobody has rated yet: a blind spot. */
export const BLIND_SYMBOL = '?';

export interface Palette {
  /** fill per level */
  levels: Readonly<Record<Level, string>>;
  /** blind spot: fill plus a hatch of diagonal lines */
  blind: { fill: string; hatch: string };
  /** a cell of the n×n grid without a touchpoint: no sticker, the cube's body shows */
  empty: string;
  /** the cube's body (the plastic between the stickers), per visible side in the 3-D view */
  body: { front: string; right: string; top: string };
}

export const PALETTES: Readonly<Record<PaletteName, Palette>> = {
  safe: {
    levels: { [-2]: '#b35806', [-1]: '#f1a340', 0: '#f7f7f7', 1: '#67a9cf', 2: '#2166ac' },
    blind: { fill: '#c9cdd2', hatch: '#7b838c' },
    empty: '#3a4048',
    body: { front: '#1f2328', right: '#15181c', top: '#2c3138' },
  },
  classic: {
    levels: { [-2]: '#d73027', [-1]: '#fc8d59', 0: '#ffffbf', 1: '#91cf60', 2: '#1a9850' },
    blind: { fill: '#c9cdd2', hatch: '#7b838c' },
    empty: '#3a4048',
    body: { front: '#1f2328', right: '#15181c', top: '#2c3138' },
  },
};

export function paletteOf(name: string | null | undefined): Palette {
  return name === 'classic' ? PALETTES.classic : PALETTES.safe;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export const INK_DARK = '#111418';
export const INK_LIGHT = '#ffffff';

const inkCache = new Map<string, string>();

/** The symbol colour with the higher contrast on a fill. */
export function inkOn(fill: string): string {
  let ink = inkCache.get(fill);
  if (ink === undefined) {
    ink = contrastRatio(fill, INK_DARK) >= contrastRatio(fill, INK_LIGHT) ? INK_DARK : INK_LIGHT;
    if (inkCache.size < 256) inkCache.set(fill, ink);
  }
  return ink;
}

export interface StickerStyle {
  fill: string;
  /** colour of the symbol */
  ink: string;
  symbol: string;
  /** colour of the hatch lines, or null (only blind spots are hatched) */
  hatch: string | null;
}

/** How a sticker with this value looks: null = blind spot (not rated). */
export function stickerStyle(value: Level | null, palette: PaletteName | Palette = 'safe'): StickerStyle {
  const p = typeof palette === 'string' ? paletteOf(palette) : palette;
  if (value === null) return { fill: p.blind.fill, ink: inkOn(p.blind.fill), symbol: BLIND_SYMBOL, hatch: p.blind.hatch };
  const fill = p.levels[value];
  return { fill, ink: inkOn(fill), symbol: LEVEL_SYMBOLS[value], hatch: null };
}
