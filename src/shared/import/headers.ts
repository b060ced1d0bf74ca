/**
 * Which column is which field (pure): the header row found below a title block, and each
 * header matched to a field by its German or English name, synonym or a name it contains.
 */
import { matchKey } from './values';

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

/** yes/no columns whose header says the opposite ("Indirekt", "Offline") */
export interface InvertedColumns {
  direct?: boolean;
  online?: boolean;
}

export interface DetectedColumns {
  columns: ColumnMap;
  /** a yes/no column whose header says the opposite ("Indirekt", "Offline"): x means indirect / offline */
  inverted?: InvertedColumns;
  /** columns no field was found for (shown in the dialog as "not imported") */
  unmatched: { column: number; header: string }[];
  /** false: the user must choose the title column (message key import.mapping.noTitle) */
  hasTitle: boolean;
}

const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  title: ['title', 'titel', 'touchpoint', 'touchpoints', 'touchpoint title', 'touchpoint titel', 'touchpoint name', 'berührungspunkt', 'kontaktpunkt', 'name', 'bezeichnung'],
  description: ['description', 'beschreibung', 'kundenzitat', 'zitat', 'customer quote', 'quote', 'description customer quote', 'beschreibung kundenzitat', 'erläuterung', 'details', 'kommentar', 'comment'],
  phase: ['phase', 'phasen', 'journey phase', 'customer journey phase', 'kaufphase', 'stage'],
  face: ['face', 'cube face', 'würfelseite', 'würfel', 'seite', 'ursache', 'kategorie', 'category', 'cause'],
  department: ['department', 'abteilung', 'bereich', 'fachbereich', 'zuständigkeit', 'zuständige abteilung', 'team', 'unit'],
  direct: ['direct', 'direkt', 'art', 'direct indirect', 'direkt indirekt', 'indirect', 'indirekt', 'direct or indirect', 'direkt oder indirekt'],
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
  const inverted: InvertedColumns = {};
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
