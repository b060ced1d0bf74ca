/**
 * A workshop whose largest face has 14 touchpoints (the others 2 … 6), built through the
 * shared commands, for looking at the 4×4 cube: the net and the 3-D cube must show 4×4 on
 * every face (docs/method.md).
 *   npx tsx scripts/cube-4x4.ts <out.tpcube>
 *   npm run cli -- export <out.tpcube> --out x.xlsx --png <dir>
 */
import { writeFileSync } from 'node:fs';
import { applyCommands, cmd, type Command } from '../src/shared/commands';
import { newWorkshop } from '../src/shared/model/defaults';
import { newId } from '../src/shared/model/ids';
import { serializeWorkshop } from '../src/shared/model/migrations';
import type { Level } from '../src/shared/model/schema';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/cube-4x4.ts <out.tpcube>');
const doc = newWorkshop({ title: 'Autohaus Rheintal – Kundenreise Neuwagen', language: 'de', now: new Date() });
const perFace = [14, 5, 3, 6, 2, 4];
const levels: Level[] = [-2, -1, 0, 1, 2];
const commands: Command[] = [cmd('meta.update', { patch: { client: 'Autohaus Rheintal GmbH', date: '2026-12-02' } })];
let k = 0;
perFace.forEach((count, f) => {
  for (let i = 0; i < count; i++, k++) {
    const id = newId('tp');
    const phase = doc.phases[k % doc.phases.length]!;
    commands.push(cmd('touchpoint.add', { id, title: `${doc.faces[f]!.name} ${i + 1}`, phaseId: phase.id, faceId: doc.faces[f]!.id }));
    // every seventh stays a blind spot
    if (k % 7 !== 6) commands.push(cmd('rating.setRoom', { touchpointId: id, value: levels[(k * 3) % 5]! }));
  }
});
writeFileSync(out, serializeWorkshop(applyCommands(doc, commands)));
process.stdout.write(`${out}\n`);
