import { describe, expect, it } from 'vitest';
import { LEVELS } from '../model/schema';
import { BLIND_SYMBOL, contrastRatio, LEVEL_SYMBOLS, luminance, PALETTE_NAMES, PALETTES, paletteOf, stickerStyle } from './palette';

describe('palettes', () => {
  it('give every level its own colour and symbol, and blind spots a third look, in both palettes', () => {
    for (const name of PALETTE_NAMES) {
      const fills = LEVELS.map((v) => stickerStyle(v, name).fill);
      expect(new Set(fills).size).toBe(5);
      const blind = stickerStyle(null, name);
      expect(fills).not.toContain(blind.fill);
      expect(blind.symbol).toBe(BLIND_SYMBOL);
      expect(blind.hatch).not.toBeNull();
      expect(fills).not.toContain(PALETTES[name].empty);
    }
    const symbols = [...LEVELS.map((v) => LEVEL_SYMBOLS[v]), BLIND_SYMBOL];
    expect(new Set(symbols).size).toBe(6);
    expect(symbols).toEqual(['−−', '−', '○', '+', '++', '?']);
  });

  it('every symbol is readable on its sticker (contrast ≥ 4.5)', () => {
    for (const name of PALETTE_NAMES) {
      for (const v of [...LEVELS, null]) {
        const s = stickerStyle(v, name);
        expect(contrastRatio(s.fill, s.ink), `${name} ${v}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('are diverging: the extremes are darker than the middle, and the safe palette avoids red and green', () => {
    for (const name of PALETTE_NAMES) {
      const l = (v: -2 | -1 | 0 | 1 | 2) => luminance(PALETTES[name].levels[v]);
      expect(l(-2)).toBeLessThan(l(-1));
      expect(l(-1)).toBeLessThan(l(0));
      expect(l(2)).toBeLessThan(l(1));
      expect(l(1)).toBeLessThan(l(0));
    }
    // safe: negative side orange (red > blue), positive side blue (blue > red)
    const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    for (const v of [-2, -1] as const) {
      const [r, , b] = rgb(PALETTES.safe.levels[v]);
      expect(r).toBeGreaterThan(b);
    }
    for (const v of [1, 2] as const) {
      const [r, , b] = rgb(PALETTES.safe.levels[v]);
      expect(b).toBeGreaterThan(r);
    }
  });

  it('falls back to the safe palette for unknown names', () => {
    expect(paletteOf('classic')).toBe(PALETTES.classic);
    expect(paletteOf('neon')).toBe(PALETTES.safe);
    expect(paletteOf(undefined)).toBe(PALETTES.safe);
  });
});
