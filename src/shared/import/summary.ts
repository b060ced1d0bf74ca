/**
 * The dry run in plain words, for the import dialog and the command line:
 * "38 neu, 2 Duplikate, 1 ungültige Zeile: Zeile 17, Phase „xyz“ unbekannt".
 * Singular and plural come from separate catalogue keys (the catalogue has no plural rules).
 */
import { translate, type MessageKey } from '../i18n/messages';
import type { Language } from '../model/schema';
import type { ImportPlan, RowReason } from './plan';

/** invalid rows named in the one-line summary; the dialog lists all of them below it */
const NAMED = 3;

const SHORT: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['import.row.unknownPhase', 'import.short.unknownPhase'],
  ['import.row.unknownFace', 'import.short.unknownFace'],
  ['import.row.unknownDepartment', 'import.short.unknownDepartment'],
]);

/** "row 17, phase “xyz” unknown", or just "row 17" for other reasons */
export function shortReason(lang: Language, reason: RowReason): string {
  return translate(lang, SHORT.get(reason.code) ?? 'import.short.row', reason.params);
}

export function planSummary(lang: Language, plan: ImportPlan): string {
  const dup = plan.duplicates.length;
  const bad = plan.invalid.length;
  const parts = [
    translate(lang, 'import.count.new', { count: plan.newTouchpoints.length }),
    translate(lang, dup === 1 ? 'import.count.duplicates.one' : 'import.count.duplicates.many', { count: dup }),
    translate(lang, bad === 1 ? 'import.count.invalid.one' : 'import.count.invalid.many', { count: bad }),
  ];
  let text = parts.join(', ');
  if (bad > 0) {
    const named = plan.invalid.slice(0, NAMED).map((i) => shortReason(lang, i.reason));
    if (bad > NAMED) named.push(translate(lang, 'import.short.more', { count: bad - NAMED }));
    text += `: ${named.join('; ')}`;
  }
  return text;
}
