/**
 * Promoters and saboteurs (docs/glossary.md): a delighted customer becomes a promoter, one bad
 * experience at a moment of truth can turn a customer into a saboteur. See docs/method.md.
 */
import type { Level, Workshop } from '../model/schema';
import { valueOf } from './consensus';
import type { ValueOptions } from './cube';
import { journeyOrder } from './journey';

/**
 * delight: value +2 (makes promoters);
 * momentOfTruth: value −1 or −2 at a moment of truth;
 * disappointing: value −2 at any other touchpoint.
 */
export type MomentReason = 'delight' | 'momentOfTruth' | 'disappointing';

export interface Moment {
  touchpointId: string;
  title: string;
  phaseId: string;
  faceId: string | null;
  value: Level;
  momentOfTruth: boolean;
  reason: MomentReason;
}

export interface PromoterView {
  /** touchpoints that make promoters, in journey order */
  promoters: Moment[];
  /** touchpoints that risk saboteurs, in journey order */
  saboteurRisks: Moment[];
}

type PromoterDoc = Pick<Workshop, 'phases' | 'touchpoints' | 'ratings' | 'roomRatings'>;

export function saboteurReason(value: Level | null, momentOfTruth: boolean): MomentReason | null {
  if (value === null) return null;
  if (momentOfTruth && value <= -1) return 'momentOfTruth';
  if (value === -2) return 'disappointing';
  return null;
}

export function promotersOf(doc: PromoterDoc, opts: Pick<ValueOptions, 'values'> = {}): PromoterView {
  const promoters: Moment[] = [];
  const saboteurRisks: Moment[] = [];
  for (const tp of journeyOrder(doc)) {
    const value = valueOf(doc, opts.values, tp.id);
    if (value === null) continue;
    const base = { touchpointId: tp.id, title: tp.title, phaseId: tp.phaseId, faceId: tp.faceId, value, momentOfTruth: tp.momentOfTruth };
    if (value === 2) promoters.push({ ...base, reason: 'delight' });
    const risk = saboteurReason(value, tp.momentOfTruth);
    if (risk) saboteurRisks.push({ ...base, reason: risk });
  }
  return { promoters, saboteurRisks };
}
