import { describe, expect, it } from 'vitest';
import type { FaceFigures } from '../metrics/cube';
import { faceCaption, figureLines, figureSentence, formatDelta, formatLevel, formatLevelValue, formatLevelWithWord, formatPercent, levelOfMean, stickerLabel, trendOf } from './format';

const figs = (p: Partial<FaceFigures>): FaceFigures => ({
  count: 4,
  rated: 4,
  level: -0.44,
  sd: 0.5,
  homogeneity: 0.75,
  coverage: 1,
  disputed: 0,
  belowTarget: 4,
  histogram: [0, 2, 2, 0, 0],
  solved: false,
  ...p,
});

describe('formatting figures', () => {
  it('levels: one decimal, a real minus sign, a plus for positive, no “−0,0”', () => {
    expect(formatLevel(-0.44, 'de')).toBe('−0,4');
    expect(formatLevel(1.25, 'en')).toBe('+1.3');
    expect(formatLevel(-0.04, 'de')).toBe('0,0');
    expect(formatLevel(2, 'de')).toBe('+2,0');
    expect(formatLevel(null, 'de')).toBe('—');
    expect(formatLevelValue(-2)).toBe('−2');
    expect(formatLevelValue(0)).toBe('0');
    expect(formatLevelValue(1)).toBe('+1');
  });

  it('the word of a mean is the nearest level as shown; a tie goes down', () => {
    expect(levelOfMean(-0.44)).toBe(0);
    expect(levelOfMean(-0.5)).toBe(-1);
    expect(levelOfMean(0.5)).toBe(0);
    expect(levelOfMean(0.46)).toBe(0); // shown as 0,5: a tie
    expect(levelOfMean(0.55)).toBe(1);
    expect(levelOfMean(1.5)).toBe(1);
    expect(levelOfMean(-2)).toBe(-2);
    expect(levelOfMean(2)).toBe(2);
    expect(formatLevelWithWord(-1.2, 'de')).toBe('−1,2 unbefriedigend');
    expect(formatLevelWithWord(1.8, 'en')).toBe('+1.8 delighting');
  });

  it('percent: whole numbers, German with a no-break space', () => {
    expect(formatPercent(0.785, 'de')).toBe('79\u00a0%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('deltas carry an arrow: ▲ better, ▼ worse, = unchanged as shown', () => {
    expect(formatDelta(0.3, 'level', 'de')).toBe('▲ +0,3');
    expect(formatDelta(-0.12, 'percent', 'en')).toBe('▼ −12%');
    expect(formatDelta(0.004, 'percent', 'de')).toBe('= 0\u00a0%');
    expect(formatDelta(0.04, 'level', 'de')).toBe('= 0,0');
    expect(formatDelta(null, 'level', 'de')).toBe('—');
    expect(trendOf(-0.06, 'level')).toBe('down');
    expect(trendOf(null, 'level')).toBe('none');
  });

  it('stickers read as “title: level word”', () => {
    expect(stickerLabel({ title: 'Kontoeröffnung', value: -1 }, 'de')).toBe('Kontoeröffnung: unbefriedigend');
    expect(stickerLabel({ title: 'Hotline', value: null }, 'en')).toBe('Hotline: not rated');
  });

  it('figure lines and sentence name every figure; disputed and solved only when there are any', () => {
    // phrases are glued with no-break spaces: a caption breaks only after a “·”
    const plain = (lines: string[]) => lines.map((l) => l.replace(/\u00a0/g, ' '));
    expect(plain(figureLines(figs({}), 'de'))).toEqual(['Niveau −0,4 erwartet', 'Homogenität 75 % · Abdeckung 100 %']);
    expect(figureLines(figs({}), 'de')[1]!.split(' ')).toEqual(['Homogenität\u00a075\u00a0%\u00a0·', 'Abdeckung\u00a0100\u00a0%']);
    expect(plain(figureLines(figs({ disputed: 2, solved: true, level: 2 }), 'en'))).toEqual(['Level +2.0 delighting', 'Homogeneity 75% · Coverage 100%', '2 disputed · solved ✓']);
    expect(figureSentence(figs({ rated: 3, coverage: 0.75 }), 'de')).toBe('Niveau −0,4 erwartet, Homogenität 75\u00a0%, Abdeckung 75\u00a0% (3 von 4 bewertet), 0 umstritten.');
    expect(figureSentence(figs({ level: null, homogeneity: null, rated: 0, coverage: 0 }), 'en')).toBe('Level —, homogeneity —, coverage 0% (0 of 4 rated), 0 disputed.');
    expect(faceCaption({ name: 'Online', figures: figs({}) }, 'de', false)).toEqual({ title: 'Online', lines: [] });
  });
});
