import { describe, expect, it } from 'vitest';
import { secretTouchpoints } from './secret';

const doc = {
  touchpoints: [
    { id: 'tp1', phaseId: 'ph1' },
    { id: 'tp2', phaseId: 'ph1' },
    { id: 'tp3', phaseId: 'ph2' },
  ],
} as unknown as Parameters<typeof secretTouchpoints>[1];
const one = (status: 'idle' | 'open' | 'closed' | 'revealed') => ({ status, pace: 'one' as const, touchpoint: { id: 'tp2', title: 'B' }, phase: null });

describe('which values the windows hide', () => {
  it('hides the open touchpoint until the reveal, also after it was closed', () => {
    expect([...secretTouchpoints(one('open'), doc)]).toEqual(['tp2']);
    expect([...secretTouchpoints(one('closed'), doc)]).toEqual(['tp2']);
  });

  it('shows everything once revealed, between rounds and without a room', () => {
    expect(secretTouchpoints(one('revealed'), doc).size).toBe(0);
    expect(secretTouchpoints(one('idle'), doc).size).toBe(0);
    expect(secretTouchpoints(null, doc).size).toBe(0);
  });

  it('hides every touchpoint of the phase in a round at the own pace', () => {
    const own = { status: 'open' as const, pace: 'own' as const, touchpoint: null, phase: { id: 'ph1', name: 'Vorher' } };
    expect([...secretTouchpoints(own, doc)].sort()).toEqual(['tp1', 'tp2']);
  });
});
