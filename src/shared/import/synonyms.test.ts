import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../model/defaults';
import { detectColumns } from './headers';
import { resolver } from './references';

describe('phase synonyms: a client list names the default phases its own way', () => {
  const PRE = ['Vor dem Kauf', 'Vorkaufphase', 'Vor Kauf', 'Vorkauf', 'before', 'Before purchase', 'pre-purchase', 'Pre purchase', 'Awareness'];
  const DURING = ['Beim Kauf', 'Kauf', 'Kaufphase', 'Während des Kaufs', 'during', 'purchase', 'During the purchase', 'Purchasing'];
  const POST = ['Nach Kauf', 'Nach dem Kauf', 'Nachkaufphase', 'Nachkauf', 'after', 'post-purchase', 'After purchase', 'Aftersales', 'After-Sales'];

  for (const language of ['de', 'en'] as const) {
    it(`matches German and English words in a ${language} workshop, by meaning`, () => {
      const doc = newWorkshop({ title: 'T', language, now: new Date('2025-03-01T10:00:00Z') });
      const phaseOf = resolver(doc, 'phase', undefined);
      const [pre, during, post] = doc.phases.map((p) => p.id);
      for (const v of PRE) expect(phaseOf(v), v).toBe(pre);
      for (const v of DURING) expect(phaseOf(v), v).toBe(during);
      for (const v of POST) expect(phaseOf(v), v).toBe(post);
      expect(phaseOf('Irgendwas')).toBeUndefined();
    });
  }

  it('lets the workshop’s own phase names win over a synonym', () => {
    const doc = newWorkshop({ title: 'T', language: 'de', now: new Date('2025-03-01T10:00:00Z') });
    const renamed = { ...doc, phases: [{ id: 'ph_a', name: 'Kauf' }, { id: 'ph_b', name: 'Vor dem Kauf' }, { id: 'ph_c', name: 'Service' }] };
    const phaseOf = resolver(renamed, 'phase', undefined);
    expect(phaseOf('Kauf')).toBe('ph_a');
    expect(phaseOf('Vor dem Kauf')).toBe('ph_b');
  });
});

describe('header "Art"', () => {
  it('is the direct / indirect column', () => {
    expect(detectColumns(['Touchpoint', 'Art', 'Phase']).columns).toMatchObject({ title: 0, direct: 1, phase: 2 });
  });
});
