/** Sentences of the rating round, from the catalogue (reactive to the UI language through t()). */
import type { Level } from '../../../../shared/model/schema';
import { formatLevelValue } from '../../../../shared/cubeDrawing';
import { t } from '../../lib/i18n.svelte';
import type { Dispute } from './dispute';

export function levelText(v: Level | null): string {
  return v === null ? t('level.none') : `${formatLevelValue(v)} ${t(`level.${v}`)}`;
}

function names(list: string[]): string {
  return list.length > 3 ? `${list.slice(0, 3).join(', ')} +${list.length - 3}` : list.join(', ');
}

/** “−2 enttäuschend (Sabine Müller) bis +1 gut (Minh Nguyen): 3 Stufen auseinander” */
export function disputeReason(d: Dispute): string {
  return t('rate.dispute.reason', {
    low: levelText(d.low.value),
    lowNames: names(d.low.names),
    high: levelText(d.high.value),
    highNames: names(d.high.names),
    spread: d.spread,
  });
}
