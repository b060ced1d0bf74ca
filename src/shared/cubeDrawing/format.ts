/**
 * How the cube's figures read, in both languages: the same words on screen, in the
 * accessible twin and in the exported pictures.
 */
import type { CubeFace, FaceFigures, Sticker } from '../metrics/cube';
import { translate, type MessageKey, type Params } from '../i18n/messages';
import type { Language, Level } from '../model/schema';

const MINUS = '−';

function tr(lang: Language, key: MessageKey, params?: Params): string {
  return translate(lang, key, params);
}

function decimal(x: number, digits: number, lang: Language): string {
  const s = Math.abs(x).toFixed(digits);
  return lang === 'de' ? s.replace('.', ',') : s;
}

/** Rounded to one decimal; −0.0 becomes 0. */
export function roundLevel(level: number): number {
  const r = Math.round(level * 10) / 10;
  return r === 0 ? 0 : r;
}

/** A mean level, −2 … +2, with one decimal and its sign: “−0,4”, “+1,2”, “0,0”; null → “—”. */
export function formatLevel(level: number | null, lang: Language): string {
  if (level === null) return '—';
  const r = roundLevel(level);
  const sign = r < 0 ? MINUS : r > 0 ? '+' : '';
  return sign + decimal(r, 1, lang);
}

/**
 * The level word nearest to a mean, as shown (rounded to one decimal first); a tie goes to
 * the lower level, as with the low median: a negative experience weighs more.
 */
export function levelOfMean(level: number): Level {
  const r = roundLevel(level);
  const n = Math.ceil(r - 0.5) || 0; // no −0
  return Math.max(-2, Math.min(2, n)) as Level;
}

export function valueLabel(value: Level | null, lang: Language): string {
  return value === null ? tr(lang, 'level.none') : tr(lang, `level.${value}`);
}

/** “−0,4 unbefriedigend”; null → “—”. */
export function formatLevelWithWord(level: number | null, lang: Language): string {
  if (level === null) return '—';
  return `${formatLevel(level, lang)} ${valueLabel(levelOfMean(level), lang)}`;
}

/** A share 0 … 1 as whole percent: “78 %” (German, with a no-break space) or “78%”; null → “—”. */
export function formatPercent(x: number | null, lang: Language): string {
  if (x === null) return '—';
  const n = Math.round(x * 100);
  return lang === 'de' ? `${n}\u00a0%` : `${n}%`;
}

/** A level value −2 … +2 with its sign: “−1”, “0”, “+2”. */
export function formatLevelValue(value: Level): string {
  return value < 0 ? `${MINUS}${-value}` : value > 0 ? `+${value}` : '0';
}

export type Trend = 'up' | 'down' | 'same' | 'none';

export function trendOf(delta: number | null, kind: 'level' | 'percent'): Trend {
  if (delta === null) return 'none';
  const shown = kind === 'level' ? roundLevel(delta) : Math.round(delta * 100);
  return shown > 0 ? 'up' : shown < 0 ? 'down' : 'same';
}

export const TREND_ARROWS: Readonly<Record<Trend, string>> = { up: '▲', down: '▼', same: '=', none: '' };

/**
 * A change between two figures, with an arrow: “▲ +0,3”, “▼ −12 %”, “= 0,0”; null → “—”.
 * Levels in level steps, shares in percentage points.
 */
export function formatDelta(delta: number | null, kind: 'level' | 'percent', lang: Language): string {
  if (delta === null) return '—';
  const trend = trendOf(delta, kind);
  let body: string;
  if (kind === 'level') {
    body = formatLevel(delta, lang);
  } else {
    const n = Math.round(delta * 100);
    const sign = n < 0 ? MINUS : n > 0 ? '+' : '';
    body = sign + (lang === 'de' ? `${Math.abs(n)}\u00a0%` : `${Math.abs(n)}%`);
  }
  return `${TREND_ARROWS[trend]} ${body}`;
}

/** “Kontoeröffnung: unbefriedigend”: the words of one sticker. */
export function stickerLabel(sticker: Pick<Sticker, 'title' | 'value'>, lang: Language): string {
  return `${sticker.title}: ${valueLabel(sticker.value, lang)}`;
}

const NBSP = '\u00a0';
/** Glue a phrase so a wrapped caption breaks only between phrases, after their “·”. */
function phrase(text: string): string {
  return text.replace(/ /g, NBSP);
}
function joinPhrases(parts: string[]): string {
  return parts.map(phrase).join(`${NBSP}· `);
}

/** Figures of a face (or the whole cube) as short lines, for captions (a line breaks only between its phrases). */
export function figureLines(f: FaceFigures, lang: Language): string[] {
  const lines = [
    tr(lang, 'cube.fig.levelLine', { level: formatLevelWithWord(f.level, lang) }),
    joinPhrases([
      tr(lang, 'cube.fig.homogeneityPart', { homogeneity: formatPercent(f.homogeneity, lang) }),
      tr(lang, 'cube.fig.coveragePart', { coverage: formatPercent(f.coverage, lang) }),
    ]),
  ];
  const extra: string[] = [];
  if (f.disputed > 0) extra.push(tr(lang, 'cube.fig.disputedCount', { count: f.disputed }));
  if (f.solved) extra.push(tr(lang, 'cube.fig.solved'));
  if (extra.length) lines.push(joinPhrases(extra));
  return lines;
}

/** One sentence with every figure, for screen readers. */
export function figureSentence(f: FaceFigures, lang: Language): string {
  return tr(lang, 'cube.fig.sentence', {
    level: formatLevelWithWord(f.level, lang),
    homogeneity: formatPercent(f.homogeneity, lang),
    coverage: formatPercent(f.coverage, lang),
    rated: f.rated,
    count: f.count,
    disputed: f.disputed,
  }) + (f.solved ? ` ${tr(lang, 'cube.fig.solvedSentence')}` : '');
}

export interface FaceCaption {
  title: string;
  lines: string[];
}

export function faceCaption(face: Pick<CubeFace, 'name' | 'figures'>, lang: Language, withFigures = true): FaceCaption {
  return { title: face.name, lines: withFigures ? figureLines(face.figures, lang) : [] };
}
