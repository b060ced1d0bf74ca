/**
 * Departments and phases an import names but the workshop lacks (pure): the commands that
 * create them, to be sent in the same `doc.apply` as `touchpoint.import` (one gesture, one
 * undo step), and the value choices that point the rows at them. LIMITS apply: what would
 * exceed the workshop's maximum is listed as refused, never sent.
 */
import { applyCommands, cmd, type Command } from '../commands';
import { DEPARTMENT_PALETTE } from '../model/defaults';
import { newId } from '../model/ids';
import { LIMITS } from '../model/limits';
import type { Workshop } from '../model/schema';
import type { ImportMapping } from './plan';
import { resolver, type ValueOverride } from './references';
import { cleanLine, matchKey } from './values';

export type CreatableKind = 'phase' | 'department';

export interface MissingCreation {
  /** department.add / phase.add, in the order of the list */
  commands: Command[];
  /** raw value → the id of the created department or phase (Maps: values from a file never become object keys) */
  values: { phase: Map<string, string>; department: Map<string, string> };
  created: { phase: string[]; department: string[] };
  /** over LIMITS.phasesMax / LIMITS.departments: not created */
  refused: { phase: string[]; department: string[] };
}

export interface MissingOptions {
  newId?: (prefix: 'dp' | 'ph') => string;
}

/** Create these unknown values (each once, by matchKey) as departments / phases of `doc`. */
export function createMissing(doc: Workshop, unknown: { phase?: readonly string[]; department?: readonly string[] }, options: MissingOptions = {}): MissingCreation {
  const makeId = options.newId ?? ((prefix) => newId(prefix));
  const out: MissingCreation = { commands: [], values: { phase: new Map(), department: new Map() }, created: { phase: [], department: [] }, refused: { phase: [], department: [] } };
  const usedColors = new Set(doc.departments.map((d) => d.color.toLowerCase()));
  let departments = doc.departments.length;
  let phases = doc.phases.length;
  const known = { phase: new Set(doc.phases.map((p) => matchKey(p.name))), department: new Set(doc.departments.map((d) => matchKey(d.name))) };

  for (const kind of ['department', 'phase'] as const) {
    for (const raw of unknown[kind] ?? []) {
      const name = cleanLine(raw).slice(0, LIMITS.text.name);
      const key = matchKey(name);
      if (!key || known[kind].has(key) || out.values[kind].has(raw)) continue;
      known[kind].add(key);
      const full = kind === 'phase' ? phases >= LIMITS.phasesMax : departments >= LIMITS.departments;
      if (full) {
        out.refused[kind].push(name);
        continue;
      }
      if (kind === 'phase') {
        const id = makeId('ph');
        out.commands.push(cmd('phase.add', { id, name }));
        out.values.phase.set(raw, id);
        phases++;
      } else {
        const id = makeId('dp');
        const color = DEPARTMENT_PALETTE.find((c) => !usedColors.has(c)) ?? DEPARTMENT_PALETTE[departments % DEPARTMENT_PALETTE.length]!;
        usedColors.add(color);
        out.commands.push(cmd('department.add', { id, name, color }));
        out.values.department.set(raw, id);
        departments++;
      }
      out.created[kind].push(name);
    }
  }
  return out;
}

/**
 * The mapping to plan the rows with once the creations ran: the created values point at their
 * new ids, and every phase value the workshop already understood keeps its phase (synonyms
 * such as "Nach Kauf" mean the last phase by position, and a created phase must not move them).
 */
export function mappingWithCreated(doc: Workshop, rows: readonly (readonly string[])[], mapping: ImportMapping, creation: MissingCreation): ImportMapping {
  const entries = (o: ValueOverride | undefined): [string, string | null][] => (o instanceof Map ? [...o] : Object.entries(o ?? {}));
  const phaseOf = resolver(doc, 'phase', mapping.values?.phase);
  const kept = new Map<string, string>();
  const col = mapping.columns.phase;
  if (col !== undefined) {
    for (const row of rows) {
      const raw = cleanLine(String(row[col] ?? ''));
      const id = raw ? phaseOf(raw) : undefined;
      if (typeof id === 'string' && !kept.has(raw)) kept.set(raw, id);
    }
  }
  return {
    ...mapping,
    values: {
      ...mapping.values,
      phase: new Map([...entries(mapping.values?.phase), ...kept, ...creation.values.phase]),
      department: new Map([...entries(mapping.values?.department), ...creation.values.department]),
    },
  };
}

/** The workshop as it will be once the creation commands ran: plan the rows against it. */
export function docWithCreated(doc: Workshop, creation: MissingCreation): Workshop {
  return applyCommands(doc, creation.commands);
}
