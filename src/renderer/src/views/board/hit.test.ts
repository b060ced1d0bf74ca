import { describe, expect, it } from 'vitest';
import { GEOMETRY, layoutBoard } from '../../../../shared/board';
import { centre, workshop } from '../../../../shared/board/testkit';
import { cardsInRect, hitTest, neighbour } from './hit';

describe('hit testing', () => {
  const doc = workshop([
    [0, 'A', { order: 10 }],
    [0, 'B', { order: 20 }],
    [0, 'C', { order: 30 }],
    [1, 'D', { order: 1 }],
  ]);
  const l = layoutBoard(doc, { viewport: { width: 900, height: 2000 }, lanes: false });
  const id = (title: string) => doc.touchpoints.find((t) => t.title === title)!.id;

  it('finds the card, the header, the empty cell and nothing', () => {
    const a = centre(l.byId.get(id('A')));
    expect(hitTest(l, a.x, a.y)).toEqual({ kind: 'card', id: id('A') });
    expect(hitTest(l, a.x, 10)).toEqual({ kind: 'header', phaseId: doc.phases[0]!.id });
    const d = l.byId.get(id('D'))!;
    expect(hitTest(l, d.x + 5, d.y + d.h + GEOMETRY.gap + 40)).toEqual({ kind: 'cell', phaseId: doc.phases[1]!.id, laneKey: '' });
    expect(hitTest(l, d.x + 5, d.y + d.h + GEOMETRY.gap / 2)).toEqual({ kind: 'cell', phaseId: doc.phases[1]!.id, laneKey: '' });
    expect(hitTest(l, -50, 300)).toEqual({ kind: 'none' });
    expect(hitTest(l, l.width + 50, 300)).toEqual({ kind: 'none' });
  });
});

describe('selection helpers', () => {
  const doc = workshop([
    [0, 'A'],
    [0, 'B'],
    [1, 'C'],
    [2, 'D'],
  ]);
  const l = layoutBoard(doc, { viewport: { width: 900, height: 2000 }, lanes: false });
  const [a, b, c, d] = doc.touchpoints.map((t) => t.id) as [string, string, string, string];

  it('moves between cards and columns with arrow directions', () => {
    expect(neighbour(l, a, 'right')).toBe(c);
    expect(neighbour(l, c, 'right')).toBe(d);
    expect(neighbour(l, d, 'right')).toBeNull();
    expect(neighbour(l, c, 'left')).toBe(a);
    expect(neighbour(l, a, 'down')).toBe(l.perRow === 1 ? b : null);
    expect(neighbour(l, a, 'up')).toBeNull();
    expect(neighbour(l, c, 'down')).toBeNull(); // up/down stays in the column
  });

  it('selects the cards a lasso touches', () => {
    const ca = l.byId.get(a)!;
    const cc = l.byId.get(c)!;
    expect(cardsInRect(l, { x: ca.x + 5, y: ca.y + 5, w: cc.x - ca.x, h: 10 }).sort()).toEqual([a, c].sort());
    expect(cardsInRect(l, { x: -100, y: -100, w: 50, h: 50 })).toEqual([]);
  });
});
