/**
 * Peak memory of the child processes this process starts (Linux /proc): the isolated
 * import parser must stay under its limit. Samples every 10 ms and also reads each
 * child's own high-water mark (VmHWM), so a short spike between samples is not missed.
 */
import { readdirSync, readFileSync } from 'node:fs';

function status(pid: string): Record<string, string> | null {
  try {
    const out: Record<string, string> = {};
    for (const line of readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
      const i = line.indexOf(':');
      if (i > 0) out[line.slice(0, i)] = line.slice(i + 1).trim();
    }
    return out;
  } catch {
    return null;
  }
}

const kb = (v: string | undefined) => (v ? Number.parseInt(v, 10) || 0 : 0);

/** Descendants of `root` (children, grandchildren…). */
function descendants(root: number): string[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return [];
  }
  const parent = new Map<string, string>();
  for (const p of pids) {
    const s = status(p);
    if (s?.['PPid']) parent.set(p, s['PPid']);
  }
  const out: string[] = [];
  for (const p of pids) {
    let q = parent.get(p);
    for (let depth = 0; q && depth < 8; depth++) {
      if (q === String(root)) {
        out.push(p);
        break;
      }
      q = parent.get(q);
    }
  }
  return out;
}

export interface MemorySample {
  /** highest resident memory of any one child, MB */
  peakMb: number;
  /** how many different child processes were seen */
  children: number;
}

export function sampleChildMemory(root = process.pid, everyMs = 10): { stop(): MemorySample } {
  let peakKb = 0;
  const seen = new Set<string>();
  const tick = () => {
    for (const pid of descendants(root)) {
      const s = status(pid);
      if (!s) continue;
      // skip helper processes that are not Node (e.g. a browser started by the bench)
      if (!/node|tsx/.test(s['Name'] ?? '')) continue;
      seen.add(pid);
      peakKb = Math.max(peakKb, kb(s['VmHWM']), kb(s['VmRSS']));
    }
  };
  const timer = setInterval(tick, everyMs);
  tick();
  return {
    stop() {
      tick();
      clearInterval(timer);
      return { peakMb: peakKb / 1024, children: seen.size };
    },
  };
}
