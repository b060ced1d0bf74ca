/**
 * Drawing one board card on a 2D context: the face band, the title lines, the symbols and the
 * department, at the card's level of detail (shared/board/cardText.ts). The scene computes a
 * CardPaint once per change of the card and calls drawCard on every frame.
 */
import { CARD_CHROME, type CardText } from '../../../../shared/board';

/** Symbols on the cards (the legend and the side panel spell them out): shape, not only colour. */
export const MARK = { direct: '●', indirect: '○', online: '◆', offline: '◇', momentOfTruth: '★' } as const;

/** Card typography (px at 100 % zoom); the title's size and lines follow the zoom (shared/board/cardText.ts). */
export const CARD_TEXT = { faceSize: 15, markSize: 16, deptSize: 14, deptStrip: 6 } as const;

/** Everything one card draws, computed once when the card changes (not per frame). */
export interface CardPaint {
  w: number;
  h: number;
  font: string;
  text: CardText;
  bg: string;
  border: string;
  borderW: number;
  dashed: boolean;
  band: string;
  bandText: string;
  faceLabel: string;
  faceItalic: boolean;
  star: boolean;
  title: string[];
  titleColor: string;
  marks: string;
  marksW: number;
  marksColor: string;
  dept: { name: string; color: string; width: number } | null;
  selected: boolean;
  selColor: string;
}

function roundRect(c: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number | number[]) {
  c.beginPath();
  c.roundRect(x, y, w, h, r);
}

/** Draw one card at the origin (Konva has applied position, zoom and opacity). */
export function drawCard(c: CanvasRenderingContext2D, p: CardPaint) {
  const { w, h } = p;
  const compact = p.text.detail === 'compact';
  const chrome = CARD_CHROME[p.text.detail];
  const px = chrome.padX;
  const band = chrome.band;
  if (p.selected) {
    c.lineWidth = 7;
    c.strokeStyle = p.selColor;
    roundRect(c, -6, -6, w + 12, h + 12, 13);
    c.stroke();
  }
  c.fillStyle = p.bg;
  roundRect(c, 0, 0, w, h, 8);
  c.fill();
  c.fillStyle = p.band;
  roundRect(c, 0, 0, w, band, [8, 8, 0, 0]);
  c.fill();
  if (compact && p.dept) {
    // the department as a strip along the bottom edge (its name is in the side panel and the lanes)
    c.fillStyle = p.dept.color;
    roundRect(c, 0, h - CARD_TEXT.deptStrip, w, CARD_TEXT.deptStrip, [0, 0, 8, 8]);
    c.fill();
  }
  c.lineWidth = p.borderW;
  c.strokeStyle = p.border;
  if (p.dashed) c.setLineDash([7, 5]);
  roundRect(c, 0, 0, w, h, 8);
  c.stroke();
  if (p.dashed) c.setLineDash([]);

  c.textAlign = 'left';
  c.textBaseline = 'middle';
  c.fillStyle = p.bandText;
  c.font = `${p.faceItalic ? 'italic ' : ''}bold ${CARD_TEXT.faceSize}px ${p.font}`;
  c.fillText(p.faceLabel, px, band / 2 + 1);
  if (p.star) {
    c.font = `21px ${p.font}`;
    c.textAlign = 'right';
    c.fillText(MARK.momentOfTruth, w - 8, band / 2 + 1);
    c.textAlign = 'left';
  }
  if (compact) {
    c.font = `${CARD_TEXT.markSize}px ${p.font}`;
    c.textAlign = 'right';
    c.fillText(p.marks, w - (p.star ? 32 : px), band / 2 + 1);
    c.textAlign = 'left';
  }

  const size = p.text.titleSize;
  const lineH = size * chrome.lineHeight;
  c.fillStyle = p.titleColor;
  c.font = `bold ${size}px ${p.font}`;
  p.title.forEach((line, i) => c.fillText(line, px, band + chrome.top + lineH * (i + 0.5)));
  if (compact) return;

  const markY = h - 8 - CARD_TEXT.markSize / 2;
  c.fillStyle = p.marksColor;
  c.font = `${CARD_TEXT.markSize}px ${p.font}`;
  c.fillText(p.marks, px, markY);
  if (p.dept) {
    c.font = `${CARD_TEXT.deptSize}px ${p.font}`;
    c.textAlign = 'right';
    c.fillText(p.dept.name, w - px, markY);
    c.textAlign = 'left';
    c.fillStyle = p.dept.color;
    c.fillRect(w - px - p.dept.width - 16, markY - 6, 11, 11);
  }
}
