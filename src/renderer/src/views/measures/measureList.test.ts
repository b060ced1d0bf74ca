import { describe, expect, it } from 'vitest';
import { measureRows, needsOwner, type MeasureFilter } from './measureList';
import { prioritiesOf } from '../../../../shared/metrics';
import { addRated, workshop } from '../../../../shared/metrics/testkit';
import type { Measure } from '../../../../shared/model/schema';

const doc = workshop({ participants: 2 });
addRated(doc, 'tp_top', -2, { importance: 3 }); // score 9, key
addRated(doc, 'tp_mid', -1, { importance: 2 }); // score 4
addRated(doc, 'tp_low', 0, { importance: 1 }); // score 1
const priorities = prioritiesOf(doc);
const m = (id: string, p: Partial<Measure>): Measure => ({ id, title: id, description: '', touchpointIds: [], ownerId: null, due: '', effort: 'M', effect: '', status: 'idea', ...p });
const measures = [
  m('ms_b', { touchpointIds: ['tp_low'], ownerId: 'pa_p01', due: '2026-05-01', status: 'done' }),
  m('ms_a', { touchpointIds: ['tp_mid', 'tp_top'], effort: 'S', ownerId: 'pa_p00', due: '2026-07-01', status: 'planned' }),
  m('ms_c', {}),
  m('ms_d', { touchpointIds: ['tp_mid'], effort: 'S', due: '2026-04-01' }),
];
const all: MeasureFilter = { status: '', owner: '', quickWins: false };
const collator = new Intl.Collator('de');
const ids = (rows: ReturnType<typeof measureRows>) => rows.map((r) => r.measure.id);

describe('measures table', () => {
  it('sorts by priority (most urgent linked touchpoint), due date, status and owner', () => {
    expect(ids(measureRows(measures, doc.participants, priorities, 'priority', all, collator))).toEqual(['ms_a', 'ms_d', 'ms_b', 'ms_c']);
    expect(ids(measureRows(measures, doc.participants, priorities, 'due', all, collator))).toEqual(['ms_d', 'ms_b', 'ms_a', 'ms_c']);
    expect(ids(measureRows(measures, doc.participants, priorities, 'status', all, collator))).toEqual(['ms_c', 'ms_d', 'ms_a', 'ms_b']);
    // P0 before P1, without owner last
    expect(ids(measureRows(measures, doc.participants, priorities, 'owner', all, collator))).toEqual(['ms_a', 'ms_b', 'ms_c', 'ms_d']);
  });

  it('flags quick wins and filters by status, owner and quick win', () => {
    const rows = measureRows(measures, doc.participants, priorities, 'priority', all, collator);
    expect(rows.filter((r) => r.quickWin).map((r) => r.measure.id)).toEqual(['ms_a']);
    expect(rows[0]).toMatchObject({ ownerName: 'P0', rank: 1, score: 9 });
    expect(ids(measureRows(measures, doc.participants, priorities, 'priority', { ...all, quickWins: true }, collator))).toEqual(['ms_a']);
    expect(ids(measureRows(measures, doc.participants, priorities, 'priority', { ...all, status: 'idea' }, collator))).toEqual(['ms_d', 'ms_c']);
    expect(ids(measureRows(measures, doc.participants, priorities, 'priority', { ...all, owner: 'pa_p01' }, collator))).toEqual(['ms_b']);
    expect(ids(measureRows(measures, doc.participants, priorities, 'priority', { ...all, owner: 'none' }, collator))).toEqual(['ms_d', 'ms_c']);
  });

  it('asks for an owner from "planned" on', () => {
    expect(needsOwner('idea', null)).toBe(false);
    expect(needsOwner('planned', null)).toBe(true);
    expect(needsOwner('done', null)).toBe(true);
    expect(needsOwner('inProgress', 'pa_p00')).toBe(false);
  });
});
