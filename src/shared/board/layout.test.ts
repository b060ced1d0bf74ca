import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, FIT_MARGIN, GEOMETRY, MIN_TITLE_PX, NONE, TITLE_SIZE, cardTextAt, countsOf, fitScale, layoutBoard, nextSlot } from '.';
import { exampleWorkshop } from '../example/bank';
import { FHD, titlesIn, workshop } from './testkit';

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

describe('capture slot', () => {
  const doc = workshop([
    [0, 'A', { order: 10 }],
    [0, 'B', { order: 20 }],
    [0, 'C', { order: 30 }],
    [1, 'D', { order: 1 }],
  ]);
  const l = layoutBoard(doc, { viewport: { width: 900, height: 2000 }, lanes: false });
  const id = (title: string) => doc.touchpoints.find((t) => t.title === title)!.id;

  it('gives the slot of the next captured card right after the last card of the cell', () => {
    const c = l.byId.get(id('C'))!;
    const s = nextSlot(l, doc.phases[0]!.id, '')!;
    expect(s).toMatchObject({ x: c.x, y: c.y + c.h + GEOMETRY.gap });
    expect(nextSlot(l, doc.phases[2]!.id, '')).toMatchObject({ x: l.columns[2]!.x + GEOMETRY.pad, y: GEOMETRY.headerH + GEOMETRY.pad });
  });
});

describe('fit on a small beamer (issue 15: titles ≥ 16 px at "fit" on 1280×800 with 40 touchpoints)', () => {
  /** the board's canvas at 1280×800, under the workspace header, the board toolbar and the counts row */
  const BEAMER = { width: 1256, height: 590 };
  const forty = workshop(Array.from({ length: 40 }, (_, i) => [i % 3, `Touchpoint number ${i}`] as [number, string]));
  const onScreen = (l: ReturnType<typeof layoutBoard>, viewport: { width: number; height: number }) => {
    const scale = fitScale(l, viewport);
    const text = cardTextAt(scale, { w: l.cardW, h: l.cardH });
    return { scale, text, px: text.titleSize * scale };
  };

  it('fits 40 cards (and the bundled example, 41) into a 1280×800 board with titles of at least 16 px on screen', () => {
    for (const doc of [forty, exampleWorkshop()]) {
      const l = layoutBoard(doc, { viewport: BEAMER, lanes: false });
      const { text, px } = onScreen(l, BEAMER);
      expect(px).toBeGreaterThanOrEqual(MIN_TITLE_PX);
      // and the title still has room: four lines on the taller cards
      expect(text.titleLines).toBeGreaterThanOrEqual(4);
      // the fitted board really is on screen at that zoom
      const s = fitScale(l, BEAMER);
      expect(l.width * s).toBeLessThanOrEqual(BEAMER.width - 2 * FIT_MARGIN + 0.5);
      expect(l.height * s).toBeLessThanOrEqual(BEAMER.height - 2 * FIT_MARGIN + 0.5);
    }
  });

  it('gives height the board does not need to taller cards, without losing zoom', () => {
    const l = layoutBoard(forty, { viewport: BEAMER, lanes: false });
    expect(l.cardH).toBeGreaterThan(GEOMETRY.cardH);
    expect(l.cardH).toBeLessThanOrEqual(GEOMETRY.maxCardH);
    // the zoom is the one the board's width allows: the taller cards did not cost any
    expect(fitScale(l, BEAMER)).toBeCloseTo((BEAMER.width - 2 * FIT_MARGIN) / l.width, 6);
    // a board that already fills the height keeps the standard card
    const tall = layoutBoard(forty, { viewport: { width: 3000, height: 400 }, lanes: false });
    expect(tall.cardH).toBe(GEOMETRY.cardH);
  });

  it('shows the full card at 100 %; zoomed out, the title grows to stay 16 px on screen but keeps three lines of eleven characters', () => {
    const card = { w: GEOMETRY.cardW, h: GEOMETRY.cardH };
    expect(cardTextAt(1, card)).toEqual({ detail: 'full', titleSize: TITLE_SIZE, titleLines: 3 });
    expect(cardTextAt(1, { ...card, h: GEOMETRY.maxCardH }).titleLines).toBe(4);
    expect(cardTextAt(0.7, card)).toMatchObject({ detail: 'compact', titleSize: 23 });
    // very far out the card, not the screen, limits the title
    const far = cardTextAt(0.2, card);
    expect(far.titleLines).toBeGreaterThanOrEqual(3);
    expect((card.w - 16) / (far.titleSize * 0.6)).toBeGreaterThanOrEqual(11);
    // at every zoom: never smaller than the plain 20 px card, and 16 px on screen unless the card limits it
    for (let s = 0.15; s <= 3; s += 0.01) {
      const t = cardTextAt(s, card);
      expect(t.titleSize * s).toBeGreaterThanOrEqual(TITLE_SIZE * s - 1e-9);
      if (t.titleSize < far.titleSize) expect(t.titleSize * s).toBeGreaterThanOrEqual(Math.min(MIN_TITLE_PX, TITLE_SIZE * s) - 1e-9);
    }
  });
});
