/**
 * Robust statistics for noisy shared machines: warm-up runs are thrown away, figures are
 * medians and 95th percentiles over repetitions, never a single run or a mean.
 */
import { performance } from 'node:perf_hooks';

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // nearest-rank: the value at or above q of the samples (no interpolation, no invention)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (v: readonly number[]) => quantile(v, 0.5);
export const p95 = (v: readonly number[]) => quantile(v, 0.95);

export interface Sampled {
  samples: number[];
  median: number;
  p95: number;
}

export function summarize(samples: number[]): Sampled {
  return { samples, median: median(samples), p95: p95(samples) };
}

/** Time `fn` `reps` times after `warmup` untimed runs; `fn` gets the repetition index. */
export async function timeAsync(fn: (i: number) => Promise<unknown>, reps: number, warmup = Math.max(2, Math.ceil(reps / 10))): Promise<Sampled> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export function timeSync(fn: (i: number) => unknown, reps: number, warmup = Math.max(5, Math.ceil(reps / 5))): Sampled {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/**
 * Interleave the measured operation and its baseline (A B A B …) so a burst of load from
 * someone else on the machine hits both alike, which keeps the ratio honest.
 */
export async function pairAsync(
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
  reps: number,
  warmup: number = Math.max(2, Math.ceil(reps / 10)),
  /** untimed preparation between a and b (e.g. serialising the bytes b writes) */
  between?: () => void,
): Promise<{ a: Sampled; b: Sampled }> {
  for (let i = 0; i < warmup; i++) {
    await a(-1 - i);
    between?.();
    await b(-1 - i);
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < reps; i++) {
    let t0 = performance.now();
    await a(i);
    sa.push(performance.now() - t0);
    between?.();
    t0 = performance.now();
    await b(i);
    sb.push(performance.now() - t0);
  }
  return { a: summarize(sa), b: summarize(sb) };
}

export function pairSync(a: (i: number) => unknown, b: (i: number) => unknown, reps: number, warmup = Math.max(5, Math.ceil(reps / 5))): { a: Sampled; b: Sampled } {
  for (let i = 0; i < warmup; i++) {
    a(-1 - i);
    b(-1 - i);
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < reps; i++) {
    let t0 = performance.now();
    a(i);
    sa.push(performance.now() - t0);
    t0 = performance.now();
    b(i);
    sb.push(performance.now() - t0);
  }
  return { a: summarize(sa), b: summarize(sb) };
}

export const round = (n: number, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

/**
 * Repeat a paired measurement in `k` rounds and keep the median round (by the measured
 * side's p95): one burst of someone else's load spoils a round, not the figure.
 */
export async function inRounds(k: number, once: (round: number) => Promise<{ a: Sampled; b: Sampled }> | { a: Sampled; b: Sampled }): Promise<{ a: Sampled; b: Sampled; rounds: number[] }> {
  const all: { a: Sampled; b: Sampled }[] = [];
  for (let r = 0; r < k; r++) all.push(await once(r));
  const sorted = [...all].sort((x, y) => x.a.p95 - y.a.p95);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)] as { a: Sampled; b: Sampled };
  return { ...mid, rounds: all.map((x) => x.a.p95) };
}
