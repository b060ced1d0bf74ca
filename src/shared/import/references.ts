/**
 * Which phase / face / department a cell value refers to (pure): the workshop's names, the
 * face keys and their default names in both languages, synonyms, and the user's explicit
 * choices for values that were not recognised.
 *
 * Values from the file never become object keys: lookups use Map, user overrides given
 * as plain objects are read with own-key iteration and skip `__proto__`, `constructor`,
 * `prototype`.
 */
import { DEFAULT_FACES, DEFAULT_PHASES } from '../model/defaults';
import { FACE_KEYS, type FaceKey, type Workshop } from '../model/schema';
import { matchKey } from './values';

/** raw cell value → id (null = "none", allowed for face and department) */
export type ValueOverride = ReadonlyMap<string, string | null> | Readonly<Record<string, string | null>>;

export interface ValueOverrides {
  phase?: ValueOverride;
  face?: ValueOverride;
  department?: ValueOverride;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const FACE_SYNONYMS: Record<FaceKey, string[]> = {
  product: ['produkt', 'produkte', 'angebot', 'product', 'products', 'offering', 'leistung'],
  service: ['service', 'servicequalität', 'service quality', 'kundenservice'],
  people: ['mitarbeiter', 'mitarbeitende', 'personal', 'people', 'staff', 'freundlichkeit', 'kompetenz', 'menschen'],
  premises: ['point of sale', 'pos', 'räume', 'räumlichkeiten', 'filiale', 'premises', 'laden', 'geschäft', 'store'],
  online: ['online', 'online präsenz', 'online presence', 'website', 'internet', 'web'],
  technology: ['technik', 'technologie', 'technology', 'vernetzung', 'integration', 'it'],
};

/**
 * The three default phases in the words client lists use, German and English whatever the
 * workshop's language. They apply by meaning to the workshop's phases by position (first,
 * middle, last), after the workshop's own names, which always win.
 */
const PHASE_SYNONYMS: Record<'pre' | 'during' | 'post', string[]> = {
  pre: ['vor dem kauf', 'vor kauf', 'vorkauf', 'vorkaufphase', 'vor der kaufentscheidung', 'vorher', 'vorab', 'informationsphase', 'orientierung', 'before', 'before purchase', 'before the purchase', 'pre purchase', 'prepurchase', 'pre sales', 'presales', 'awareness', 'pre'],
  during: ['während des kaufs', 'während kauf', 'beim kauf', 'kauf', 'kaufphase', 'kaufabschluss', 'abschluss', 'während', 'during', 'during purchase', 'during the purchase', 'purchase', 'purchasing', 'buying', 'sale', 'sales'],
  post: ['nach dem kauf', 'nach kauf', 'nachkauf', 'nachkaufphase', 'nachher', 'nachbetreuung', 'after', 'after purchase', 'after the purchase', 'post purchase', 'postpurchase', 'after sales', 'aftersales', 'post sales', 'post'],
};

export type RefKind = 'phase' | 'face' | 'department';

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

function buildIndex(doc: Workshop, kind: RefKind): RefIndex {
  const byKey = new Map<string, string>();
  const put = (name: string, id: string) => {
    const k = matchKey(name);
    if (k && !byKey.has(k)) byKey.set(k, id);
  };
  if (kind === 'phase') {
    for (const p of doc.phases) put(p.name, p.id);
    const n = doc.phases.length;
    const at = (i: number) => doc.phases[i]?.id;
    const byMeaning = { pre: at(0), during: n >= 3 ? at(1) : undefined, post: n >= 2 ? at(n - 1) : undefined };
    for (const meaning of ['pre', 'during', 'post'] as const) {
      const id = byMeaning[meaning];
      if (!id) continue;
      const position = meaning === 'pre' ? 0 : meaning === 'during' ? 1 : 2;
      for (const lang of ['de', 'en'] as const) put(DEFAULT_PHASES[lang][position] ?? '', id);
      for (const syn of PHASE_SYNONYMS[meaning]) put(syn, id);
    }
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
export function resolver(doc: Workshop, kind: RefKind, overrides: ValueOverride | undefined) {
  const index = buildIndex(doc, kind);
  const chosen = withOverrides(index, overrides);
  return (raw: string): string | null | undefined => {
    const k = matchKey(raw);
    if (chosen.has(k)) return chosen.get(k);
    return index.byKey.get(k);
  };
}
