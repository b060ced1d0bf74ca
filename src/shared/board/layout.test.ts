import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../model/defaults';
import type { Touchpoint, Workshop } from '../model/schema';
import { applyCommands, cmd } from '../commands';
import { exampleWorkshop } from '../example/bank';
import {
  EMPTY_FILTER,
  GEOMETRY,
  NONE,
  cardsInRect,
  columnView,
  countsOf,
  dropMoves,
  dropTarget,
  fitView,
  hitTest,
  layoutBoard,
  neighbour,
  nextSlot,
  revealBox,
  toBoard,
  zoomAt,
  type BoardLayout,
  type CardBox,
} from './layout';

const FHD = { width: 1600, height: 900 };

/** A workshop with two departments and touchpoints given as [phase index, title, extra]. */
function workshop(rows: [number, string, Partial<Touchpoint>?][]): Workshop {
  let w = newWorkshop({ title: 'Test', language: 'en', now: new Date('2026-01-01') });
  w = applyCommands(w, [cmd('department.add', { id: 'dp_sales', name: 'Sales', color: '#112233' }), cmd('department.add', { id: 'dp_tech', name: 'IT', color: '#445566' })]);
  const touchpoints: Touchpoint[] = rows.map(([phase, title, extra], i) => ({
    id: `tp_${String(i).padStart(3, '0')}`,
    title,
    description: '',
    phaseId: w.phases[phase]!.id,
    faceId: null,
    departmentId: null,
    direct: true,
    online: false,
    momentOfTruth: false,
    importance: 2,
    target: null,
    order: i + 1,
    ...extra,
  }));
  return { ...w, touchpoints };
}

function centre(c: CardBox | undefined) {
  if (!c) throw new Error('no card');
  return { x: c.x + c.w / 2, y: c.y + c.h / 2 };
}

function titlesIn(l: BoardLayout, doc: Workshop, phase: number, laneKey = ''): string[] {
  const cell = l.cells.find((c) => c.phaseId === doc.phases[phase]!.id && c.laneKey === laneKey);
  return (cell?.cardIds ?? []).map((id) => doc.touchpoints.find((t) => t.id === id)!.title);
}

describe('layoutBoard', () => {
  it('makes one column per phase in journey order and sorts the cards of a column by order', () => {
    const doc = workshop([
      [0, 'B', { order: 5 }],
      [0, 'A', { order: 1 }],
      [2, 'C'],
    ]);
    const l = layoutBoard(doc, { viewport: FHD, lanes: false });
    expect(l.columns.map((c) => c.name)).toEqual(doc.phases.map((p) => p.name));
    expect(l.columns[0]!.x).toBeLessThan(l.columns[1]!.x);
    expect(titlesIn(l, doc, 0)).toEqual(['A', 'B']);
    expect(titlesIn(l, doc, 1)).toEqual([]);
    expect(l.columns.map((c) => c.count)).toEqual([2, 0, 1]);
    // every card lies inside its column and below the header
    for (const c of l.cards) {
      const col = l.columns.find((x) => x.phaseId === c.phaseId)!;
      expect(c.x).toBeGreaterThanOrEqual(col.x);
      expect(c.x + c.w).toBeLessThanOrEqual(col.x + col.w);
      expect(c.y).toBeGreaterThanOrEqual(GEOMETRY.headerH);
    }
  });

  it('puts several cards in a row when the board would otherwise be too tall for the screen', () => {
    const rows: [number, string][] = Array.from({ length: 45 }, (_, i) => [i % 3, `T${i}`]);
    const l = layoutBoard(workshop(rows), { viewport: { width: 1600, height: 900 }, lanes: false });
    expect(l.perRow).toBeGreaterThan(1);
    // cards never overlap
    const sorted = l.cards.slice();
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap).toBe(false);
      }
    // a tall, narrow screen gets fewer cards per row than a wide one
    const narrow = layoutBoard(workshop(rows), { viewport: { width: 900, height: 1600 }, lanes: false });
    expect(narrow.perRow).toBeLessThanOrEqual(l.perRow);
  });

  it('shows departments as lanes plus a "no department" lane, where unowned touchpoints go', () => {
    const doc = workshop([
      [0, 'Shop', { departmentId: 'dp_sales' }],
      [0, 'Review portal'],
      [1, 'App', { departmentId: 'dp_tech' }],
      [1, 'Old dept', { departmentId: 'dp_gone' }],
    ]);
    const l = layoutBoard(doc, { viewport: FHD, lanes: true }, { noDepartment: 'nobody' });
    expect(l.lanes.map((x) => x.name)).toEqual(['Sales', 'IT', 'nobody']);
    expect(titlesIn(l, doc, 0, 'dp_sales')).toEqual(['Shop']);
    expect(titlesIn(l, doc, 0, NONE)).toEqual(['Review portal']);
    expect(titlesIn(l, doc, 1, 'dp_tech')).toEqual(['App']);
    expect(titlesIn(l, doc, 1, NONE)).toEqual(['Old dept']);
    expect(l.lanes.map((x) => x.count)).toEqual([1, 1, 2]);
    // lanes stack without gaps or overlaps, and cards sit inside their lane
    for (let i = 1; i < l.lanes.length; i++) expect(l.lanes[i]!.y).toBe(l.lanes[i - 1]!.y + l.lanes[i - 1]!.h);
    for (const c of l.cards) {
      const lane = l.lanes.find((x) => x.key === c.laneKey)!;
      expect(c.y).toBeGreaterThanOrEqual(lane.y);
      expect(c.y + c.h).toBeLessThanOrEqual(lane.y + lane.h);
    }
  });

  it('lays out the bundled example (41 touchpoints) so it fits a 1920×1080 board at a readable zoom', () => {
    const doc = exampleWorkshop();
    const viewport = { width: 1620, height: 920 }; // the canvas beside the outline at 1920×1080
    const l = layoutBoard(doc, { viewport, lanes: false });
    expect(l.cards).toHaveLength(doc.touchpoints.length);
    // the card title font is 20 px at 100 %: at the fitted zoom it must stay ≥ 16 px
    expect(20 * fitView(l, viewport).scale).toBeGreaterThanOrEqual(16);
  });
});

describe('filter and counts', () => {
  const doc = workshop([
    [0, 'Website', { online: true, departmentId: 'dp_tech' }],
    [0, 'Branch visit', { departmentId: 'dp_sales', momentOfTruth: true }],
    [1, 'Forum thread', { direct: false, online: true, description: 'Customers complain about the app' }],
    [2, 'Invoice', { departmentId: 'dp_sales' }],
  ]);
  doc.touchpoints[0]!.faceId = doc.faces[4]!.id;
  doc.touchpoints[2]!.faceId = doc.faces[4]!.id;

  it('dims or hides cards the filter excludes and counts only the matching ones', () => {
    const filter = { ...EMPTY_FILTER, online: 'online' as const };
    const dim = layoutBoard(doc, { viewport: FHD, lanes: false, filter, filterMode: 'dim' });
    expect(dim.cards).toHaveLength(4);
    expect(dim.cards.filter((c) => c.dim)).toHaveLength(2);
    const hide = layoutBoard(doc, { viewport: FHD, lanes: false, filter, filterMode: 'hide' });
    expect(hide.cards).toHaveLength(2);
    expect(hide.columns.map((c) => [c.count, c.total])).toEqual([
      [1, 2],
      [1, 1],
      [0, 1],
    ]);
    expect(hide.counts.matching).toBe(2);
  });

  it('searches title and description, every word, case-insensitive', () => {
    const c = countsOf(doc, { ...EMPTY_FILTER, text: 'APP customers' });
    expect(c.matching).toBe(1);
    expect(countsOf(doc, { ...EMPTY_FILTER, text: 'app website' }).matching).toBe(0);
  });

  it('counts faces and departments without their own facet, so the other chips stay meaningful', () => {
    const f = { ...EMPTY_FILTER, departments: ['dp_sales'] };
    const c = countsOf(doc, f);
    expect(c.matching).toBe(2);
    expect(c.byDepartment).toMatchObject({ dp_sales: 2, dp_tech: 1, [NONE]: 1 });
    expect(c.byFace[doc.faces[4]!.id]).toBe(0); // the online touchpoints are not in sales
    expect(c.byFace[NONE]).toBe(2);
    expect(countsOf(doc, { ...EMPTY_FILTER, momentOfTruth: 'only' }).matching).toBe(1);
    expect(countsOf(doc, { ...EMPTY_FILTER, direct: 'indirect' }).matching).toBe(1);
    expect(countsOf(doc, { ...EMPTY_FILTER, faces: [NONE] }).matching).toBe(2);
  });
});

describe('hit testing, drops and order values', () => {
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

  it('gives the slot of the next captured card right after the last card of the cell', () => {
    const c = l.byId.get(id('C'))!;
    const s = nextSlot(l, doc.phases[0]!.id, '')!;
    expect(s).toMatchObject({ x: c.x, y: c.y + c.h + GEOMETRY.gap });
    expect(nextSlot(l, doc.phases[2]!.id, '')).toMatchObject({ x: l.columns[2]!.x + GEOMETRY.pad, y: GEOMETRY.headerH + GEOMETRY.pad });
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

describe('view', () => {
  const doc = workshop(Array.from({ length: 30 }, (_, i) => [i % 3, `T${i}`] as [number, string]));
  const l = layoutBoard(doc, { viewport: FHD, lanes: false });

  it('fits the board into the screen, never above 100 %', () => {
    const v = fitView(l, FHD);
    expect(v.scale).toBeLessThanOrEqual(1);
    expect(l.width * v.scale).toBeLessThanOrEqual(FHD.width);
    expect(l.height * v.scale + v.y).toBeLessThanOrEqual(FHD.height);
  });

  it('zooms around the pointer and to a column', () => {
    const v = { scale: 1, x: 30, y: 40 };
    const z = zoomAt(v, 2, 500, 300);
    expect(z.scale).toBe(2);
    const before = toBoard(v, 500, 300);
    const after = toBoard(z, 500, 300);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
    const cv = columnView(l, l.columns[1]!.phaseId, FHD)!;
    const col = l.columns[1]!;
    expect(col.x * cv.scale + cv.x).toBeGreaterThanOrEqual(0);
    expect((col.x + col.w) * cv.scale + cv.x).toBeLessThanOrEqual(FHD.width);
    expect(col.w * cv.scale).toBeGreaterThan(FHD.width / 2);
  });

  it('pans just enough to reveal a box', () => {
    const v = { scale: 1, x: 0, y: 0 };
    const r = revealBox(v, { x: 100, y: 1200, w: 200, h: 100 }, FHD);
    expect(1300 + r.y).toBeLessThanOrEqual(FHD.height);
    expect(revealBox(v, { x: 100, y: 100, w: 200, h: 100 }, FHD)).toBe(v);
  });
});
