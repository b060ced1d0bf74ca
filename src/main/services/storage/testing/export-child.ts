/**
 * Test child: an export killed mid-write. Writes `<target>` the way writeExportFile does
 * (temp file beside it, then rename), but stops before the rename, prints "written", and
 * waits to be killed, leaving the temp file behind as a real crash would.
 */
import { promises as fs } from 'node:fs';
import { writeFileDurable, type DurableIo } from '../durable';

const [target] = process.argv.slice(2);
if (!target) process.exit(2);
const stuck: DurableIo = {
  open: (f, flags, mode) => fs.open(f, flags, mode),
  rm: (f, o) => fs.rm(f, o),
  rename: () => {
    process.stdout.write('written\n');
    return new Promise<void>(() => {}); // never: the parent kills us here
  },
};
void writeFileDurable(target, new Uint8Array(64 * 1024).fill(80), stuck);
setInterval(() => {}, 60_000);
