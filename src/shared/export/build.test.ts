import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '../example/bank';
import { newWorkshop } from '../model/defaults';
import { prioritiesOf } from '../metrics';
import { buildWorkbookModel, exportFileName } from './build';
import type { Cell, SheetModel, WorkbookModel } from './model';
import { EXPORT_NOW, HOSTILE_IN_CELLS, hostileWorkshop, lopsidedWorkshop } from './testkit';

const sheet = (m: WorkbookModel, key: SheetModel['key']) => m.sheets.find((s) => s.key === key)!;
const cells = (s: SheetModel): Cell[] => s.rows.flatMap((r) => r.filter((c): c is Cell => !!c));
const texts = (s: SheetModel) => cells(s).map((c) => c.v).filter((v): v is string => typeof v === 'string');
const column = (s: SheetModel, header: string, headerRow = 0) => {
  const i = s.rows[headerRow]!.findIndex((c) => c?.v === header);
  expect(i, `column ${header}`).toBeGreaterThanOrEqual(0);
  return s.rows.slice(headerRow + 1).map((r) => r[i]?.v ?? null);
};

describe('buildWorkbookModel', () => {
  it('names the seven sheets in the export language', () => {
    const doc = exampleWorkshop();
    expect(buildWorkbookModel(doc, { lang: 'de', now: EXPORT_NOW }).sheets.map((s) => s.name)).toEqual(['Übersicht', 'Touchpoints', 'Bewertungen', 'Würfel', 'Prioritäten', 'Maßnahmen', 'Teilnehmende']);
    expect(buildWorkbookModel(doc, { lang: 'en', now: EXPORT_NOW }).sheets.map((s) => s.name)).toEqual(['Summary', 'Touchpoints', 'Ratings', 'Cube', 'Priorities', 'Measures', 'Participants']);
  });

  it('is a pure function of the workshop and the options', () => {
    const doc = exampleWorkshop();
    const before = JSON.stringify(doc);
    const a = buildWorkbookModel(doc, { lang: 'de', now: EXPORT_NOW });
    const b = buildWorkbookModel(doc, { lang: 'de', now: EXPORT_NOW });
    expect(a).toEqual(b);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('lists every touchpoint once, in journey order, with its consensus and priority', () => {
    const doc = exampleWorkshop();
    const m = buildWorkbookModel(doc, { lang: 'de', now: EXPORT_NOW });
    const tps = sheet(m, 'touchpoints');
    expect(tps.rows).toHaveLength(1 + doc.touchpoints.length);
    expect(new Set(column(tps, 'ID'))).toEqual(new Set(doc.touchpoints.map((t) => t.id)));
    const p = prioritiesOf(doc);
    const ids = column(tps, 'ID') as string[];
    const ranks = column(tps, 'Rang');
    ids.forEach((id, i) => expect(ranks[i]).toBe(p.byId[id]!.rank));
    // consensus as a real number with its words beside it
    const values = column(tps, 'Ist (Konsens)');
    const words = column(tps, 'Ist, in Worten');
    values.forEach((v, i) => {
      if (v === null) expect(words[i]).toBe('nicht bewertet');
      else expect(typeof v === 'number' && String(words[i]).endsWith(['enttäuschend', 'unbefriedigend', 'erwartet', 'gut', 'begeisternd'][v + 2]!)).toBe(true);
    });
  });

  it('puts every referenced style in the style table', () => {
    const m = buildWorkbookModel(hostileWorkshop(), { lang: 'en', now: EXPORT_NOW });
    for (const s of m.sheets) for (const c of cells(s)) if (c.s) expect(m.styles[c.s], `${s.key}: ${c.s}`).toBeDefined();
  });

  it('keeps formula-like text as typed (the writer makes it text) and drops characters XML cannot carry', () => {
    const m = buildWorkbookModel(hostileWorkshop(), { lang: 'de', now: EXPORT_NOW });
    const all = m.sheets.flatMap(texts);
    for (const v of HOSTILE_IN_CELLS) {
      expect(all, v).toContain(v);
    }
    expect(all).toContain('Klingelt laut');
    expect(all.some((t) => t.includes('\u0007'))).toBe(false);
  });

  it('writes due dates as dates and offers status and effort as drop-down lists, also on spare rows', () => {
    const m = buildWorkbookModel(hostileWorkshop(), { lang: 'de', now: EXPORT_NOW });
    const ms = sheet(m, 'measures');
    expect(column(ms, 'Fällig am')[0]).toEqual({ date: '2026-04-30' });
    expect(column(ms, 'Status')[0]).toBe('in Arbeit');
    const status = ms.lists!.find((l) => l.values.includes('in Arbeit'))!;
    expect(status.values).toEqual(['Idee', 'geplant', 'in Arbeit', 'erledigt']);
    expect(status.range.r1).toBe(1);
    expect(status.range.r2).toBeGreaterThan(ms.rows.length + 100);
    expect(ms.lists!.find((l) => l.values.includes('klein'))!.values).toEqual(['klein', 'mittel', 'groß']);
  });

  it('lays out the six faces as the unfolded net, one cell per touchpoint in journey order', () => {
    const doc = exampleWorkshop();
    const m = buildWorkbookModel(doc, { lang: 'en', now: EXPORT_NOW });
    const cube = sheet(m, 'cube');
    const stickers = cells(cube).filter((c) => c.s?.startsWith('sticker:'));
    // one per touchpoint with a face, plus the six level swatches of the legend
    expect(stickers).toHaveLength(doc.touchpoints.filter((t) => t.faceId).length + 6);
    for (const s of stickers) expect(['−−', '−', '○', '+', '++', '?']).toContain(s.v);
    // the first row of the product face: its first three touchpoints in the Touchpoints sheet's order
    const tps = sheet(m, 'touchpoints');
    const face = doc.faces[0]!;
    const faceCol = tps.rows[0]!.findIndex((c) => c?.v === 'Cube face');
    const valueCol = tps.rows[0]!.findIndex((c) => c?.v === 'Consensus (Ist)');
    const symbolOf = (v: unknown) => (v === null ? '?' : ['−−', '−', '○', '+', '++'][(v as number) + 2]);
    const expected = tps.rows.slice(1).filter((r) => r[faceCol]?.v === face.name).slice(0, 3).map((r) => symbolOf(r[valueCol]?.v ?? null));
    const isBand = (x: Cell | null | undefined) => x?.v === face.name && x.s?.startsWith('face:');
    const bandRow = cube.rows.findIndex((row) => row.some(isBand));
    const bandCol = cube.rows[bandRow]!.findIndex(isBand);
    expect(cube.rows[bandRow + 1]!.slice(bandCol, bandCol + 3).map((x) => x?.v)).toEqual(expected);
    // the face bands: up above front, left-front-right-back in one row, down below front
    const band = (name: string) => {
      for (const [r, row] of cube.rows.entries()) {
        const c = row.findIndex((x) => x?.v === name && x.s?.startsWith('face:'));
        if (c >= 0) return { r, c };
      }
      throw new Error(name);
    };
    const [product, service, people, premises, online, technology] = doc.faces.map((f) => band(f.name));
    expect(online!.c).toBe(product!.c);
    expect(technology!.c).toBe(product!.c);
    expect(online!.r).toBeLessThan(product!.r);
    expect(technology!.r).toBeGreaterThan(product!.r);
    expect([premises!.r, service!.r, people!.r]).toEqual([product!.r, product!.r, product!.r]);
    expect(premises!.c < product!.c && product!.c < service!.c && service!.c < people!.c).toBe(true);
  });

  it('draws every face of the cube sheet as a 4×4 block when one face has 14 touchpoints', () => {
    const doc = lopsidedWorkshop();
    const cube = sheet(buildWorkbookModel(doc, { lang: 'de', now: EXPORT_NOW }), 'cube');
    const isCell = (x: Cell | null | undefined) => !!x && (x.s === 'stickerEmpty' || !!x.s?.startsWith('sticker:'));
    for (const face of doc.faces) {
      const r = cube.rows.findIndex((row) => row.some((x) => x?.v === face.name && x.s?.startsWith('face:')));
      const col = cube.rows[r]!.findIndex((x) => x?.v === face.name);
      const block = [1, 2, 3, 4].map((k) => cube.rows[r + k]!.slice(col, col + 4));
      expect(block.flat().filter(isCell), face.name).toHaveLength(16);
      // nothing beyond the fourth row or column belongs to the face
      expect(isCell(cube.rows[r + 5]?.[col]), face.name).toBe(false);
      expect(isCell(cube.rows[r + 1]![col + 4]), face.name).toBe(false);
    }
    const stickers = cells(cube).filter((x) => x.s?.startsWith('sticker:'));
    expect(stickers).toHaveLength(doc.touchpoints.length + 6);
  });

  it('stays correct for an empty workshop: headers, no rows, empty cube faces, hints instead of tables', () => {
    const doc = newWorkshop({ title: 'Leer', language: 'en', now: EXPORT_NOW });
    const m = buildWorkbookModel(doc, { lang: 'en', now: EXPORT_NOW });
    expect(m.sheets).toHaveLength(7);
    for (const key of ['touchpoints', 'priorities', 'measures', 'participants'] as const) {
      const s = sheet(m, key);
      expect(s.rows, key).toHaveLength(1);
      expect(s.autoFilter, key).toMatchObject({ r1: 0, r2: 0 });
    }
    const ratings = sheet(m, 'ratings');
    expect(ratings.rows).toHaveLength(2); // legend and header
    expect(sheet(m, 'measures').lists).toHaveLength(2);
    const cube = sheet(m, 'cube');
    expect(cells(cube).filter((c) => c.s === 'stickerEmpty').length).toBeGreaterThanOrEqual(6 * 9);
    expect(texts(sheet(m, 'summary'))).toContain('No key touchpoints yet: they appear once touchpoints are rated below their target.');
  });

  it('fills the document properties', () => {
    const m = buildWorkbookModel(hostileWorkshop(), { lang: 'de', now: EXPORT_NOW });
    expect(m.properties).toMatchObject({ title: 'Touchpoint-Workshop Privatkunden', creator: 'Touchpoint-Würfel', created: EXPORT_NOW });
    expect(m.properties.subject).toBe('=EVIL(): Ergebnisse des Customer-Touchpoint-Workshops');
  });
});

describe('exportFileName', () => {
  it('makes a safe file name from the title', () => {
    const doc = (title: string) => ({ meta: { ...exampleWorkshop().meta, title } });
    expect(exportFileName(doc('Workshop: Filiale/Online?'), 'xlsx')).toBe('Workshop Filiale Online.xlsx');
    expect(exportFileName(doc('...'), 'xlsx')).toBe('workshop.xlsx');
    expect(exportFileName(doc('Bank'), 'png', 'cube-net')).toBe('Bank cube-net.png');
  });
});
