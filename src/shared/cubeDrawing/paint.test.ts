import { describe, expect, it } from 'vitest';
import { paintDrawing, wrapLines, type Canvas2D } from './paint';
import { rect, type Drawing } from './shapes';

/** A 2D context that records what is drawn; text is 10 px per character. */
function recorder() {
  const calls: string[] = [];
  const ctx: Canvas2D & { calls: string[] } = {
    calls,
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textAlign: 'left',
    textBaseline: 'top',
    save: () => calls.push('save'),
    restore: () => calls.push('restore'),
    beginPath: () => calls.push('beginPath'),
    moveTo: () => {},
    lineTo: () => {},
    closePath: () => {},
    fill: () => calls.push(`fill ${String(ctx.fillStyle)}`),
    stroke: () => calls.push(`stroke ${String(ctx.strokeStyle)}`),
    clip: () => calls.push('clip'),
    fillText: (t, x, y) => calls.push(`text ${t} @${x},${y} ${ctx.font} ${ctx.textAlign}`),
    measureText: (t) => ({ width: t.length * 10 }),
  };
  return ctx;
}

const measure = (s: string) => s.length * 10;

describe('wrapLines', () => {
  it('breaks at spaces and keeps what fits', () => {
    expect(wrapLines('Produkt und Angebot', 120, 2, measure)).toEqual(['Produkt und', 'Angebot']);
    expect(wrapLines('kurz', 120, 2, measure)).toEqual(['kurz']);
    expect(wrapLines('78\u00a0% · 100\u00a0%', 1000, 1, measure)).toEqual(['78\u00a0% · 100\u00a0%']); // no-break spaces stay
  });

  it('cuts with “…” when the lines run out or a word is too long', () => {
    expect(wrapLines('Mitarbeitende Freundlichkeit und Kompetenz', 140, 2, measure)).toEqual(['Mitarbeitende', 'Freundlichkei…']);
    expect(wrapLines('Donaudampfschifffahrt', 100, 1, measure)).toEqual(['Donaudamp…']);
    for (const line of wrapLines('a bb ccc dddd eeeee ffffff', 60, 3, measure)) expect(measure(line)).toBeLessThanOrEqual(60);
  });
});

describe('paintDrawing', () => {
  it('fills polygons in order, hatches blind spots inside a clip, strokes outlines, writes text', () => {
    const drawing: Drawing = {
      width: 100,
      height: 100,
      shapes: [
        { kind: 'polygon', role: 'body', fill: '#111111', points: rect(0, 0, 100, 100) },
        { kind: 'polygon', role: 'sticker', fill: '#c9cdd2', hatch: '#7b838c', points: rect(10, 10, 30, 30), touchpointId: 'tp_a', value: null },
        { kind: 'polygon', role: 'swatch', fill: '#ffffff', stroke: '#000000', strokeWidth: 1, points: rect(50, 50, 10, 10) },
        { kind: 'text', role: 'symbol', x: 25, y: 25, text: '?', size: 14, bold: true, color: '#000000', align: 'center', baseline: 'middle' },
      ],
    };
    const ctx = recorder();
    paintDrawing(ctx, drawing, { fontFamily: 'Test' });
    const c = ctx.calls;
    expect(c.filter((x) => x.startsWith('fill '))).toEqual(['fill #111111', 'fill #c9cdd2', 'fill #ffffff']);
    const clip = c.indexOf('clip');
    expect(clip).toBeGreaterThan(c.indexOf('fill #c9cdd2'));
    expect(c[clip + 2]).toBe('stroke #7b838c');
    expect(c).toContain('stroke #000000');
    expect(c.at(-2)).toBe('text ? @25,25 700 14px Test center');
    expect(c.filter((x) => x === 'save').length).toBe(c.filter((x) => x === 'restore').length);
  });

  it('wraps text with a maximum width, lines growing down from a top anchor', () => {
    const ctx = recorder();
    paintDrawing(ctx, { shapes: [{ kind: 'text', role: 'title', x: 0, y: 100, text: 'aaaa bbbb', size: 10, bold: false, color: '#000', align: 'left', baseline: 'top', maxWidth: 50, maxLines: 2 }] }, { fontFamily: 'F' });
    expect(ctx.calls.filter((x) => x.startsWith('text'))).toEqual(['text aaaa @0,100 10px F left', 'text bbbb @0,112 10px F left']);
  });
});
