import { describe, expect, it } from 'vitest';
import { applyCommand, cmd } from '../commands';
import { translate } from '../i18n/messages';
import { newWorkshop } from '../model/defaults';
import { referentialProblems, type Workshop } from '../model/schema';
import {
  columnLetter,
  detectColumns,
  locateHeader,
  matchKey,
  parseDirect,
  parseImportance,
  parseOnline,
  parseYesNo,
  planCounts,
  planImport,
  titleKey,
  type ImportMapping,
} from './mapping';

function workshop(language: 'de' | 'en' = 'de'): Workshop {
  const doc = newWorkshop({ title: 'Test', language, now: new Date('2025-03-01T10:00:00Z') });
  return {
    ...doc,
    departments: [
      { id: 'dp_marketing', name: 'Marketing', color: '#0b7285' },
      { id: 'dp_vertrieb', name: 'Vertrieb', color: '#5f3dc4' },
    ],
  };
}

let seq = 0;
const ids = () => `tp_test${String(++seq).padStart(4, '0')}`;

describe('matchKey / titleKey', () => {
  it('ignores case, whitespace, punctuation and umlaut spelling', () => {
    expect(matchKey('  Würfelseite ')).toBe(matchKey('WUERFELSEITE'));
    expect(matchKey('Wurfelseite')).toBe(matchKey('Würfelseite'));
    expect(matchKey('Priorität')).toBe(matchKey('prioritaet'));
    expect(matchKey('Moment  der\tWahrheit')).toBe('moment der wahrheit');
    expect(matchKey('Straße')).toBe(matchKey('STRASSE'));
  });
  it('compares titles case- and whitespace-insensitively', () => {
    expect(titleKey(' Website  Suche ')).toBe(titleKey('website suche'));
    expect(titleKey('Müller')).toBe(titleKey('MUELLER'));
    expect(titleKey('Website!')).not.toBe(titleKey('Website'));
  });
  it('names columns like Excel', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('detectColumns', () => {
  it('recognises German headers', () => {
    const d = detectColumns(['Touchpoint', 'Kundenzitat', 'Phase', 'Würfelseite', 'Abteilung', 'direkt/indirekt', 'Online/Offline', 'Moment der Wahrheit', 'Priorität', 'Notiz']);
    expect(d.columns).toEqual({ title: 0, description: 1, phase: 2, face: 3, department: 4, direct: 5, online: 6, momentOfTruth: 7, importance: 8 });
    expect(d.hasTitle).toBe(true);
    expect(d.unmatched).toEqual([{ column: 9, header: 'Notiz' }]);
    expect(d.inverted).toBeUndefined();
  });
  it('recognises English headers, case and umlauts ignored', () => {
    const d = detectColumns(['IMPORTANCE', ' title ', 'Description', 'phase', 'Cube face', 'Department', 'Direct', 'online', 'moment of truth']);
    expect(d.columns).toEqual({ importance: 0, title: 1, description: 2, phase: 3, face: 4, department: 5, direct: 6, online: 7, momentOfTruth: 8 });
  });
  it('accepts synonyms, spelled-out umlauts and headers that contain a known name', () => {
    const d = detectColumns(['Berührungspunkt', 'Touchpoint-Beschreibung', 'Wichtigkeit (1-3)', 'Wuerfelseite', 'Bereich', 'Ursache der Erfahrung']);
    expect(d.columns.title).toBe(0);
    expect(d.columns.description).toBe(1);
    expect(d.columns.importance).toBe(2);
    expect(d.columns.face).toBe(3);
    expect(d.columns.department).toBe(4);
    expect(d.unmatched.map((u) => u.column)).toEqual([5]);
  });
  it('marks a column named "Indirekt" or "Offline" as inverted', () => {
    const d = detectColumns(['Titel', 'Indirekt', 'Offline']);
    expect(d.columns).toMatchObject({ title: 0, direct: 1, online: 2 });
    expect(d.inverted).toEqual({ direct: true, online: true });
  });
  it('says when there is no title column, and prototype names are only headers', () => {
    const d = detectColumns(['__proto__', 'constructor', 'prototype', '']);
    expect(d.hasTitle).toBe(false);
    expect(d.columns).toEqual({});
    expect(Object.getPrototypeOf(d.columns)).toBe(Object.prototype);
    expect(d.unmatched.map((u) => u.header)).toEqual(['__proto__', 'constructor', 'prototype']);
  });
});

describe('locateHeader', () => {
  it('keeps row 1 when it is the header', () => {
    const t = locateHeader({ headers: ['Titel', 'Phase'], rows: [['A', 'Vor dem Kauf']] });
    expect(t).toEqual({ headers: ['Titel', 'Phase'], rows: [['A', 'Vor dem Kauf']], headerRow: 1, firstRow: 2 });
  });

  it('finds the header below a title block and keeps the row numbers of the data', () => {
    const t = locateHeader({
      headers: ['Touchpoints der Volksbank Rheintal', '', ''],
      rows: [['Stand: März 2026'], [], ['Touchpoint', 'Phase', 'Abteilung'], ['Hotline', 'Nach dem Kauf', 'Service-Center'], ['Website', 'Vor dem Kauf', 'Marketing']],
    });
    expect(t.headers).toEqual(['Touchpoint', 'Phase', 'Abteilung']);
    expect(t.headerRow).toBe(4);
    expect(t.firstRow).toBe(5);
    expect(t.rows.map((r) => r[0])).toEqual(['Hotline', 'Website']);
  });

  it('does not take a data row for the header, and gives up beyond the first ten rows', () => {
    // "Titel" in row 1 and a data row mentioning "Touchpoint" further down: row 1 stays
    const t = locateHeader({ headers: ['Titel', 'Phase', 'Gesicht'], rows: [['Touchpoint-Check', 'Vor dem Kauf', 'Service']] });
    expect(t.headerRow).toBe(1);
    const deep = locateHeader({ headers: ['Liste'], rows: [...Array.from({ length: 12 }, () => ['']), ['Titel', 'Phase']] });
    expect(deep.headerRow).toBe(1);
  });
});

describe('value parsing', () => {
  it('yes / no', () => {
    for (const v of ['ja', 'Ja', 'JA ', 'yes', 'x', 'X', '1', 'true', 'TRUE', 'wahr', '✓']) expect(parseYesNo(v)).toBe(true);
    for (const v of ['nein', 'no', '0', 'false', 'FALSCH', '-']) expect(parseYesNo(v)).toBe(false);
    expect(parseYesNo('  ')).toBeUndefined();
    expect(parseYesNo('vielleicht')).toBeNull();
  });
  it('direct / indirect and online / offline', () => {
    expect(parseDirect('Direkt')).toBe(true);
    expect(parseDirect('indirekt')).toBe(false);
    expect(parseDirect('INDIRECT')).toBe(false);
    expect(parseDirect('ja')).toBe(true);
    expect(parseDirect('')).toBeUndefined();
    expect(parseDirect('manchmal')).toBeNull();
    expect(parseOnline('Online')).toBe(true);
    expect(parseOnline('offline')).toBe(false);
    expect(parseOnline('x')).toBe(true);
    expect(parseOnline('Brief')).toBeNull();
  });
  it('importance 1–3 and words', () => {
    expect(['1', '2', '3', '3.0', 'hoch', 'High', 'mittel', 'medium', 'niedrig', 'LOW'].map(parseImportance)).toEqual([1, 2, 3, 3, 3, 3, 2, 2, 1, 1]);
    expect(parseImportance('')).toBeUndefined();
    expect(parseImportance('4')).toBeNull();
    expect(parseImportance('sehr')).toBeNull();
  });
});

/** 41 data rows (spreadsheet rows 2–42): 38 new, 2 duplicates, row 17 with an unknown phase. */
function clientRows(): string[][] {
  const phases = ['Vor dem Kauf', 'während des kaufs', 'NACH DEM KAUF'];
  const rows: string[][] = [];
  for (let i = 0; i < 41; i++) rows.push([`Touchpoint ${i + 1}`, `Beschreibung ${i + 1}`, phases[i % 3] as string, '', '', '', '', '', '']);
  rows[15] = ['Hotline', '', 'xyz', '', '', '', '', '', '']; // spreadsheet row 17
  rows[20] = ['touchpoint  1', '', 'Vor dem Kauf', '', '', '', '', '', '']; // duplicate within the file (row 22)
  rows[30] = ['Filiale vor Ort', '', 'Vor dem Kauf', '', '', '', '', '', '']; // duplicate of the board (row 32)
  return rows;
}

describe('planImport', () => {
  const mapping: ImportMapping = detectColumns(['Titel', 'Beschreibung', 'Phase', 'Würfelseite', 'Abteilung', 'Direkt', 'Online', 'MoT', 'Wichtigkeit']);

  function docWithFiliale(): Workshop {
    const doc = workshop();
    const phase = doc.phases[0]?.id as string;
    return applyCommand(doc, cmd('touchpoint.add', { id: 'tp_existing1', title: 'Filiale vor Ort', phaseId: phase }));
  }

  it('summarises a dry run: 38 new, 2 duplicates, 1 invalid row (row 17, phase “xyz” unknown)', () => {
    const doc = docWithFiliale();
    const plan = planImport(doc, clientRows(), mapping, { newId: ids });
    expect(planCounts(plan)).toEqual({ newCount: 38, duplicateCount: 2, invalidCount: 1 });
    expect(translate('en', 'import.plan.summary', planCounts(plan))).toBe('38 new, 2 duplicates, 1 invalid row');
    expect(plan.duplicates).toEqual([
      { row: 22, title: 'touchpoint 1' },
      { row: 32, title: 'Filiale vor Ort' },
    ]);
    expect(plan.invalid).toEqual([{ row: 17, reason: { code: 'import.row.unknownPhase', params: { row: 17, value: 'xyz' } } }]);
    const reason = plan.invalid[0]?.reason;
    expect(reason && translate('en', reason.code, reason.params)).toBe(
      'Row 17: phase “xyz” does not exist in this workshop. Choose which phase it belongs to, or add the phase first.',
    );
    expect(reason && translate('de', reason.code, reason.params)).toMatch(/^Zeile 17: Die Phase „xyz“ gibt es/);
    expect(plan.unknownValues).toEqual({ phase: ['xyz'], face: [], department: [] });

    // phases matched case-insensitively, order continues per phase, the command accepts the payload
    const [p1, p2, p3] = doc.phases.map((p) => p.id);
    expect(plan.newTouchpoints[0]).toMatchObject({ title: 'Touchpoint 1', phaseId: p1, order: 2, importance: 2, direct: true, online: false, momentOfTruth: false, faceId: null, departmentId: null, target: null });
    expect(plan.newTouchpoints[1]).toMatchObject({ phaseId: p2, order: 1 });
    expect(plan.newTouchpoints[2]).toMatchObject({ phaseId: p3, order: 1 });
    const after = applyCommand(doc, cmd('touchpoint.import', { touchpoints: plan.newTouchpoints }));
    expect(after.touchpoints).toHaveLength(39);
    expect(referentialProblems(after)).toEqual([]);
  });

  it('applies the user’s mapping of unknown values (Map or plain object)', () => {
    const doc = docWithFiliale();
    const target = doc.phases[1]?.id as string;
    const viaMap = planImport(doc, clientRows(), { ...mapping, values: { phase: new Map([['XYZ', target]]) } }, { newId: ids });
    expect(planCounts(viaMap)).toEqual({ newCount: 39, duplicateCount: 2, invalidCount: 0 });
    expect(viaMap.newTouchpoints.find((t) => t.title === 'Hotline')?.phaseId).toBe(target);
    const viaObject = planImport(doc, clientRows(), { ...mapping, values: { phase: { xyz: target } } }, { newId: ids });
    expect(viaObject.invalid).toEqual([]);
    // a mapping to an id that does not exist is ignored: the value stays unknown
    const stale = planImport(doc, clientRows(), { ...mapping, values: { phase: { xyz: 'ph_gone000' } } }, { newId: ids });
    expect(stale.unknownValues.phase).toEqual(['xyz']);
  });

  it('resolves faces by name, key, default German/English names and synonyms; departments by name', () => {
    const doc = workshop('de');
    const faceId = (key: string) => doc.faces.find((f) => f.key === key)?.id;
    const rows = [
      ['A', '', '', 'Online-Präsenz', 'marketing', '', '', '', ''],
      ['B', '', '', 'service quality', 'VERTRIEB', '', '', '', ''],
      ['C', '', '', 'technology', '', '', '', '', ''],
      ['D', '', '', 'Mitarbeiter', '', '', '', '', ''],
      ['E', '', '', 'Point of Sale & Räume', '', '', '', '', ''],
      ['F', '', '', 'Product & offering', '', '', '', '', ''],
      ['G', '', '', 'Wetter', 'Einkauf', '', '', '', ''],
    ];
    const plan = planImport(doc, rows, mapping, { newId: ids });
    expect(plan.newTouchpoints.map((t) => [t.title, t.faceId, t.departmentId])).toEqual([
      ['A', faceId('online'), 'dp_marketing'],
      ['B', faceId('service'), 'dp_vertrieb'],
      ['C', faceId('technology'), null],
      ['D', faceId('people'), null],
      ['E', faceId('premises'), null],
      ['F', faceId('product'), null],
    ]);
    expect(plan.invalid).toEqual([{ row: 8, reason: { code: 'import.row.unknownFace', params: { row: 8, value: 'Wetter' } } }]);
    expect(plan.unknownValues).toEqual({ phase: [], face: ['Wetter'], department: ['Einkauf'] });
    // "none" is a valid choice for face and department
    const mapped = planImport(doc, rows, { ...mapping, values: { face: { Wetter: null }, department: { einkauf: null } } }, { newId: ids });
    expect(mapped.newTouchpoints.at(-1)).toMatchObject({ title: 'G', faceId: null, departmentId: null });
  });

  it('parses flags and importance, reports values it does not understand', () => {
    const doc = workshop();
    const rows = [
      ['A', '', '', '', '', 'indirekt', 'online', 'x', 'hoch'],
      ['B', '', '', '', '', 'ja', 'nein', 'nein', '1'],
      ['C', '', '', '', '', 'vielleicht', '', '', ''],
      ['D', '', '', '', '', '', 'Brief', '', ''],
      ['E', '', '', '', '', '', '', 'oft', ''],
      ['F', '', '', '', '', '', '', '', 'sehr'],
      ['', 'nur eine Beschreibung', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', '', ''],
      ['X'.repeat(301)],
    ];
    const plan = planImport(doc, rows, mapping, { newId: ids });
    expect(plan.newTouchpoints.map((t) => [t.title, t.direct, t.online, t.momentOfTruth, t.importance])).toEqual([
      ['A', false, true, true, 3],
      ['B', true, false, false, 1],
    ]);
    expect(plan.invalid.map((i) => [i.row, i.reason.code])).toEqual([
      [4, 'import.row.badDirect'],
      [5, 'import.row.badOnline'],
      [6, 'import.row.badYesNo'],
      [7, 'import.row.badImportance'],
      [8, 'import.row.titleMissing'],
      [10, 'import.row.titleTooLong'],
    ]);
    expect(plan.invalid[2]?.reason.params).toEqual({ row: 6, column: 'H', value: 'oft' });
  });

  it('honours inverted columns ("Indirekt: x")', () => {
    const d = detectColumns(['Titel', 'Indirekt', 'Offline']);
    const plan = planImport(workshop(), [['A', 'x', ''], ['B', '', 'x'], ['C', 'direkt', 'online']], d, { newId: ids });
    expect(plan.newTouchpoints.map((t) => [t.title, t.direct, t.online])).toEqual([
      ['A', false, false],
      ['B', true, false],
      ['C', true, true],
    ]);
  });

  it('uses the default phase when there is no phase value, and stops at the workshop capacity', () => {
    const doc = workshop();
    const last = doc.phases[2]?.id as string;
    const plan = planImport(doc, [['A'], ['B', '', '']], { columns: { title: 0, phase: 2 }, defaultPhaseId: last }, { newId: ids });
    expect(plan.newTouchpoints.map((t) => t.phaseId)).toEqual([last, last]);

    const many = Array.from({ length: 5002 }, (_, i) => [`T${i}`]);
    const big = planImport(doc, many, { columns: { title: 0 } }, { newId: ids });
    expect(big.newTouchpoints).toHaveLength(5000);
    expect(big.invalid.map((i) => [i.row, i.reason.code])).toEqual([
      [5002, 'import.row.tooMany'],
      [5003, 'import.row.tooMany'],
    ]);
  });

  it('keeps prototype keys as plain values and never pollutes objects', () => {
    const doc = workshop();
    const rows = [
      ['__proto__', '', '__proto__', 'constructor', 'prototype'],
      ['constructor', '', 'constructor'],
      ['prototype', '', 'Vor dem Kauf', 'toString', 'hasOwnProperty'],
    ];
    const hostile = JSON.parse('{"__proto__": "ph_evil0000", "constructor": "ph_evil0000", "prototype": null}') as Record<string, string | null>;
    const plan = planImport(doc, rows, { columns: { title: 0, phase: 2, face: 3, department: 4 }, values: { phase: hostile, face: hostile, department: hostile } }, { newId: ids });
    expect(plan.newTouchpoints).toEqual([]);
    expect(plan.invalid.map((i) => i.reason.code)).toEqual(['import.row.unknownPhase', 'import.row.unknownPhase', 'import.row.unknownFace']);
    expect(plan.unknownValues).toEqual({ phase: ['__proto__', 'constructor'], face: ['constructor', 'toString'], department: ['prototype', 'hasOwnProperty'] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(plan.unknownValues)).toBe(Object.prototype);
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');

    // a raw value named like a prototype key maps fine through a Map
    const ok = planImport(doc, rows.slice(0, 1), { columns: { title: 0, phase: 2 }, values: { phase: new Map([['__proto__', doc.phases[0]?.id as string]]) } }, { newId: ids });
    expect(ok.newTouchpoints.map((t) => t.title)).toEqual(['__proto__']);
  });
});
