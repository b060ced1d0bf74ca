import { describe, expect, it } from 'vitest';
import type { ImportPlan } from './plan';
import { planSummary } from './summary';

function plan(newCount: number, duplicates: number, invalid: ImportPlan['invalid']): ImportPlan {
  return {
    newTouchpoints: Array.from({ length: newCount }, () => ({}) as ImportPlan['newTouchpoints'][number]),
    duplicates: Array.from({ length: duplicates }, (_, i) => ({ row: i + 2, title: `T${i}` })),
    invalid,
    unknownValues: { phase: [], face: [], department: [] },
  };
}

describe('planSummary', () => {
  it('says the dry run in plain German and English, singular where it is one', () => {
    const p = plan(38, 2, [{ row: 17, reason: { code: 'import.row.unknownPhase', params: { row: 17, value: 'xyz' } } }]);
    expect(planSummary('de', p)).toBe('38 neu, 2 Duplikate, 1 ungültige Zeile: Zeile 17, Phase „xyz“ unbekannt');
    expect(planSummary('en', p)).toBe('38 new, 2 duplicates, 1 invalid row: row 17, phase “xyz” unknown');
    expect(planSummary('de', plan(1, 1, []))).toBe('1 neu, 1 Duplikat, 0 ungültige Zeilen');
  });

  it('names at most three invalid rows and counts the rest', () => {
    const invalid = [4, 5, 6, 7, 8].map((row) => ({ row, reason: { code: 'import.row.badImportance' as const, params: { row, value: 'x' } } }));
    invalid[1] = { row: 5, reason: { code: 'import.row.unknownDepartment', params: { row: 5, value: 'Einkauf' } } } as never;
    expect(planSummary('de', plan(0, 0, invalid))).toBe('0 neu, 0 Duplikate, 5 ungültige Zeilen: Zeile 4; Zeile 5, Abteilung „Einkauf“ unbekannt; Zeile 6; 2 weitere');
  });
});
