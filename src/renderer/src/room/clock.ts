/**
 * The room's clock, computed from the document only (`run`: timer, time spent): the countdown
 * of the current step and the whole agenda's plan against the time actually spent.
 * Pure, so the presenter console and the audience view always agree.
 */
import { timerElapsed } from '../../../shared/commands/agenda';
import type { AgendaStep, Run, Workshop } from '../../../shared/model/schema';

/** What the clock reads: the agenda's steps and the room's run. */
export type RoomDoc = Pick<Workshop, 'agenda' | 'run'>;

export type ClockPhase = 'normal' | 'lastMinute' | 'overrun';

export interface Clock {
  step: AgendaStep;
  index: number;
  state: Run['timer']['state'];
  budgetMs: number;
  elapsedMs: number;
  /** negative when the step runs over */
  remainingMs: number;
  phase: ClockPhase;
  /** "12:30" counting down, "+02:15" counting up once over */
  text: string;
}

const MINUTE = 60_000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "mm:ss", or "h:mm:ss" from an hour on. */
export function formatClock(ms: number, round: 'up' | 'down' = 'down'): string {
  const total = Math.max(0, round === 'up' ? Math.ceil(ms / 1000) : Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/** "h:mm" for agenda totals (rounded to the minute). */
export function formatHours(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  return `${ms < 0 ? '−' : ''}${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
}

export function currentStepOf(doc: RoomDoc): { step: AgendaStep; index: number } | null {
  const index = doc.agenda.steps.findIndex((s) => s.id === doc.run.currentStepId);
  const step = doc.agenda.steps[index];
  return step ? { step, index } : null;
}

export function clockOf(doc: RoomDoc, now: number): Clock | null {
  const current = currentStepOf(doc);
  if (!current) return null;
  const { timer } = doc.run;
  const budgetMs = (current.step.minutes + timer.extraMinutes) * MINUTE;
  const elapsedMs = timerElapsed(timer, now);
  const remainingMs = budgetMs - elapsedMs;
  const phase: ClockPhase = remainingMs <= 0 ? 'overrun' : remainingMs <= MINUTE ? 'lastMinute' : 'normal';
  const text = remainingMs > 0 ? formatClock(remainingMs, 'up') : `+${formatClock(-remainingMs, 'down')}`;
  return { ...current, state: timer.state, budgetMs, elapsedMs, remainingMs, phase, text };
}

export interface AgendaTotals {
  plannedMs: number;
  /** booked on steps left behind plus the running step */
  actualMs: number;
  /** when the agenda will end against the plan: steps done as spent, the current one at least its budget, the rest as planned */
  projectedMs: number;
  /** projected − planned: > 0 behind schedule, < 0 ahead */
  deltaMs: number;
}

export function agendaTotals(doc: RoomDoc, now: number): AgendaTotals {
  const clock = clockOf(doc, now);
  const { agenda, run } = doc;
  let plannedMs = 0;
  let projectedMs = 0;
  for (const s of agenda.steps) {
    const planned = s.minutes * MINUTE;
    plannedMs += planned;
    const booked = run.actualMs[s.id] ?? 0;
    if (clock && s.id === clock.step.id) projectedMs += booked + Math.max(clock.elapsedMs, clock.budgetMs);
    else projectedMs += booked > 0 ? booked : planned;
  }
  const bookedAll = agenda.steps.reduce((sum, s) => sum + (run.actualMs[s.id] ?? 0), 0);
  const actualMs = bookedAll + (clock?.elapsedMs ?? 0);
  return { plannedMs, actualMs, projectedMs, deltaMs: projectedMs - plannedMs };
}

/** Time spent on one step so far (booked, plus the running clock if it is the current step). */
export function spentOn({ run }: RoomDoc, stepId: string, now: number): number {
  const booked = run.actualMs[stepId] ?? 0;
  return stepId === run.currentStepId ? booked + timerElapsed(run.timer, now) : booked;
}
