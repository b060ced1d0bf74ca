/**
 * Workshops of a given size for the benchmarks and the tests: the bundled example (41 touchpoints,
 * 6 participants) scaled to N touchpoints and 12 participants. The example's touchpoints
 * stay as they are (so its measures and votes keep pointing somewhere); clones with new
 * ids are spread over the phases and faces; every participant rates ~85 % of the cards.
 * Deterministic: the same size always gives the same document.
 */
import { exampleWorkshop } from './bank';
import { consensusOf } from '../metrics/consensus';
import { validateWorkshop } from '../model/migrations';
import type { Level, Participant, Touchpoint, Workshop } from '../model/schema';

export const SIZES = [100, 500, 2000] as const;
export const PARTICIPANTS = 12;

/** Small deterministic PRNG (mulberry32), so runs compare. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS: readonly Level[] = [-2, -1, 0, 1, 2];

export function scaledWorkshop(touchpoints: number, participants = PARTICIPANTS): Workshop {
  const base = exampleWorkshop();
  const rnd = prng(touchpoints * 7919 + participants);

  const people: Participant[] = [...base.participants];
  for (let i = people.length; i < participants; i++) {
    const dept = base.departments[i % base.departments.length];
    people.push({ id: `pa_bench${String(i).padStart(2, '0')}`, name: `Teilnehmer ${i + 1}`, departmentId: dept?.id ?? null, role: 'Bench' });
  }

  const tps: Touchpoint[] = base.touchpoints.slice(0, touchpoints);
  const orderIn = new Map<string, number>();
  for (const t of tps) orderIn.set(t.phaseId, Math.max(orderIn.get(t.phaseId) ?? 0, t.order));
  for (let i = tps.length; i < touchpoints; i++) {
    const src = base.touchpoints[i % base.touchpoints.length] as Touchpoint;
    const phase = base.phases[i % base.phases.length]!;
    const face = base.faces[(i * 5) % base.faces.length]!;
    const order = (orderIn.get(phase.id) ?? 0) + 1;
    orderIn.set(phase.id, order);
    tps.push({
      ...src,
      id: `tp_bench${String(i).padStart(5, '0')}`,
      title: `${src.title} (${i + 1})`,
      phaseId: phase.id,
      faceId: face.id,
      order,
    });
  }

  const ratings: Workshop['ratings'] = {};
  for (const t of tps) {
    const centre = Math.floor(rnd() * 5) - 2;
    const row: Record<string, Level> = {};
    for (const p of people) {
      if (rnd() < 0.15) continue; // not everybody rates everything
      const v = Math.max(-2, Math.min(2, centre + Math.round((rnd() - 0.5) * 2)));
      row[p.id] = LEVELS[v + 2] as Level;
    }
    if (Object.keys(row).length > 0) ratings[t.id] = row;
  }

  const votes: Workshop['votes'] = {};
  for (const p of people) {
    for (let d = 0; d < base.method.dotsPerParticipant; d++) {
      const t = tps[Math.floor(rnd() * tps.length)]!;
      const row = (votes[t.id] ??= {});
      row[p.id] = Math.min(20, (row[p.id] ?? 0) + 1);
    }
  }

  const keep = new Set(tps.map((t) => t.id));
  const roomRatings = Object.fromEntries(Object.entries(base.roomRatings).filter(([id]) => keep.has(id)));
  const snapshot = base.snapshots[0]!;
  const values: Record<string, Level | null> = {};
  const faces: Record<string, string | null> = {};
  const titles: Record<string, string> = {};
  for (const t of tps) {
    values[t.id] = consensusOf({ ratings, roomRatings }, t.id).value;
    faces[t.id] = t.faceId;
    titles[t.id] = t.title;
  }

  return validateWorkshop({
    ...base,
    id: `ws_bench${touchpoints}`,
    meta: { ...base.meta, title: `Bench ${touchpoints} Touchpoints` },
    participants: people,
    touchpoints: tps,
    ratings,
    roomRatings,
    votes,
    snapshots: [{ ...snapshot, values, faces, titles }],
    measures: base.measures.map((m) => ({ ...m, touchpointIds: m.touchpointIds.filter((id) => keep.has(id)) })),
  });
}
