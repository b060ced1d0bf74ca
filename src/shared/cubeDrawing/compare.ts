/** Marks for the later cube of a comparison: ▲ better than before, ▼ worse. */
import type { CubeComparison } from '../metrics/compare';

export const BETTER_MARK = '▲';
export const WORSE_MARK = '▼';

export function compareBadges(cmp: Pick<CubeComparison, 'touchpoints'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of cmp.touchpoints) {
    if (c.change === 'improved') out[c.touchpointId] = BETTER_MARK;
    else if (c.change === 'worse') out[c.touchpointId] = WORSE_MARK;
  }
  return out;
}
