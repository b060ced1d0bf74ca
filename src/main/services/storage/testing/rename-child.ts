/**
 * Test child for the rename fault model: creates `<dir>/Alt.tpcube` through the real
 * Session, adds touchpoints and waits until they are durably saved ("saved <n>"), then
 * changes the title so the file is renamed. Before the step named by `<crashAt>` of that
 * rename it kills itself with SIGKILL (no finally, no lock release), as a crash would.
 * Prints "done <path>" when the rename ran through.
 */
import path from 'node:path';
import { cmd } from '../../../../shared/commands';
import { newWorkshop } from '../../../../shared/model/defaults';
import { Session } from '../../session';

const [dir, crashAt] = process.argv.slice(2);
if (!dir) process.exit(2);
const session = new Session({
  debounceMs: 20,
  moveHooks: {
    before(step) {
      if (step === crashAt) process.kill(process.pid, 'SIGKILL');
    },
  },
});
const r = await session.create(path.join(dir, 'Alt.tpcube'), newWorkshop({ title: 'Alt', language: 'de', now: new Date() }));
if (!r.ok || r.value.kind !== 'opened') {
  process.stdout.write(`failed ${JSON.stringify(r)}\n`);
  process.exit(3);
}
const { docId, doc } = r.value.state;
for (const n of [1, 2, 3]) {
  const added = session.apply(docId, [cmd('touchpoint.add', { id: `tp_${"abc"[n - 1]}${"xyz"[n - 1]}one`, title: `Touchpoint ${n}`, phaseId: doc.phases[0]!.id })]);
  if (!added.ok) {
    process.stdout.write(`failed ${JSON.stringify(added)}\n`);
    process.exit(5);
  }
}
const saved = await session.flush(docId);
if (!saved.ok || saved.value.state !== 'saved') process.exit(4);
process.stdout.write('saved 3\n');
session.apply(docId, [cmd('meta.update', { patch: { title: 'Neu' } })]);
await session.flush(docId);
process.stdout.write(`done ${session.state(docId).path}\n`);
process.exit(0);
