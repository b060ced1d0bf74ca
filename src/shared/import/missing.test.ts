import { describe, expect, it } from 'vitest';
import { applyCommands, cmd } from '../commands';
import { newWorkshop } from '../model/defaults';
import { LIMITS } from '../model/limits';
import { detectColumns } from './headers';
import { createMissing, docWithCreated, mappingWithCreated } from './missing';
import { planImport } from './plan';

const doc = () => newWorkshop({ title: 'T', language: 'de', now: new Date('2025-03-01T10:00:00Z') });

describe('creating the departments and phases an import names', () => {
  it('creates each unknown value once, and the rows then import against them in one gesture', () => {
    const w = doc();
    const rows = [
      ['Probefahrt', 'Verkauf', 'Beim Kauf'],
      ['Werkstatttermin', 'Werkstatt', 'Service danach'],
      ['Rechnung', 'verkauf', 'Nach Kauf'],
    ];
    const mapping = detectColumns(['Touchpoint', 'Abteilung', 'Phase']);
    const first = planImport(w, rows, mapping);
    expect(first.unknownValues).toEqual({ phase: ['Service danach'], face: [], department: ['Verkauf', 'Werkstatt'] });

    let n = 0;
    const creation = createMissing(w, first.unknownValues, { newId: (p) => `${p}_new${++n}` });
    expect(creation.created).toEqual({ phase: ['Service danach'], department: ['Verkauf', 'Werkstatt'] });
    expect(creation.commands.map((c) => c.name)).toEqual(['department.add', 'department.add', 'phase.add']);
    const plan = planImport(docWithCreated(w, creation), rows, mappingWithCreated(w, rows, mapping, creation));
    expect(plan.invalid).toEqual([]);
    expect(plan.newTouchpoints.map((t) => [t.departmentId, t.phaseId])).toEqual([
      ['dp_new1', w.phases[1]!.id],
      ['dp_new2', 'ph_new3'],
      ['dp_new1', w.phases[2]!.id],
    ]);
    const after = applyCommands(w, [...creation.commands, cmd('touchpoint.import', { touchpoints: plan.newTouchpoints })]);
    expect(after.departments.map((d) => d.name)).toEqual(['Verkauf', 'Werkstatt']);
    expect(after.phases).toHaveLength(4);
  });

  it('respects the limits: no ninth phase, no 51st department', () => {
    const w = doc();
    const phases = Array.from({ length: LIMITS.phasesMax }, (_, i) => `Phase ${i + 1}`);
    const creation = createMissing(w, { phase: phases });
    expect(creation.created.phase).toHaveLength(LIMITS.phasesMax - w.phases.length);
    expect(creation.refused.phase).toEqual(phases.slice(LIMITS.phasesMax - w.phases.length));
    expect(() => applyCommands(w, creation.commands)).not.toThrow();
    const depts = Array.from({ length: LIMITS.departments + 2 }, (_, i) => `Abteilung ${i + 1}`);
    const d = createMissing(w, { department: depts });
    expect(d.created.department).toHaveLength(LIMITS.departments);
    expect(d.refused.department).toHaveLength(2);
    expect(() => applyCommands(w, d.commands)).not.toThrow();
  });
});
