import { describe, expect, it } from 'vitest';
import { NONE, layoutBoard } from '../../../../shared/board';
import { FHD, workshop } from '../../../../shared/board/testkit';
import { dropMoves, dropTarget } from './drop';

describe('drops and order values', () => {
  const doc = workshop([
    [0, 'A', { order: 10 }],
    [0, 'B', { order: 20 }],
    [0, 'C', { order: 30 }],
    [1, 'D', { order: 1 }],
  ]);
  const l = layoutBoard(doc, { viewport: { width: 900, height: 2000 }, lanes: false });
  const id = (title: string) => doc.touchpoints.find((t) => t.title === title)!.id;

  it('drops between two cards with an order between theirs', () => {
    const d = l.byId.get(id('D'))!;
    const b = l.byId.get(id('B'))!;
    // upper edge of B: insert before B, after A (one card per row in this narrow layout)
    const t = dropTarget(l, b.x + b.w / 4, b.y + 2, new Set([d.id]));
    expect(t).toMatchObject({ phaseId: doc.phases[0]!.id, prevId: l.perRow === 1 ? id('A') : expect.anything() });
    const moves = dropMoves(doc, t!, [d.id]);
    expect(moves).toHaveLength(1);
    const m = moves[0]!;
    expect(m.phaseId).toBe(doc.phases[0]!.id);
    const prev = doc.touchpoints.find((x) => x.id === t!.prevId)!;
    const next = doc.touchpoints.find((x) => x.id === t!.nextId)!;
    expect(m.order).toBeGreaterThan(prev.order);
    expect(m.order).toBeLessThan(next.order);
    expect('departmentId' in m).toBe(false); // no lanes: the department stays
  });

  it('drops at the end of another column and into an empty column', () => {
    const a = l.byId.get(id('A'))!;
    const col1 = l.columns[1]!;
    const t = dropTarget(l, col1.x + col1.w / 2, l.height - 5, new Set([a.id]));
    expect(t).toMatchObject({ phaseId: col1.phaseId, prevId: id('D'), nextId: null });
    expect(dropMoves(doc, t!, [a.id])).toEqual([{ id: a.id, phaseId: col1.phaseId, order: 2 }]);
    const col2 = l.columns[2]!;
    const empty = dropTarget(l, col2.x + 30, 200, new Set([a.id]));
    expect(empty).toMatchObject({ phaseId: col2.phaseId, prevId: null, nextId: null });
    expect(dropMoves(doc, empty!, [a.id])[0]).toMatchObject({ phaseId: col2.phaseId, order: 1 });
  });

  it('keeps several dragged cards in their order and returns nothing when they land where they are', () => {
    const col1 = l.columns[1]!;
    const t = dropTarget(l, col1.x + col1.w / 2, l.height - 5, new Set([id('A'), id('C')]));
    const moves = dropMoves(doc, t!, [id('C'), id('A')]);
    expect(moves.map((m) => m.id)).toEqual([id('A'), id('C')]);
    expect(moves[0]!.order).toBeLessThan(moves[1]!.order);
    expect(moves[0]!.order).toBeGreaterThan(1);
    // B dropped on its own place (between A and C)
    const b = l.byId.get(id('B'))!;
    const same = dropTarget(l, b.x + 5, b.y + 5, new Set([b.id]));
    expect(dropMoves(doc, same!, [b.id])).toEqual([]);
  });

  it('renumbers the phase when the gap between neighbours is used up', () => {
    const tight = workshop([
      [0, 'A', { order: 1 }],
      [0, 'B', { order: 1 + 1e-9 }],
      [1, 'X', { order: 1 }],
    ]);
    const tl = layoutBoard(tight, { viewport: { width: 900, height: 2000 }, lanes: false });
    const a = tight.touchpoints[0]!;
    const b = tight.touchpoints[1]!;
    const x = tight.touchpoints[2]!;
    const moves = dropMoves(tight, { phaseId: a.phaseId, laneKey: '', departmentId: undefined, prevId: a.id, nextId: b.id, mark: { x: 0, y: 0, h: 0 } }, [x.id]);
    expect(moves.map((m) => [m.id, m.order])).toEqual([
      [a.id, 1],
      [x.id, 2],
      [b.id, 3],
    ]);
    expect(tl.cards).toHaveLength(3);
  });

  it('sets the department of the lane a card is dropped into, or clears it in the "no department" lane', () => {
    const d2 = workshop([
      [0, 'Shop', { departmentId: 'dp_sales' }],
      [1, 'Portal'],
    ]);
    const ll = layoutBoard(d2, { viewport: FHD, lanes: true });
    const itLane = ll.lanes.find((x) => x.key === 'dp_tech')!;
    const portal = d2.touchpoints[1]!;
    const t = dropTarget(ll, ll.columns[0]!.x + 40, itLane.y + 40, new Set([portal.id]));
    expect(t).toMatchObject({ phaseId: d2.phases[0]!.id, laneKey: 'dp_tech', departmentId: 'dp_tech' });
    expect(dropMoves(d2, t!, [portal.id])[0]).toMatchObject({ departmentId: 'dp_tech', phaseId: d2.phases[0]!.id });
    const none = ll.lanes.find((x) => x.key === NONE)!;
    const shop = d2.touchpoints[0]!;
    const t2 = dropTarget(ll, ll.columns[0]!.x + 40, none.y + 40, new Set([shop.id]));
    expect(dropMoves(d2, t2!, [shop.id])[0]).toMatchObject({ departmentId: null });
  });
});
