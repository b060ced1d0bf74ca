/**
 * How big a card's title is, given the zoom it is seen at ("semantic zoom"). Pure; the
 * board's scene draws with it, and the layout test checks the beamer rule with it.
 *
 * The rule (issue 15, U2): at any zoom the title is at least MIN_TITLE_PX on screen, as far
 * as the card allows. At 100 % and above, the title is the design's 20 px with the card's
 * full chrome (face band, symbols, department name in a footer). Zoomed out so far that 20 px
 * would be smaller than 16 px on screen, the title font grows in board pixels (so it stays
 * 16 px on screen), the footer goes (the symbols move into the face band, the department
 * becomes a coloured strip) and the title takes the room, but it never grows past the size
 * at which three lines of about eleven characters still fit the card: a bigger title that
 * shows one word per line is no help.
 * Units are board pixels = screen pixels at 100 % zoom.
 */

/** the on-screen title size the board keeps at any zoom where the card allows it */
export const MIN_TITLE_PX = 16;

/** the card's chrome at each level of detail (board px) */
export const CARD_CHROME = {
  full: { band: 28, top: 8, bottom: 26, lineHeight: 1.15, padX: 10 },
  compact: { band: 24, top: 4, bottom: 8, lineHeight: 1.1, padX: 8 },
} as const;

/** the design's title size at 100 % (board px) */
export const TITLE_SIZE = 20;
/** lines the title may always use when it grows */
const GROWN_LINES = 3;
/** characters a line of a grown title holds at least (bold sans-serif: about 0.6 em a character) */
const GROWN_CHARS = 11;
const EM_PER_CHAR = 0.6;

export type CardDetail = keyof typeof CARD_CHROME;

export interface CardText {
  detail: CardDetail;
  /** title font size in board px */
  titleSize: number;
  /** title lines that fit the card at that size */
  titleLines: number;
}

/** Lines of a title of `size` px that fit a card `cardH` high at a level of detail (at least one). */
export function linesFor(cardH: number, size: number, detail: CardDetail): number {
  const c = CARD_CHROME[detail];
  return Math.max(1, Math.floor((cardH - c.band - c.top - c.bottom) / (size * c.lineHeight)));
}

/** The title of a card seen at zoom `scale`: size, lines and chrome. */
export function cardTextAt(scale: number, card: { w: number; h: number }): CardText {
  const cardH = card.h;
  // sizes are whole pixels, so the cards repaint only when the size really changes
  const wanted = Math.ceil(MIN_TITLE_PX / Math.max(0.01, scale) - 1e-9);
  if (wanted <= TITLE_SIZE) return { detail: 'full', titleSize: TITLE_SIZE, titleLines: linesFor(cardH, TITLE_SIZE, 'full') };
  const c = CARD_CHROME.compact;
  const largest = Math.min(Math.floor((cardH - c.band - c.top - c.bottom) / (GROWN_LINES * c.lineHeight)), Math.floor((card.w - 2 * c.padX) / (GROWN_CHARS * EM_PER_CHAR)));
  const titleSize = Math.max(TITLE_SIZE, Math.min(wanted, largest));
  return { detail: 'compact', titleSize, titleLines: linesFor(cardH, titleSize, 'compact') };
}
