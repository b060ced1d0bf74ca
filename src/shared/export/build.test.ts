import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '../example/bank';
import { newWorkshop } from '../model/defaults';
import { accountOf, prioritiesOf, promotersOf } from '../metrics';
import { translate } from '../i18n/messages';
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

describe('the handoff reads like the app', () => {
  it('names the priority-matrix fields as the app does (the same catalogue keys)', () => {
    const doc = exampleWorkshop();
    for (const lang of ['de', 'en'] as const) {
      const m = buildWorkbookModel(doc, { lang, now: EXPORT_NOW });
      const p = prioritiesOf(doc);
      const prio = sheet(m, 'priorities');
      const ids = p.ranked.map((x) => x.touchpointId);
      const fields = column(prio, translate(lang, 'excel.col.quadrant'));
      fields.forEach((v, i) => {
        const x = p.byId[ids[i]!]!;
        expect(v).toBe(x.unrated ? translate(lang, 'act.prio.blindSpot') : translate(lang, `act.quadrant.${x.quadrant}`));
      });
      // the summary's key touchpoints too
      const sum = texts(sheet(m, 'summary'));
      for (const k of p.key) expect(sum).toContain(k.unrated ? translate(lang, 'act.prio.blindSpot') : translate(lang, `act.quadrant.${k.quadrant}`));
    }
    expect(texts(sheet(buildWorkbookModel(doc, { lang: 'de', now: EXPORT_NOW }), 'priorities'))).toContain('Sofort angehen');
  });

  it('carries the relationship account on the summary: balance, credit, debit and each phase', () => {
    const doc = exampleWorkshop();
    const m = buildWorkbookModel(doc, { lang: 'de', now: EXPORT_NOW });
    const sum = sheet(m, 'summary');
    const account = accountOf(doc);
    const rowOf = (label: string) => sum.rows.find((r) => r[0]?.v === label);
    expect(texts(sum)).toContain('Beziehungskonto');
    expect(rowOf('Saldo')?.[1]?.v).toBe(account.balance);
    expect(rowOf('Haben')?.[1]?.v).toBe(account.credit);
    expect(rowOf('Soll')?.[1]?.v).toBe(account.debit);
    for (const ph of account.phases) {
      const row = rowOf(ph.name)!;
      expect(row.slice(1, 6).map((x) => x?.v), ph.name).toEqual([ph.count, ph.credit, ph.debit, ph.delta, ph.balance]);
    }
  });

  it('lists the promoters and the saboteur risks on the summary, as the Summary view does', () => {
    const doc = structuredClone(exampleWorkshop());
    // the example delights nowhere yet: two touchpoints delight, one disappoints
    doc.roomRatings[doc.touchpoints[3]!.id] = 2;
    doc.roomRatings[doc.touchpoints[9]!.id] = 2;
    doc.roomRatings[doc.touchpoints[5]!.id] = -2;
    const m = buildWorkbookModel(doc, { lang: 'en', now: EXPORT_NOW });
    const sum = sheet(m, 'summary');
    const { promoters, saboteurRisks } = promotersOf(doc);
    expect(promoters.length).toBeGreaterThan(0);
    expect(saboteurRisks.length).toBeGreaterThan(0);
    const heading = (label: string) => sum.rows.findIndex((r) => typeof r[0]?.v === 'string' && r[0].v.includes(label) && r[0].s === 'section');
    const p0 = heading('Promoters');
    const s0 = heading('Saboteur risks');
    expect(p0).toBeGreaterThan(0);
    expect(s0).toBeGreaterThan(p0);
    const titlesBetween = (a: number, b: number) => sum.rows.slice(a + 1, b).map((r) => r[0]?.v);
    expect(titlesBetween(p0 + 1, p0 + 2 + promoters.length)).toEqual(promoters.map((x) => x.title));
    expect(titlesBetween(s0 + 1, s0 + 2 + saboteurRisks.length)).toEqual(saboteurRisks.map((x) => x.title));
    // the reason is spelled out, as on screen
    const reasons = sum.rows.slice(s0 + 2, s0 + 2 + saboteurRisks.length).map((r) => r.find((x) => typeof x?.v === 'string' && x.v.length > 0 && x !== r[0])?.v);
    expect(reasons.length).toBe(saboteurRisks.length);
  });

  it('prints the touchpoints readably: the main columns first, and only they on the page width', () => {
    const m = buildWorkbookModel(exampleWorkshop(), { lang: 'de', now: EXPORT_NOW });
    const tps = sheet(m, 'touchpoints');
    const headers = tps.rows[0]!.map((x) => x?.v);
    expect(headers.slice(0, 8)).toEqual(['Nr.', 'Titel', 'Phase', 'Würfelseite', 'Abteilung', 'Ist (Konsens)', 'Soll', 'Rang']);
    // landscape and fit to the page width are the writer's page setup for every table (openpyxl.test.ts)
    expect(tps.printTitleRow).toBe(0);
    expect(tps.fitToPage).toBeFalsy();
    // the printed columns fit an A4 landscape page at a readable scale (≥ 75 %: ~145 characters at 100 %)
    const n = tps.printColumns!;
    expect(n).toBeGreaterThanOrEqual(8);
    expect(tps.widths.slice(0, n).reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(145 / 0.75);
    expect(headers.slice(0, n).some((h) => String(h).startsWith('Beschreibung'))).toBe(true);
    // every other column is still in the sheet, after the printed ones
    expect(headers).toHaveLength(22);
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
