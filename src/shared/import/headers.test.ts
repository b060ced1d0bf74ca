/** Which column is which field: header names in both languages, and the header row below a title block. */
import { describe, expect, it } from 'vitest';
import { columnLetter } from './columns';
import { detectColumns, locateHeader } from './headers';

describe('columnLetter', () => {
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
