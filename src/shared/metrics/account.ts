/**
 * The relationship account (Beziehungskonto, docs/glossary.md): along the journey every contact
 * pays in or draws out; negative experiences weigh more. See docs/method.md.
 */
import type { Level, Workshop } from '../model/schema';
import { valueOf } from './consensus';
import type { ValueOptions } from './cube';
import { journeyOrder } from './journey';

export interface AccountPoint {
  touchpointId: string;
  title: string;
  phaseId: string;
  /** null = not rated: contributes 0 */
  value: Level | null;
  rated: boolean;
  /** value × importance, × method.negativeWeight when the value is negative */
  delta: number;
  /** running balance after this touchpoint */
  balance: number;
  momentOfTruth: boolean;
}

export interface AccountPhase {
  phaseId: string;
  name: string;
  /** sum of the phase's deltas */
  delta: number;
  /** sum of its positive deltas (credit, Einzahlungen) */
  credit: number;
  /** sum of its negative deltas (debit, Abbuchungen), ≤ 0 */
  debit: number;
  /** running balance at the end of the phase */
  balance: number;
  count: number;
  rated: number;
}

export interface Account {
  /** one point per touchpoint, in journey order */
  points: AccountPoint[];
  /** one subtotal per phase, in doc.phases order */
  phases: AccountPhase[];
  /** final balance */
  balance: number;
  credit: number;
  debit: number;
  /** lowest and highest running balance, including the opening 0 (for chart axes) */
  min: number;
  max: number;
}

type AccountDoc = Pick<Workshop, 'phases' | 'touchpoints' | 'ratings' | 'roomRatings' | 'method'>;

export function deltaOf(value: Level | null, importance: number, negativeWeight: number): number {
  if (value === null) return 0;
  const d = value * importance;
  return value < 0 ? d * negativeWeight : d;
}

export function accountOf(doc: AccountDoc, opts: Pick<ValueOptions, 'values'> = {}): Account {
  const { negativeWeight } = doc.method;
  const phases: AccountPhase[] = doc.phases.map((p) => ({ phaseId: p.id, name: p.name, delta: 0, credit: 0, debit: 0, balance: 0, count: 0, rated: 0 }));
  const phaseById = new Map(phases.map((p) => [p.phaseId, p]));
  const points: AccountPoint[] = [];
  let balance = 0;
  let credit = 0;
  let debit = 0;
  let min = 0;
  let max = 0;

  for (const tp of journeyOrder(doc)) {
    const value = valueOf(doc, opts.values, tp.id);
    const delta = deltaOf(value, tp.importance, negativeWeight);
    balance += delta;
    if (delta > 0) credit += delta;
    else debit += delta;
    if (balance < min) min = balance;
    if (balance > max) max = balance;
    points.push({ touchpointId: tp.id, title: tp.title, phaseId: tp.phaseId, value, rated: value !== null, delta, balance, momentOfTruth: tp.momentOfTruth });
    const ph = phaseById.get(tp.phaseId);
    if (ph) {
      ph.delta += delta;
      if (delta > 0) ph.credit += delta;
      else ph.debit += delta;
      ph.count++;
      if (value !== null) ph.rated++;
    }
  }

  // balance at the end of each phase, also for phases without touchpoints
  let running = 0;
  for (const ph of phases) {
    running += ph.delta;
    ph.balance = running;
  }
  return { points, phases, balance, credit, debit, min, max };
}
