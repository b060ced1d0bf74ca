/**
 * Test child: another instance of the app holding a workshop open. Opens `<file>` through
 * the real Session (so it takes the lock as the app does), prints "ready <touchpoints>",
 * and stays open until it is killed.
 */
import { Session } from '../../session';

const [file] = process.argv.slice(2);
if (!file) process.exit(2);
const session = new Session({ debounceMs: 50 });
const r = await session.open(file);
if (!r.ok || r.value.kind !== 'opened') {
  process.stdout.write(`failed ${JSON.stringify(r)}\n`);
  process.exit(3);
}
process.stdout.write(`ready ${r.value.state.doc.touchpoints.length}\n`);
setInterval(() => {}, 60_000);
