/**
 * Test child for the kill -9 suite: opens (or creates) a workshop through the real
 * Session, adds touchpoints as fast as it can, and reports on stdout:
 *   ready <count>        after the file is open
 *   applied <n> <ms>     after each change (n = touchpoints now)
 *   saved <n>            after each durable save that left nothing pending
 * The parent kills it with SIGKILL at a random moment and checks the file.
 */
import { promises as fs } from 'node:fs';
import { cmd } from '../../../../shared/commands';
import { newWorkshop } from '../../../../shared/model/defaults';
import { newId } from '../../../../shared/model/ids';
import { Session } from '../../session';

const [file, debounce] = process.argv.slice(2);
if (!file) process.exit(2);

const session = new Session({ debounceMs: Number(debounce ?? 250), backupEveryMs: 200 });
const exists = await fs.stat(file).then(() => true, () => false);
const r = exists ? await session.open(file) : await session.create(file, newWorkshop({ title: 'Kill test', language: 'de', now: new Date() }));
if (!r.ok || r.value.kind !== 'opened') {
  process.stdout.write(`failed ${JSON.stringify(r)}\n`);
  process.exit(3);
}
const { docId, doc } = r.value.state;
const phaseId = doc.phases[0]!.id;
let count = doc.touchpoints.length;
session.on((e) => {
  if (e.type === 'doc.saveState' && e.save.state === 'saved') process.stdout.write(`saved ${session.state(docId).doc.touchpoints.length}\n`);
});
process.stdout.write(`ready ${count}\n`);
const tick = () => {
  count += 1;
  const res = session.apply(docId, [cmd('touchpoint.add', { id: newId('tp'), title: `tp-${count}`, phaseId })]);
  if (!res.ok) process.exit(4);
  process.stdout.write(`applied ${count} ${Date.now()}\n`);
  setTimeout(tick, 1);
};
tick();
