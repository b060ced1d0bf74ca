import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { exampleWorkshop } from './bank';
import { parseWorkshopText, serializeWorkshop, validateWorkshop } from '../model/migrations';
import { FACE_KEYS } from '../model/schema';
import { consensusOf } from '../metrics/consensus';

describe('bundled example workshop (bank)', () => {
  const doc = exampleWorkshop();

  it('is a valid workshop document and deterministic', () => {
    expect(() => validateWorkshop(doc)).not.toThrow();
    expect(exampleWorkshop()).toEqual(doc);
    expect(doc.meta.language).toBe('de');
    expect(doc.meta.date).toBe('2026-03-12');
  });

  it('has a realistic spread of touchpoints', () => {
    const tps = doc.touchpoints;
    expect(tps.length).toBeGreaterThanOrEqual(35);
    expect(tps.length).toBeLessThanOrEqual(45);
    const faceKeyById = new Map(doc.faces.map((f) => [f.id, f.key]));
    expect(new Set(tps.map((t) => (t.faceId ? faceKeyById.get(t.faceId) : undefined)))).toEqual(new Set(FACE_KEYS));
    expect(new Set(tps.map((t) => t.phaseId))).toEqual(new Set(doc.phases.map((p) => p.id)));
    expect(doc.phases.map((p) => p.id)).toEqual(['ph_before', 'ph_during', 'ph_after']);
    expect(tps.some((t) => t.direct)).toBe(true);
    expect(tps.some((t) => !t.direct)).toBe(true);
    expect(tps.some((t) => t.online)).toBe(true);
    expect(tps.some((t) => !t.online)).toBe(true);
    expect(tps.filter((t) => t.momentOfTruth).length).toBeGreaterThanOrEqual(3);
    expect(tps.some((t) => t.departmentId === null)).toBe(true);
    expect(tps.some((t) => t.target !== null)).toBe(true);
    for (const p of doc.phases) {
      const orders = tps.filter((t) => t.phaseId === p.id).map((t) => t.order);
      expect(orders).toEqual(orders.map((_, i) => i + 1));
    }
  });

  it('has six participants from at least four departments', () => {
    expect(doc.participants).toHaveLength(6);
    expect(new Set(doc.participants.map((p) => p.departmentId)).size).toBeGreaterThanOrEqual(4);
  });

  it('has disputed touchpoints and blind spots', () => {
    const cons = doc.touchpoints.map((t) => consensusOf(doc, t.id));
    expect(cons.filter((c) => c.disputed).length).toBeGreaterThanOrEqual(3);
    expect(cons.filter((c) => c.value === null).length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(doc.roomRatings).length).toBeGreaterThanOrEqual(2);
    const levels = new Set(Object.values(doc.ratings).flatMap((row) => Object.values(row)));
    expect(levels).toEqual(new Set([-2, -1, 0, 1, 2]));
  });

  it('respects the dot budget and gives measures owners', () => {
    for (const p of doc.participants) {
      const used = Object.values(doc.votes).reduce((sum, row) => sum + (row[p.id] ?? 0), 0);
      expect(used).toBeLessThanOrEqual(doc.method.dotsPerParticipant);
    }
    expect(doc.measures.length).toBeGreaterThanOrEqual(4);
    for (const m of doc.measures) if (m.status !== 'idea') expect(m.ownerId).not.toBeNull();
    expect(doc.measures.filter((m) => m.ownerId !== null).length).toBeGreaterThanOrEqual(4);
    expect(doc.snapshots.map((s) => s.name)).toContain('Ausgangslage Januar');
  });

  it('matches resources/example.tpcube on disk', () => {
    const text = readFileSync(new URL('../../../resources/example.tpcube', import.meta.url), 'utf8');
    expect(text).toBe(serializeWorkshop(exampleWorkshop()));
    expect(parseWorkshopText(text)).toEqual(doc);
  });
});
