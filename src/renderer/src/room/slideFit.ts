/**
 * The arithmetic of a slide: lay out at a design width that follows the screen between
 * 1280 and 1920 px, and scale so that the content fits both ways. Pure, so it is tested
 * without a browser.
 */
export const DESIGN_MIN_W = 1280;
export const DESIGN_MAX_W = 1920;

export interface SlideFit {
  /** the design size the content is laid out at (CSS px before scaling) */
  width: number;
  height: number;
  /** the height that exactly fills the screen at the width's scale */
  baseHeight: number;
  scale: number;
  /** horizontal offset that centres a slide narrowed by its height */
  x: number;
}

/**
 * @param screen the space on the screen (CSS px)
 * @param contentH the content's natural height in design px when it is taller than the screen, else 0
 */
export function slideFit(screen: { width: number; height: number }, contentH: number): SlideFit {
  const sw = Math.max(1, screen.width);
  const sh = Math.max(1, screen.height);
  const width = Math.min(DESIGN_MAX_W, Math.max(DESIGN_MIN_W, sw));
  const byWidth = sw / width;
  const baseHeight = sh / byWidth;
  const height = Math.max(baseHeight, contentH);
  const scale = Math.min(byWidth, sh / height);
  return { width, height, baseHeight, scale, x: Math.max(0, (sw - width * scale) / 2) };
}
