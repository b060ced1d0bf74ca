/** Colours of the board canvas, read from the app's CSS theme variables (light/dark/contrast). */
export interface BoardTheme {
  bg: string;
  fg: string;
  muted: string;
  surface: string;
  surface2: string;
  border: string;
  accent: string;
  accentFg: string;
  focus: string;
  font: string;
}

const FALLBACK: BoardTheme = {
  bg: '#ffffff',
  fg: '#111418',
  muted: '#56606b',
  surface: '#f4f6f8',
  surface2: '#ffffff',
  border: '#c9d1d9',
  accent: '#0b5cad',
  accentFg: '#ffffff',
  focus: '#ffb000',
  font: "'Segoe UI', 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif",
};

export function readTheme(el: Element = document.documentElement): BoardTheme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    bg: v('--bg', FALLBACK.bg),
    fg: v('--fg', FALLBACK.fg),
    muted: v('--muted', FALLBACK.muted),
    surface: v('--surface', FALLBACK.surface),
    surface2: v('--surface-2', FALLBACK.surface2),
    border: v('--border', FALLBACK.border),
    accent: v('--accent', FALLBACK.accent),
    accentFg: v('--accent-fg', FALLBACK.accentFg),
    focus: v('--focus', FALLBACK.focus),
    font: css.fontFamily || FALLBACK.font,
  };
}

function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return 0.5;
  const n = parseInt(m[1]!, 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/** Black or white, whichever contrasts more with a #rrggbb background. */
export function textOn(hex: string): string {
  const l = luminance(hex);
  const white = 1.05 / (l + 0.05);
  const black = (l + 0.05) / 0.05;
  return white >= black ? '#ffffff' : '#111418';
}
