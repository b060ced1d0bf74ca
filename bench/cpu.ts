/**
 * CPU time actually spent, to tell work from waiting on a shared machine: the browser's
 * processes (Linux /proc, 10 ms ticks) and this process (the harness = the app's main side).
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid: string): { ppid: string; ticks: number; name: string } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = s.lastIndexOf(')');
    const name = s.slice(s.indexOf('(') + 1, close);
    const f = s.slice(close + 2).split(' ');
    // fields after the name: state(0) ppid(1) … utime(11) stime(12)
    return { ppid: f[1] ?? '', ticks: Number(f[11] ?? 0) + Number(f[12] ?? 0), name };
  } catch {
    return null;
  }
}

/** CPU ms used so far by every Chromium process below this one. */
export function browserCpuMs(root = process.pid): number {
  const all = new Map<string, { ppid: string; ticks: number; name: string }>();
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    const s = stat(pid);
    if (s) all.set(pid, s);
  }
  let ticks = 0;
  for (const [pid, s] of all) {
    if (!/chrom/i.test(s.name)) continue;
    let q: string | undefined = s.ppid;
    for (let d = 0; q && d < 8; d++) {
      if (q === String(root)) {
        ticks += s.ticks;
        break;
      }
      q = all.get(q)?.ppid;
    }
    void pid;
  }
  return ticks * TICK_MS;
}

/** CPU ms of this process (all threads). */
export function ownCpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}
