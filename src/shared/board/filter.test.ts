import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, NONE, isFilterActive, matchesFilter } from './filter';
import { workshop } from './testkit';

describe('board filter', () => {
  const doc = workshop([
    [0, 'Website', { description: 'Opening hours', online: true, faceId: null }],
    [0, 'Shop counter', { direct: false, momentOfTruth: true, departmentId: 'dp_sales' }],
  ]);
  const [web, shop] = doc.touchpoints as [(typeof doc.touchpoints)[0], (typeof doc.touchpoints)[0]];

  it('is inactive when empty or the search is only blanks, active for any facet', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, text: '   ' })).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, text: 'x' })).toBe(true);
    expect(isFilterActive({ ...EMPTY_FILTER, faces: [NONE] })).toBe(true);
    expect(isFilterActive({ ...EMPTY_FILTER, departments: ['dp_sales'] })).toBe(true);
    expect(isFilterActive({ ...EMPTY_FILTER, direct: 'indirect' })).toBe(true);
    expect(isFilterActive({ ...EMPTY_FILTER, online: 'offline' })).toBe(true);
    expect(isFilterActive({ ...EMPTY_FILTER, momentOfTruth: 'only' })).toBe(true);
  });

  it('matches one touchpoint against every facet and the words of the search', () => {
    expect(matchesFilter(web, EMPTY_FILTER)).toBe(true);
    expect(matchesFilter(web, { ...EMPTY_FILTER, text: 'HOURS web' })).toBe(true);
    expect(matchesFilter(web, { ...EMPTY_FILTER, text: 'hours shop' })).toBe(false);
    expect(matchesFilter(web, { ...EMPTY_FILTER, faces: [NONE] })).toBe(true);
    expect(matchesFilter(web, { ...EMPTY_FILTER, departments: ['dp_sales'] })).toBe(false);
    expect(matchesFilter(shop, { ...EMPTY_FILTER, departments: ['dp_sales'], direct: 'indirect', momentOfTruth: 'only' })).toBe(true);
    expect(matchesFilter(shop, { ...EMPTY_FILTER, online: 'online' })).toBe(false);
  });
});
