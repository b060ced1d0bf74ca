/**
 * Test-only: random commands for the property test (property.test.ts). A seeded random
 * source, a payload builder for every command of the registry that picks ids existing in
 * the document and numbers at the edges, and sequences of intents (single commands, bursts
 * of adds across the caps, the room clock run many times, undo and redo).
 */
import fc from 'fast-check';
import { exampleWorkshop } from '../../example/bank';
import { newWorkshop } from '../../model/defaults';
import type { Level, MeasureStatus, ViewName, Workshop } from '../../model/schema';
import { DomainError } from '../../result';
import { cmd, COMMAND_NAMES, type Command, type CommandName } from '../index';
import { documentProblems, nearCapWorkshop, NOW_BASE, UndoModel } from '../testkit';
import { TouchpointDefaults } from '../../model/defaults';

export interface Rand {
  /** integer in [0, n) */
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T | undefined;
}

/** mulberry32: small, seeded, good enough to spread test cases. */
export function rand(seed: number): Rand {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { int, chance: (p) => next() < p, pick: (items) => (items.length === 0 ? undefined : items[int(items.length)]) };
}

/** Numbers at the edges: where sums overflow, differences turn negative, steps vanish. */
export const EXTREME_NUMBERS = [0, 1, -1, 0.5, 1e-300, 1e15, -1e15, 8.64e15, -8.64e15, 2 ** 53, 1e300, -1e300, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE];

/** Orders near the top of the float range: sums of two of them overflow to Infinity. */
const HUGE = [1e308, 1.5e308, Number.MAX_VALUE, -1e308, -Number.MAX_VALUE];

function number(r: Rand): number {
  if (r.chance(0.25)) return r.pick(HUGE) ?? 1e308;
  return r.chance(0.5) ? (r.pick(EXTREME_NUMBERS) ?? 0) : r.int(10_000) - 5_000 + r.int(1000) / 1000;
}

/** A clock value: mostly a plausible time in a workshop, sometimes far off the scale. */
const EXTREME_NOW = [0, -1, 8.64e15, -8.64e15, 1e300, -1e300, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE];
function now(r: Rand): number {
  return r.chance(0.5) ? NOW_BASE + r.int(8 * 3600_000) : (r.pick(EXTREME_NOW) ?? 0);
}

const COLORS = ['#0b7285', '#5f3dc4', '#c2255c'];
const VIEWS: readonly ViewName[] = ['setup', 'board', 'rate', 'cube', 'priorities', 'measures', 'account', 'summary'];
const STATUSES: readonly MeasureStatus[] = ['idea', 'planned', 'inProgress', 'done'];
const LEVELS_OR_NULL: readonly (Level | null)[] = [-2, -1, 0, 1, 2, null];

/** A text of a length that is short, or exactly at a schema maximum. */
function text(r: Rand, max: number): string {
  const n = r.chance(0.1) ? max : 1 + r.int(12);
  return 'x'.repeat(n);
}

const ids = <T extends { id: string }>(items: readonly T[]) => items.map((i) => i.id);

/** Fresh ids are unique within a run; a few picks reuse an existing id to hit "id taken". */
export class IdSource {
  private n = 0;
  constructor(private readonly run: number) {}
  next(prefix: string): string {
    return `${prefix}_r${this.run}n${++this.n}`;
  }
}

/**
 * A payload for `name` that is valid by its schema and, as far as the document allows,
 * refers to records that exist. Returns null when the document offers nothing to act on.
 */
export function buildCommand(doc: Workshop, name: CommandName, r: Rand, idSrc: IdSource): Command | null {
  const tp = () => r.pick(ids(doc.touchpoints));
  const person = () => r.pick(ids(doc.participants));
  const phase = () => r.pick(ids(doc.phases));
  const dept = () => (r.chance(0.3) ? null : (r.pick(ids(doc.departments)) ?? null));
  const index = () => (r.chance(0.3) ? r.int(200) : undefined);
  switch (name) {
    case 'meta.update':
      return cmd(name, { patch: { title: text(r, 200), goal: r.chance(0.5) ? text(r, 2000) : undefined, language: r.chance(0.5) ? 'en' : 'de' } });
    case 'department.add':
      return cmd(name, { id: idSrc.next('dp'), name: text(r, 100), color: r.pick(COLORS) ?? '#000000', index: index() });
    case 'department.update': {
      const id = r.pick(ids(doc.departments));
      return id ? cmd(name, { id, patch: { name: text(r, 100) } }) : null;
    }
    case 'department.remove': {
      const id = r.pick(ids(doc.departments));
      return id ? cmd(name, { id }) : null;
    }
    case 'participant.add':
      return cmd(name, { id: idSrc.next('pa'), name: text(r, 100), departmentId: dept(), role: text(r, 100), index: index() });
    case 'participant.update': {
      const id = person();
      return id ? cmd(name, { id, patch: { name: text(r, 100), departmentId: dept() } }) : null;
    }
    case 'participant.remove': {
      const id = person();
      if (!id) return null;
      // sometimes no choice (refused when the person owns planned measures), sometimes either choice
      const to = person();
      const measures = r.chance(0.5) ? undefined : to && r.chance(0.5) ? { action: 'reassign' as const, to } : { action: 'idea' as const };
      return cmd(name, { id, measures });
    }
    case 'phase.add':
      return cmd(name, { id: idSrc.next('ph'), name: text(r, 100), index: index() });
    case 'phase.update': {
      const id = phase();
      return id ? cmd(name, { id, name: text(r, 100) }) : null;
    }
    case 'phase.move': {
      const id = phase();
      return id ? cmd(name, { id, toIndex: r.int(10) }) : null;
    }
    case 'phase.remove': {
      const id = phase();
      return id ? cmd(name, { id }) : null;
    }
    case 'face.update': {
      const id = r.pick(ids(doc.faces));
      return id ? cmd(name, { id, patch: { name: text(r, 100), description: text(r, 500) } }) : null;
    }
    case 'method.update':
      // mostly small budgets, so lowering one below what people placed happens often
      return cmd(name, { patch: { dotsPerParticipant: 1 + (r.chance(0.7) ? r.int(4) : r.int(20)), negativeWeight: 1 + r.int(5), votesFeedPriority: r.chance(0.5) } });
    case 'touchpoint.add': {
      const phaseId = phase();
      if (!phaseId) return null;
      return cmd(name, { id: idSrc.next('tp'), title: text(r, 300), phaseId, order: r.chance(0.5) ? number(r) : undefined, departmentId: dept() });
    }
    case 'touchpoint.update': {
      const id = tp();
      return id ? cmd(name, { ids: [id], patch: { title: text(r, 300), phaseId: r.chance(0.3) ? phase() : undefined, importance: 3 } }) : null;
    }
    case 'touchpoint.move': {
      const id = tp();
      const phaseId = phase();
      return id && phaseId ? cmd(name, { moves: [{ id, phaseId, order: number(r) }] }) : null;
    }
    case 'touchpoint.remove': {
      const id = tp();
      return id ? cmd(name, { ids: [id] }) : null;
    }
    case 'touchpoint.import': {
      const phaseId = phase();
      if (!phaseId) return null;
      const count = r.chance(0.15) ? 5000 : 1 + r.int(20);
      const base = r.chance(0.3) ? (r.pick(EXTREME_NUMBERS) ?? 0) : 0;
      const rows = Array.from({ length: count }, (_, i) => ({
        id: idSrc.next('tp'),
        title: `Import ${i + 1}`,
        ...TouchpointDefaults,
        phaseId,
        order: base + i + 1,
      }));
      return cmd(name, { touchpoints: rows });
    }
    case 'rating.set': {
      const touchpointId = tp();
      const participantId = person();
      return touchpointId && participantId ? cmd(name, { touchpointId, participantId, value: r.pick(LEVELS_OR_NULL) ?? null }) : null;
    }
    case 'rating.setRoom': {
      const touchpointId = tp();
      return touchpointId ? cmd(name, { touchpointId, value: r.pick(LEVELS_OR_NULL) ?? null }) : null;
    }
    case 'rating.setAnonymous': {
      const touchpointId = tp();
      if (!touchpointId) return null;
      // "previous" is sometimes a level that is there, sometimes one that is not (undone meanwhile)
      const have = doc.anonRatings[touchpointId] ?? [];
      const previous = r.chance(0.5) ? (r.pick(have) ?? null) : (r.pick(LEVELS_OR_NULL) ?? null);
      return cmd(name, { touchpointId, previous, value: r.pick(LEVELS_OR_NULL) ?? null });
    }
    case 'rating.clearAnonymous': {
      const touchpointId = tp();
      return touchpointId ? cmd(name, { touchpointId }) : null;
    }
    case 'snapshot.create':
      return cmd(name, { id: idSrc.next('sn'), name: text(r, 100), createdAt: new Date(NOW_BASE).toISOString() });
    case 'snapshot.rename': {
      const id = r.pick(ids(doc.snapshots));
      return id ? cmd(name, { id, name: text(r, 100) }) : null;
    }
    case 'snapshot.remove': {
      const id = r.pick(ids(doc.snapshots));
      return id ? cmd(name, { id }) : null;
    }
    case 'vote.set': {
      const touchpointId = tp();
      const participantId = person();
      const count = r.chance(0.8) ? r.int(doc.method.dotsPerParticipant + 1) : r.int(21);
      return touchpointId && participantId ? cmd(name, { touchpointId, participantId, count }) : null;
    }
    case 'vote.setRoom': {
      const touchpointId = tp();
      return touchpointId ? cmd(name, { touchpointId, count: r.int(10_001) }) : null;
    }
    case 'measure.add': {
      const owner = person();
      const status = owner ? (r.pick(STATUSES) ?? 'idea') : 'idea';
      return cmd(name, { id: idSrc.next('ms'), title: text(r, 300), ownerId: owner ?? null, status, touchpointIds: [tp()].filter((x): x is string => !!x), index: index() });
    }
    case 'measure.update': {
      const id = r.pick(ids(doc.measures));
      return id ? cmd(name, { id, patch: { title: text(r, 300), effort: 'L' } }) : null;
    }
    case 'measure.remove': {
      const id = r.pick(ids(doc.measures));
      return id ? cmd(name, { id }) : null;
    }
    case 'agenda.stepAdd':
      return cmd(name, { id: idSrc.next('ag'), title: text(r, 200), minutes: 1 + r.int(600), view: r.pick(VIEWS) ?? 'board', notes: '', index: index() });
    case 'agenda.stepUpdate': {
      const id = r.pick(ids(doc.agenda.steps));
      return id ? cmd(name, { id, patch: { minutes: 1 + r.int(600) } }) : null;
    }
    case 'agenda.stepMove': {
      const id = r.pick(ids(doc.agenda.steps));
      return id ? cmd(name, { id, toIndex: r.int(60) }) : null;
    }
    case 'agenda.stepRemove': {
      const id = r.pick(ids(doc.agenda.steps));
      return id ? cmd(name, { id }) : null;
    }
    case 'agenda.goto': {
      const stepId = r.pick(ids(doc.agenda.steps));
      return stepId ? cmd(name, { stepId, now: now(r) }) : null;
    }
    case 'timer.start':
      return cmd(name, { now: now(r) });
    case 'timer.pause':
      return cmd(name, { now: now(r) });
    case 'timer.addMinutes':
      return cmd(name, { minutes: 1 + r.int(120) });
    case 'timer.reset':
      return cmd(name, {});
  }
}

// ── random sequences for the property test ──

export type Intent =
  | { kind: 'command'; name: CommandName; seed: number; repeat: number }
  | { kind: 'clock'; seed: number; repeat: number }
  | { kind: 'undo' | 'redo'; seed: number; repeat: number };

const ADDS: readonly CommandName[] = ['vote.set', 'department.add', 'participant.add', 'phase.add', 'touchpoint.add', 'touchpoint.import', 'snapshot.create', 'measure.add', 'agenda.stepAdd'];
const CLOCK: readonly CommandName[] = ['timer.start', 'timer.pause', 'agenda.goto'];

// unbiased picks: fast-check favours the first constants and small numbers, which would starve
// commands late in the registry and repeat the same few payloads
const anyCommand = fc.noBias(fc.constantFrom(...COMMAND_NAMES));
const seed = fc.noBias(fc.nat());

export const intentArb: fc.Arbitrary<Intent> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('command' as const), name: anyCommand, seed, repeat: fc.constant(1) }) },
  // bursts of one add: enough of them to cross a cap of 50 or 100 from a fresh workshop
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('command' as const), name: fc.noBias(fc.constantFrom(...ADDS)), seed, repeat: fc.integer({ min: 1, max: 110 }) }) },
  // the room clock, started, paused and moved on many times: its sums must saturate, not overflow
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('clock' as const), seed, repeat: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const), seed, repeat: fc.integer({ min: 1, max: 5 }) }) },
);

export const START_DOCS = {
  fresh: () => newWorkshop({ title: 'Property', language: 'de', now: new Date(NOW_BASE) }),
  example: exampleWorkshop,
  nearCap: nearCapWorkshop,
} as const;

/** Apply the intents; return the first problem found (with the step that caused it), or null. */
export function runIntents(start: keyof typeof START_DOCS, intents: readonly Intent[], run: number): string | null {
  const model = new UndoModel(START_DOCS[start]());
  const idSrc = new IdSource(run);
  for (const [i, it] of intents.entries()) {
    const r = rand(it.seed);
    for (let k = 0; k < it.repeat; k++) {
      let label: string = it.kind;
      if (it.kind === 'command' || it.kind === 'clock') {
        const name = it.kind === 'command' ? it.name : (r.pick(CLOCK) ?? 'timer.start');
        const c = buildCommand(model.doc, name, r, idSrc);
        if (!c) break;
        label = `${c.name} ${JSON.stringify(c.payload).slice(0, 200)}`;
        try {
          model.apply([c]);
        } catch (e) {
          if (e instanceof DomainError) continue; // a refusal is a fine answer; the document is unchanged
          return `step ${i}.${k} ${label}: threw ${String(e)}`;
        }
      } else model.travel(it.kind);
      // the full check runs every few steps of a long burst, so the caps stay reachable in time
      if (k === it.repeat - 1 || it.repeat <= 5 || k % 10 === 9) {
        const problems = documentProblems(model.doc);
        if (problems.length > 0) return `step ${i}.${k} ${label}: ${problems.join('; ')}`;
      }
    }
  }
  return null;
}

