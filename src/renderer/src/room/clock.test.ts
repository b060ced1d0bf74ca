import { describe, expect, it } from 'vitest';
import type { Run } from '../../../shared/model/schema';
import { agendaTotals, type RoomDoc, clockOf, formatClock, formatHours, spentOn } from './clock';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

function agenda(timer: Partial<Run['timer']> = {}, actualMs: Record<string, number> = {}): RoomDoc {
  return {
    agenda: {
      steps: [
        { id: 'ag_welcome', title: 'Welcome', minutes: 15, view: 'setup', notes: '' },
        { id: 'ag_collect', title: 'Collect', minutes: 45, view: 'board', notes: '' },
        { id: 'ag_rate', title: 'Rate', minutes: 30, view: 'rate', notes: '' },
      ],
    },
    run: {
      currentStepId: 'ag_collect',
      timer: { state: 'idle', startedAt: null, elapsedMs: 0, extraMinutes: 0, ...timer },
      actualMs,
    },
  };
}

describe('the room clock', () => {
  it('shows the whole timebox before the start and counts down while running', () => {
    expect(clockOf(agenda(), T0)).toMatchObject({ state: 'idle', text: '45:00', phase: 'normal', index: 1 });
    const running = agenda({ state: 'running', startedAt: T0 });
    expect(clockOf(running, T0 + 1500)?.text).toBe('44:59');
    expect(clockOf(running, T0 + 12 * MIN)?.text).toBe('33:00');
  });

  it('keeps the elapsed time while paused and adds granted minutes', () => {
    const paused = agenda({ state: 'paused', elapsedMs: 10 * MIN, extraMinutes: 5 });
    expect(clockOf(paused, T0 + 99 * MIN)).toMatchObject({ text: '40:00', budgetMs: 50 * MIN, state: 'paused' });
  });

  it('turns calm in the last minute and counts up with a plus once over', () => {
    const running = agenda({ state: 'running', startedAt: T0 });
    expect(clockOf(running, T0 + 44 * MIN)?.phase).toBe('lastMinute');
    expect(clockOf(running, T0 + 44 * MIN + 1000)).toMatchObject({ phase: 'lastMinute', text: '00:59' });
    expect(clockOf(running, T0 + 45 * MIN + 135_000)).toMatchObject({ phase: 'overrun', text: '+02:15' });
    expect(clockOf(running, T0 + 45 * MIN + 65 * MIN)?.text).toBe('+1:05:00');
  });

  it('has nothing to show without a current step', () => {
    const a = agenda();
    expect(clockOf({ ...a, run: { ...a.run, currentStepId: null } }, T0)).toBeNull();
  });

  it('sums the plan against the time spent and projects the end', () => {
    // welcome took 20 min instead of 15; collect runs for 10 min of its 45
    const a = agenda({ state: 'running', startedAt: T0, elapsedMs: 0 }, { ag_welcome: 20 * MIN });
    const totals = agendaTotals(a, T0 + 10 * MIN);
    expect(totals.plannedMs).toBe(90 * MIN);
    expect(totals.actualMs).toBe(30 * MIN);
    expect(totals.projectedMs).toBe(20 * MIN + 45 * MIN + 30 * MIN);
    expect(totals.deltaMs).toBe(5 * MIN);
    // running over the current step moves the projection
    expect(agendaTotals(a, T0 + 55 * MIN).deltaMs).toBe(15 * MIN);
    expect(spentOn(a, 'ag_collect', T0 + 10 * MIN)).toBe(10 * MIN);
    expect(spentOn(a, 'ag_welcome', T0 + 10 * MIN)).toBe(20 * MIN);
    expect(spentOn(a, 'ag_rate', T0 + 10 * MIN)).toBe(0);
  });

  it('formats clocks and hours', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(59_001, 'up')).toBe('01:00');
    expect(formatClock(3_600_000)).toBe('1:00:00');
    expect(formatHours(230 * MIN)).toBe('3:50');
    expect(formatHours(-5 * MIN)).toBe('−0:05');
  });
});
