/**
 * Test-only helpers for the command layer (not exported from the index): a faithful model of
 * the session's undo/redo, a workshop near every cap, the invariants a document must keep
 * after every step, and small helpers for the unit tests of each command area. The random
 * command generators for the property test are in generators.ts.
 */
import { newWorkshop, TouchpointDefaults } from '../model/defaults';
import { parseWorkshopText, serializeWorkshop } from '../model/migrations';
import type { Workshop } from '../model/schema';
import { DomainError } from '../result';
import { applyCommands, keepRun, cmd, isUndoable, type Command, type CommandName, type PayloadOf } from './index';

/** The clock of the test workshops: a workshop morning. */
export const NOW_BASE = Date.UTC(2026, 10, 23, 9, 0, 0);

/** The session's history (session.ts), without files: one step per gesture, room state carried. */
export class UndoModel {
  private undoStack: { before: Workshop; after: Workshop }[] = [];
  private redoStack: { before: Workshop; after: Workshop }[] = [];
  constructor(public doc: Workshop) {}

  apply(commands: readonly Command[]): void {
    const after = applyCommands(this.doc, commands);
    if (after === this.doc) return;
    if (commands.some((c) => isUndoable(c.name))) {
      this.undoStack.push({ before: this.doc, after });
      if (this.undoStack.length > 300) this.undoStack.shift();
      this.redoStack = [];
    }
    this.doc = after;
  }

  travel(dir: 'undo' | 'redo'): void {
    const step = (dir === 'undo' ? this.undoStack : this.redoStack).pop();
    if (!step) return;
    (dir === 'undo' ? this.redoStack : this.undoStack).push(step);
    this.doc = keepRun(this.doc, dir === 'undo' ? step.before : step.after);
  }
}

/** Rules the commands promise on top of the schema (a document can open without them). */
export function ruleProblems(doc: Workshop): string[] {
  const problems: string[] = [];
  for (const m of doc.measures) if (m.status !== 'idea' && !m.ownerId) problems.push(`measure ${m.id}: ${m.status} without owner`);
  const used = new Map<string, number>();
  for (const row of Object.values(doc.votes)) for (const [pid, n] of Object.entries(row)) used.set(pid, (used.get(pid) ?? 0) + n);
  for (const [pid, n] of used) if (n > doc.method.dotsPerParticipant) problems.push(`participant ${pid}: ${n} dots > ${doc.method.dotsPerParticipant}`);
  return problems;
}

/** Structural equality, key order ignored (a parsed file lists keys in schema order). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/**
 * Every problem of a document after a step: it must survive the file round trip unchanged
 * (parseWorkshopText validates schema and references, so this also proves the document
 * valid), and keep the commands' own rules.
 */
export function documentProblems(doc: Workshop): string[] {
  const problems = ruleProblems(doc);
  try {
    if (!sameData(parseWorkshopText(serializeWorkshop(doc)), doc)) problems.push('file round trip changed the document');
  } catch (e) {
    problems.push(`file does not open: ${JSON.stringify((e as { params?: unknown }).params ?? String(e))}`);
  }
  return problems;
}

/** A valid workshop one below every cap, so a single add crosses it. */
export function nearCapWorkshop(): Workshop {
  const doc = newWorkshop({ title: 'Near the caps', language: 'en', now: new Date(NOW_BASE) });
  const pad = (i: number) => String(i).padStart(4, '0');
  doc.departments = Array.from({ length: 49 }, (_, i) => ({ id: `dp_cap${pad(i)}`, name: `D${i}`, color: '#0b7285' }));
  doc.participants = Array.from({ length: 99 }, (_, i) => ({ id: `pa_cap${pad(i)}`, name: `P${i}`, departmentId: null, role: '' }));
  doc.phases = Array.from({ length: 7 }, (_, i) => ({ id: `ph_cap${pad(i)}`, name: `Phase ${i}` }));
  doc.touchpoints = Array.from({ length: 4999 }, (_, i) => ({
    id: `tp_cap${pad(i)}`,
    title: `T${i}`,
    ...TouchpointDefaults,
    phaseId: doc.phases[i % 7]!.id,
    order: i + 1,
  }));
  doc.snapshots = Array.from({ length: 99 }, (_, i) => ({ id: `sn_cap${pad(i)}`, name: `S${i}`, createdAt: new Date(NOW_BASE).toISOString(), values: {}, faces: {}, titles: {} }));
  doc.measures = Array.from({ length: 1999 }, (_, i) => ({
    id: `ms_cap${pad(i)}`,
    title: `M${i}`,
    description: '',
    touchpointIds: [],
    ownerId: i < 20 ? `pa_cap${pad(i)}` : null,
    due: '',
    effort: 'M' as const,
    effect: '',
    status: i < 20 ? ('planned' as const) : ('idea' as const),
  }));
  doc.agenda = { steps: Array.from({ length: 49 }, (_, i) => ({ id: `ag_cap${pad(i)}`, title: `Step ${i}`, minutes: 10, view: 'board' as const, notes: '' })) };
  doc.run = { ...doc.run, currentStepId: 'ag_cap0000' };
  return doc;
}

// ── helpers for the unit tests of each command area ──

/** Apply one command by name; throws the DomainError a refusal raises. */
export function run<N extends CommandName>(doc: Workshop, name: N, payload: PayloadOf<N>): Workshop {
  return applyCommands(doc, [cmd(name, payload)]);
}

/** The catalogue key (and params) a refused command answers with; fails the test when it is applied. */
export function refusal<N extends CommandName>(doc: Workshop, name: N, payload: PayloadOf<N>): { code: string; params?: Record<string, string | number> } {
  try {
    run(doc, name, payload);
  } catch (e) {
    if (e instanceof DomainError) return e.params ? { code: e.code, params: e.params } : { code: e.code };
    throw e;
  }
  throw new Error(`${name} was applied, expected a refusal`);
}

/** A fresh workshop with three participants, fixed ids, English. */
export function small(): Workshop {
  const doc = newWorkshop({ title: 'Unit', language: 'en', now: new Date(NOW_BASE) });
  doc.participants = ['anna', 'ben', 'cem'].map((n) => ({ id: `pa_${n}`, name: n, departmentId: null, role: '' }));
  doc.phases = ['one', 'two', 'three'].map((n) => ({ id: `ph_${n}`, name: n }));
  return doc;
}
