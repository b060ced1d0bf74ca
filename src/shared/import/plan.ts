/**
 * The dry run of an import (pure, no I/O): what importing the rows below the header into a
 * workshop would do: new touchpoints, duplicates, invalid rows with their reason, values
 * that were not recognised. The columns come from headers.ts, the meaning of each cell
 * from values.ts and references.ts.
 */
import type { MessageKey } from '../i18n/messages';
import { endOrder } from '../board/order';
import { TouchpointDefaults } from '../model/defaults';
import { LIMITS } from '../model/limits';
import { newId } from '../model/ids';
import { Touchpoint, type Workshop } from '../model/schema';
import { columnLetter } from './columns';
import type { ColumnMap, ImportField, InvertedColumns } from './headers';
import { resolver, type RefKind, type ValueOverrides } from './references';
import { cleanLine, cleanText, matchKey, parseDirect, parseImportance, parseOnline, parseYesNo, titleKey } from './values';

export interface ImportMapping {
  columns: ColumnMap;
  /** a yes/no column whose header says the opposite ("Indirekt", "Offline"): x means indirect / offline */
  inverted?: InvertedColumns;
  /** explicit choices of the user for values that were not recognised */
  values?: ValueOverrides;
  /** phase for rows without a phase value (or without a phase column); default: the first phase */
  defaultPhaseId?: string;
}

export interface RowReason {
  code: MessageKey;
  params: Record<string, string | number>;
}

export interface ImportPlan {
  newTouchpoints: Touchpoint[];
  duplicates: { row: number; title: string }[];
  invalid: { row: number; reason: RowReason }[];
  unknownValues: { phase: string[]; face: string[]; department: string[] };
}

/** A workshop holds at most this many touchpoints (model/limits.ts). */
export const MAX_TOUCHPOINTS = LIMITS.touchpoints;
const TITLE_MAX = LIMITS.text.touchpointTitle;
const DESCRIPTION_MAX = LIMITS.text.description;


export interface PlanOptions {
  /** id generator (tests) */
  newId?: () => string;
  /** spreadsheet row number of rows[0] (2 when the header is row 1; see locateHeader) */
  firstRow?: number;
}

/**
 * What importing `rows` (the rows below the header; rows[i] is spreadsheet row i + firstRow, 2 by default)
 * into `doc` would do. Nothing is changed; `newTouchpoints` is the payload of the
 * `touchpoint.import` command.
 */
export function planImport(doc: Workshop, rows: readonly (readonly string[])[], mapping: ImportMapping, options: PlanOptions = {}): ImportPlan {
  const makeId = options.newId ?? (() => newId('tp'));
  const cols = mapping.columns;
  const cell = (row: readonly string[], field: ImportField): string => {
    const c = cols[field];
    if (c === undefined || !Number.isInteger(c) || c < 0) return '';
    const v = row[c];
    return typeof v === 'string' ? v : v == null ? '' : String(v);
  };
  const letter = (field: ImportField) => columnLetter(cols[field] ?? 0);

  const phaseOf = resolver(doc, 'phase', mapping.values?.phase);
  const faceOf = resolver(doc, 'face', mapping.values?.face);
  const departmentOf = resolver(doc, 'department', mapping.values?.department);
  const defaultPhaseId =
    mapping.defaultPhaseId && doc.phases.some((p) => p.id === mapping.defaultPhaseId) ? mapping.defaultPhaseId : doc.phases[0]?.id;

  const unknown = { phase: new Map<string, string>(), face: new Map<string, string>(), department: new Map<string, string>() };
  const noteUnknown = (kind: RefKind, raw: string) => {
    const k = matchKey(raw);
    if (!unknown[kind].has(k)) unknown[kind].set(k, cleanLine(raw));
  };

  const seenTitles = new Set(doc.touchpoints.map((t) => titleKey(t.title)));
  const nextOrder = new Map<string, number>();
  let capacity = MAX_TOUCHPOINTS - doc.touchpoints.length;

  const plan: ImportPlan = { newTouchpoints: [], duplicates: [], invalid: [], unknownValues: { phase: [], face: [], department: [] } };

  rows.forEach((row, i) => {
    const rowNo = i + (options.firstRow ?? 2);
    if (!Array.isArray(row) || row.every((v) => typeof v !== 'string' || v.trim() === '')) return; // empty row
    const invalid = (code: MessageKey, params: Record<string, string | number> = {}) =>
      plan.invalid.push({ row: rowNo, reason: { code, params: { row: rowNo, ...params } } });

    const title = cleanLine(cell(row, 'title'));
    if (!title) return invalid('import.row.titleMissing');
    if (title.length > TITLE_MAX) return invalid('import.row.titleTooLong', { max: TITLE_MAX });
    const description = cleanText(cell(row, 'description'));
    if (description.length > DESCRIPTION_MAX) return invalid('import.row.descriptionTooLong', { max: DESCRIPTION_MAX });

    // references: collect every unknown value of the row, report the first
    const reasons: RowReason[] = [];
    const rawPhase = cleanLine(cell(row, 'phase'));
    let phaseId: string | undefined = defaultPhaseId;
    if (rawPhase) {
      const id = phaseOf(rawPhase);
      if (typeof id === 'string') phaseId = id;
      else {
        noteUnknown('phase', rawPhase);
        reasons.push({ code: 'import.row.unknownPhase', params: { row: rowNo, value: rawPhase } });
      }
    }
    let faceId: string | null = null;
    const rawFace = cleanLine(cell(row, 'face'));
    if (rawFace) {
      const id = faceOf(rawFace);
      if (id === undefined) {
        noteUnknown('face', rawFace);
        reasons.push({ code: 'import.row.unknownFace', params: { row: rowNo, value: rawFace } });
      } else faceId = id;
    }
    let departmentId: string | null = null;
    const rawDept = cleanLine(cell(row, 'department'));
    if (rawDept) {
      const id = departmentOf(rawDept);
      if (id === undefined) {
        noteUnknown('department', rawDept);
        reasons.push({ code: 'import.row.unknownDepartment', params: { row: rowNo, value: rawDept } });
      } else departmentId = id;
    }

    // flags and importance
    const rawDirect = cleanLine(cell(row, 'direct'));
    let direct = parseDirect(rawDirect);
    if (direct === null) reasons.push({ code: 'import.row.badDirect', params: { row: rowNo, value: rawDirect } });
    else if (direct !== undefined && mapping.inverted?.direct && !/^(in)?dire[ck]t$/i.test(matchKey(rawDirect))) direct = !direct;

    const rawOnline = cleanLine(cell(row, 'online'));
    let online = parseOnline(rawOnline);
    if (online === null) reasons.push({ code: 'import.row.badOnline', params: { row: rowNo, value: rawOnline } });
    else if (online !== undefined && mapping.inverted?.online && !/^(on|off)line$/i.test(matchKey(rawOnline))) online = !online;

    const rawMot = cleanLine(cell(row, 'momentOfTruth'));
    const mot = parseYesNo(rawMot);
    if (mot === null) reasons.push({ code: 'import.row.badYesNo', params: { row: rowNo, column: letter('momentOfTruth'), value: rawMot } });

    const rawImp = cleanLine(cell(row, 'importance'));
    const importance = parseImportance(rawImp);
    if (importance === null) reasons.push({ code: 'import.row.badImportance', params: { row: rowNo, value: rawImp } });

    if (reasons.length > 0) {
      plan.invalid.push({ row: rowNo, reason: reasons[0] as RowReason });
      return;
    }
    if (!phaseId) return invalid('import.row.unknownPhase', { value: rawPhase });

    const key = titleKey(title);
    if (seenTitles.has(key)) {
      plan.duplicates.push({ row: rowNo, title });
      return;
    }
    if (capacity <= 0) return invalid('import.row.tooMany', { max: MAX_TOUCHPOINTS });

    const order = (nextOrder.get(phaseId) ?? endOrder(doc.touchpoints, phaseId)) + 1; // preview: the command places rows (board/order.ts)
    const candidate = {
      id: makeId(),
      title,
      description,
      phaseId,
      faceId,
      departmentId,
      direct: direct ?? TouchpointDefaults.direct,
      online: online ?? TouchpointDefaults.online,
      momentOfTruth: mot ?? TouchpointDefaults.momentOfTruth,
      importance: importance ?? TouchpointDefaults.importance,
      target: TouchpointDefaults.target,
      order,
    };
    const checked = Touchpoint.safeParse(candidate);
    if (!checked.success) return invalid('import.row.invalid');
    seenTitles.add(key);
    nextOrder.set(phaseId, order);
    capacity--;
    plan.newTouchpoints.push(checked.data);
  });

  plan.unknownValues = {
    phase: [...unknown.phase.values()],
    face: [...unknown.face.values()],
    department: [...unknown.department.values()],
  };
  return plan;
}

/** Parameters of the message `import.plan.summary`. */
export function planCounts(plan: ImportPlan): { newCount: number; duplicateCount: number; invalidCount: number } {
  return { newCount: plan.newTouchpoints.length, duplicateCount: plan.duplicates.length, invalidCount: plan.invalid.length };
}
