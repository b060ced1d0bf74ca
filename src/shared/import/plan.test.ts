import { describe, expect, it } from 'vitest';
import { applyCommand, cmd } from '../commands';
import { translate } from '../i18n/messages';
import { newWorkshop } from '../model/defaults';
import { referentialProblems, type Workshop } from '../model/schema';
import { detectColumns } from './headers';
import { planCounts, planImport, type ImportMapping } from './plan';

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

  // one home for the defaults of a new touchpoint (model/defaults.ts TouchpointDefaults)
  it('gives a row with only a title the same fields as a touchpoint added on the board', () => {
    const doc = workshop();
    const phaseId = doc.phases[0]!.id;
    const plan = planImport(doc, [['Website']], { columns: { title: 0 } }, { newId: () => 'tp_website1' });
    const added = applyCommand(doc, cmd('touchpoint.add', { id: 'tp_website1', title: 'Website', phaseId }));
    expect(plan.newTouchpoints).toEqual(added.touchpoints);
  });
});
