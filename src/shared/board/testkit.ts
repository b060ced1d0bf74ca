/** Workshops for the board's tests (shared layout and the renderer's hit testing, drops and zoom). */
import { applyCommands, cmd } from '../commands';
import { newWorkshop, TouchpointDefaults } from '../model/defaults';
import type { Touchpoint, Workshop } from '../model/schema';
import type { BoardLayout, CardBox } from './geometry';

export const FHD = { width: 1600, height: 900 };

/** A workshop with two departments and touchpoints given as [phase index, title, extra]. */
export function workshop(rows: [number, string, Partial<Touchpoint>?][]): Workshop {
  let w = newWorkshop({ title: 'Test', language: 'en', now: new Date('2026-01-01') });
  w = applyCommands(w, [cmd('department.add', { id: 'dp_sales', name: 'Sales', color: '#112233' }), cmd('department.add', { id: 'dp_tech', name: 'IT', color: '#445566' })]);
  const touchpoints: Touchpoint[] = rows.map(([phase, title, extra], i) => ({
    id: `tp_${String(i).padStart(3, '0')}`,
    title,
    ...TouchpointDefaults,
    phaseId: w.phases[phase]!.id,
    order: i + 1,
    ...extra,
  }));
  return { ...w, touchpoints };
}

export function centre(c: CardBox | undefined) {
  if (!c) throw new Error('no card');
  return { x: c.x + c.w / 2, y: c.y + c.h / 2 };
}

export function titlesIn(l: BoardLayout, doc: Workshop, phase: number, laneKey = ''): string[] {
  const cell = l.cells.find((c) => c.phaseId === doc.phases[phase]!.id && c.laneKey === laneKey);
  return (cell?.cardIds ?? []).map((id) => doc.touchpoints.find((t) => t.id === id)!.title);
}
