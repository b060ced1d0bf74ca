/**
 * From a parsed table to touchpoints (pure, no I/O): which column is which field,
 * what a cell value means, which phase / face / department a value refers to, and a
 * dry-run plan of the import (new, duplicates, invalid rows, unknown values).
 *
 * Values from the file never become object keys: lookups use Map, user overrides given
 * as plain objects are read with own-key iteration and skip `__proto__`, `constructor`,
 * `prototype`.
 */
import { endOrder } from '../board/order';
import { DEFAULT_FACES } from '../model/defaults';
import { LIMITS } from '../model/limits';
import { newId } from '../model/ids';
import { FACE_KEYS, Touchpoint, type FaceKey, type Importance, type Workshop } from '../model/schema';
import type { MessageKey } from '../i18n/messages';
import { columnLetter } from './columns';

export { columnLetter };

export const IMPORT_FIELDS = [
  'title',
  'description',
  'phase',
  'face',
  'department',
  'direct',
  'online',
  'momentOfTruth',
  'importance',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** field → 0-based column index */
export type ColumnMap = Partial<Record<ImportField, number>>;

/** raw cell value → id (null = "none", allowed for face and department) */
export type ValueOverride = ReadonlyMap<string, string | null> | Readonly<Record<string, string | null>>;

export interface ValueOverrides {
  phase?: ValueOverride;
  face?: ValueOverride;
  department?: ValueOverride;
}

export interface ImportMapping {
  columns: ColumnMap;
  /** a yes/no column whose header says the opposite ("Indirekt", "Offline"): x means indirect / offline */
  inverted?: { direct?: boolean; online?: boolean };
  /** explicit choices of the user for values that were not recognised */
  values?: ValueOverrides;
  /** phase for rows without a phase value (or without a phase column); default: the first phase */
  defaultPhaseId?: string;
}

export interface DetectedColumns extends ImportMapping {
  /** columns no field was found for (shown in the dialog as "not imported") */
  unmatched: { column: number; header: string }[];
  /** false: the user must choose the title column (message key import.mapping.noTitle) */
  hasTitle: boolean;
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

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// ---------------------------------------------------------------------------
// normalisation

/**
 * Key for comparing headers and values: case, whitespace, punctuation and umlaut
 * spelling do not matter ("Würfelseite" = "WUERFELSEITE" = "wurfel-seite" is not, but
 * "Wurfelseite" is).
 */
export function matchKey(s: string): string {
  let t = s.normalize('NFKC').toLowerCase();
  t = t.replace(/ß/g, 'ss').replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
  t = t.normalize('NFD').replace(/\p{M}+/gu, '');
  t = t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return t.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

/** Key for duplicate titles: case, whitespace and umlaut spelling do not matter; punctuation does. */
export function titleKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/\s+/g, ' ')
    .trim();
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function cleanLine(s: string): string {
  return s.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

// ---------------------------------------------------------------------------
// headers

const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  title: ['title', 'titel', 'touchpoint', 'touchpoints', 'touchpoint title', 'touchpoint titel', 'touchpoint name', 'berührungspunkt', 'kontaktpunkt', 'name', 'bezeichnung'],
  description: ['description', 'beschreibung', 'kundenzitat', 'zitat', 'customer quote', 'quote', 'description customer quote', 'beschreibung kundenzitat', 'erläuterung', 'details', 'kommentar', 'comment'],
  phase: ['phase', 'phasen', 'journey phase', 'customer journey phase', 'kaufphase', 'stage'],
  face: ['face', 'cube face', 'würfelseite', 'würfel', 'seite', 'ursache', 'kategorie', 'category', 'cause'],
  department: ['department', 'abteilung', 'bereich', 'fachbereich', 'zuständigkeit', 'zuständige abteilung', 'team', 'unit'],
  direct: ['direct', 'direkt', 'direct indirect', 'direkt indirekt', 'indirect', 'indirekt', 'direct or indirect', 'direkt oder indirekt'],
  online: ['online', 'offline', 'online offline', 'offline online', 'kanal', 'channel'],
  momentOfTruth: ['moment of truth', 'moments of truth', 'moment der wahrheit', 'momente der wahrheit', 'mot', 'schlüsselmoment'],
  importance: ['importance', 'wichtigkeit', 'priorität', 'priority', 'prio', 'relevanz', 'bedeutung', 'gewichtung'],
};

const INVERTED_HEADERS: Partial<Record<ImportField, string[]>> = {
  direct: ['indirect', 'indirekt'],
  online: ['offline'],
};

/** The order in which fields claim a header that only contains a synonym: more specific first. */
const CONTAINS_ORDER: ImportField[] = ['description', 'momentOfTruth', 'importance', 'department', 'face', 'phase', 'direct', 'online', 'title'];

const HEADER_INDEX: Map<string, ImportField> = (() => {
  const m = new Map<string, ImportField>();
  for (const f of IMPORT_FIELDS) for (const s of HEADER_SYNONYMS[f]) if (!m.has(matchKey(s))) m.set(matchKey(s), f);
  return m;
})();

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** Guess which column holds which field from the header row (German and English names). */
export function detectColumns(headers: readonly string[]): DetectedColumns {
  const columns: ColumnMap = {};
  const inverted: { direct?: boolean; online?: boolean } = {};
  const taken = new Set<number>();
  const keys = headers.map((h) => matchKey(String(h ?? '')));

  const assign = (field: ImportField, col: number) => {
    columns[field] = col;
    taken.add(col);
    const inv = INVERTED_HEADERS[field];
    if ((field === 'direct' || field === 'online') && inv?.some((s) => matchKey(s) === keys[col])) inverted[field] = true;
  };

  // pass 1: the whole header is a known name
  keys.forEach((k, col) => {
    if (!k) return;
    const f = HEADER_INDEX.get(k);
    if (f && columns[f] === undefined && !taken.has(col)) assign(f, col);
  });
  // pass 2: the header contains a known name ("Touchpoint-Beschreibung", "Wichtigkeit (1-3)")
  for (const f of CONTAINS_ORDER) {
    if (columns[f] !== undefined) continue;
    const synonyms = HEADER_SYNONYMS[f].map(matchKey);
    const col = keys.findIndex((k, i) => !taken.has(i) && k !== '' && synonyms.some((s) => containsWords(k, s)));
    if (col >= 0) assign(f, col);
  }

  const unmatched: { column: number; header: string }[] = [];
  headers.forEach((h, column) => {
    if (!taken.has(column) && keys[column]) unmatched.push({ column, header: String(h) });
  });
  const out: DetectedColumns = { columns, unmatched, hasTitle: columns.title !== undefined };
  if (inverted.direct || inverted.online) out.inverted = inverted;
  return out;
}

/** How far down a title block may push the header row ("Touchpoint-Liste", a date, an empty row, then the headers). */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Find the header row: lists from clients often start with a title and a blank line.
 * Row 1 wins unless a later row among the first HEADER_SEARCH_ROWS names a title column
 * and more known fields. Returns the header cells, the rows below it, and the
 * spreadsheet row number of the first of those rows (for messages such as "row 17").
 */
export function locateHeader(table: { headers: readonly string[]; rows: readonly (readonly string[])[] }): { headers: string[]; rows: string[][]; headerRow: number; firstRow: number } {
  const candidates: (readonly string[])[] = [table.headers, ...table.rows.slice(0, HEADER_SEARCH_ROWS - 1)];
  const score = (cells: readonly string[]) => {
    const text = cells.map((c) => String(c ?? ''));
    const d = detectColumns(text);
    if (!d.hasTitle) return 0;
    // a lone cell ("Touchpoints der Volksbank") is more likely a title above the table than its header
    return Object.keys(d.columns).length - (text.filter((c) => c.trim() !== '').length === 1 ? 0.5 : 0);
  };
  let best = 0;
  let bestScore = score(table.headers);
  candidates.forEach((cells, i) => {
    const s = score(cells);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  const headers = [...(candidates[best] ?? [])].map((c) => String(c ?? ''));
  const rows = (best === 0 ? table.rows : table.rows.slice(best)).map((r) => [...r]);
  return { headers, rows, headerRow: best + 1, firstRow: best + 2 };
}

// ---------------------------------------------------------------------------
// values

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'true', 'wahr', 'richtig', 'zutreffend'].map(matchKey));
const NO = new Set(['nein', 'n', 'no', '0', 'false', 'falsch', 'nicht zutreffend'].map(matchKey));
const CHECK_MARKS = new Set(['✓', '✔', '☑', '☒', '✗', '✘', '●', '•', '+']);
const DASHES = new Set(['-', '–', '—', '/']);

/** yes/no: undefined = empty cell (use the default), null = not understood */
export function parseYesNo(raw: string): boolean | undefined | null {
  const t = raw.trim();
  if (t === '') return undefined;
  if (CHECK_MARKS.has(t)) return true;
  if (DASHES.has(t)) return false;
  const k = matchKey(t);
  if (YES.has(k)) return true;
  if (NO.has(k)) return false;
  if (/^[01](?:[.,]0+)?$/.test(t)) return t.startsWith('1');
  return null;
}

/** direct (true) / indirect (false); also accepts yes/no */
export function parseDirect(raw: string): boolean | undefined | null {
  const k = matchKey(raw);
  if (k === '') return undefined;
  if (k === 'direkt' || k === 'direct' || k === 'd') return true;
  if (k === 'indirekt' || k === 'indirect' || k === 'i') return false;
  return parseYesNo(raw);
}

/** online (true) / offline (false); also accepts yes/no */
export function parseOnline(raw: string): boolean | undefined | null {
  const k = matchKey(raw);
  if (k === '') return undefined;
  if (k === 'online' || k === 'digital') return true;
  if (k === 'offline' || k === 'analog' || k === 'physisch' || k === 'physical') return false;
  return parseYesNo(raw);
}

const IMPORTANCE_WORDS: Map<string, Importance> = new Map<string, Importance>([
  ['hoch', 3],
  ['high', 3],
  ['wichtig', 3],
  ['sehr wichtig', 3],
  ['mittel', 2],
  ['medium', 2],
  ['mid', 2],
  ['normal', 2],
  ['niedrig', 1],
  ['gering', 1],
  ['low', 1],
].map(([k, v]) => [matchKey(k as string), v as Importance]));

/** importance 1–3 (3 = high); undefined = empty cell, null = not understood */
export function parseImportance(raw: string): Importance | undefined | null {
  const t = raw.trim();
  if (t === '') return undefined;
  const num = /^([123])(?:[.,]0+)?$/.exec(t);
  if (num) return Number(num[1]) as Importance;
  return IMPORTANCE_WORDS.get(matchKey(t)) ?? null;
}

// ---------------------------------------------------------------------------
// references (phase / face / department values)

const FACE_SYNONYMS: Record<FaceKey, string[]> = {
  product: ['produkt', 'produkte', 'angebot', 'product', 'products', 'offering', 'leistung'],
  service: ['service', 'servicequalität', 'service quality', 'kundenservice'],
  people: ['mitarbeiter', 'mitarbeitende', 'personal', 'people', 'staff', 'freundlichkeit', 'kompetenz', 'menschen'],
  premises: ['point of sale', 'pos', 'räume', 'räumlichkeiten', 'filiale', 'premises', 'laden', 'geschäft', 'store'],
  online: ['online', 'online präsenz', 'online presence', 'website', 'internet', 'web'],
  technology: ['technik', 'technologie', 'technology', 'vernetzung', 'integration', 'it'],
};

type Kind = 'phase' | 'face' | 'department';

interface RefIndex {
  byKey: Map<string, string>;
  ids: Set<string>;
  nullable: boolean;
}

function ownEntries(o: ValueOverride): [string, string | null][] {
  if (o instanceof Map) return [...o.entries()];
  const out: [string, string | null][] = [];
  for (const k of Object.keys(o)) {
    if (FORBIDDEN_KEYS.has(k)) continue;
    const v = (o as Record<string, string | null>)[k];
    out.push([k, v === undefined ? null : v]);
  }
  return out;
}

function buildIndex(doc: Workshop, kind: Kind): RefIndex {
  const byKey = new Map<string, string>();
  const put = (name: string, id: string) => {
    const k = matchKey(name);
    if (k && !byKey.has(k)) byKey.set(k, id);
  };
  if (kind === 'phase') {
    for (const p of doc.phases) put(p.name, p.id);
    return { byKey, ids: new Set(doc.phases.map((p) => p.id)), nullable: false };
  }
  if (kind === 'department') {
    for (const d of doc.departments) put(d.name, d.id);
    return { byKey, ids: new Set(doc.departments.map((d) => d.id)), nullable: true };
  }
  for (const f of doc.faces) put(f.name, f.id);
  const byFaceKey = new Map(doc.faces.map((f) => [f.key, f.id]));
  for (const key of FACE_KEYS) {
    const id = byFaceKey.get(key);
    if (!id) continue;
    put(key, id);
    put(DEFAULT_FACES.de[key].name, id);
    put(DEFAULT_FACES.en[key].name, id);
    for (const s of FACE_SYNONYMS[key]) put(s, id);
  }
  return { byKey, ids: new Set(doc.faces.map((f) => f.id)), nullable: true };
}

function withOverrides(index: RefIndex, overrides: ValueOverride | undefined): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (!overrides) return out;
  for (const [raw, target] of ownEntries(overrides)) {
    const k = matchKey(String(raw));
    if (!k) continue;
    if (target === null ? index.nullable : typeof target === 'string' && index.ids.has(target)) out.set(k, target);
  }
  return out;
}

/** A resolver for one kind: raw value → id, null (none), or undefined (unknown). */
function resolver(doc: Workshop, kind: Kind, overrides: ValueOverride | undefined) {
  const index = buildIndex(doc, kind);
  const chosen = withOverrides(index, overrides);
  return (raw: string): string | null | undefined => {
    const k = matchKey(raw);
    if (chosen.has(k)) return chosen.get(k);
    return index.byKey.get(k);
  };
}

// ---------------------------------------------------------------------------
// dry run

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
  const noteUnknown = (kind: Kind, raw: string) => {
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
      direct: direct ?? true,
      online: online ?? false,
      momentOfTruth: mot ?? false,
      importance: importance ?? 2,
      target: null,
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
