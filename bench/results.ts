/**
 * Result rows of `npm run bench`, the bars of docs/quality.md, the printed table and
 * bench/results.json. A row is either a measurement (value, baseline, ratio) or says why
 * the figure is not available in this build ("not available yet").
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { round } from './stats';

export type Unit = 'ms' | 'MB';

export interface Bar {
  id: string;
  what: string;
  /** the value must be ≤ this (at the design size of 500 touchpoints) */
  max: number;
  unit: Unit;
}

/** docs/design/quality.md, "Performance". */
export const BARS: Record<string, Bar> = {
  P1: { id: 'P1', what: 'open workshop → board interactive', max: 600, unit: 'ms' },
  P2: { id: 'P2', what: 'drag a card, frame time p95 (1920×1080)', max: 16.7, unit: 'ms' },
  P3: { id: 'P3', what: 'key press (N + title + Enter) → card in the outline, p95', max: 50, unit: 'ms' },
  P4: { id: 'P4', what: 'durable save of a change (fsync) p95', max: 30, unit: 'ms' },
  'P4-debounce': { id: 'P4-debounce', what: 'autosave debounce window', max: 300, unit: 'ms' },
  'P4-latency': { id: 'P4-latency', what: 'change → durable on disk (debounce + save), p95', max: 330, unit: 'ms' },
  P5: { id: 'P5', what: 'Excel export, warm, median', max: 250, unit: 'ms' },
  P6: { id: 'P6', what: 'renderer heap after a scripted session of work', max: 150, unit: 'MB' },
  'P7-time': { id: 'P7-time', what: 'hostile import rejected: time', max: 2000, unit: 'ms' },
  'P7-memory': { id: 'P7-memory', what: 'hostile import rejected: peak memory of the isolated process', max: 256, unit: 'MB' },
  P8: { id: 'P8', what: 'cube + metrics recomputed after one rating, p95', max: 5, unit: 'ms' },
  R1: { id: 'R1', what: 'room mode: phone tap → presenter progress p95 (bar at 30 phones; main-process side)', max: 100, unit: 'ms' },
};

export interface Row {
  id: string;
  /** which variant of the figure, e.g. "zip bomb" or "1 M rows CSV" */
  case?: string;
  size: number | null;
  value: number | null;
  unit: Unit;
  /** p95, median, max, single */
  stat: string;
  baseline: number | null;
  baselineWhat: string;
  ratio: number | null;
  bar: number | null;
  /** null when there is no value, or no bar */
  met: boolean | null;
  status: 'ok' | 'not available yet' | 'failed';
  note?: string;
}

export class Results {
  readonly rows: Row[] = [];

  add(r: { id: string; case?: string; size: number | null; value: number; stat: string; baseline: number | null; baselineWhat: string; note?: string; unit?: Unit }): Row {
    const bar = BARS[r.id];
    const row: Row = {
      id: r.id,
      ...(r.case ? { case: r.case } : {}),
      size: r.size,
      value: round(r.value),
      unit: r.unit ?? bar?.unit ?? 'ms',
      stat: r.stat,
      baseline: r.baseline === null ? null : round(r.baseline),
      baselineWhat: r.baselineWhat,
      ratio: r.baseline && r.baseline > 0 ? round(r.value / r.baseline) : null,
      bar: bar?.max ?? null,
      met: bar ? r.value <= bar.max : null,
      status: 'ok',
      ...(r.note ? { note: r.note } : {}),
    };
    this.rows.push(row);
    return row;
  }

  missing(id: string, size: number | null, status: 'not available yet' | 'failed', note: string, extra: { case?: string } = {}): Row {
    const bar = BARS[id];
    const row: Row = {
      id,
      ...(extra.case ? { case: extra.case } : {}),
      size,
      value: null,
      unit: bar?.unit ?? 'ms',
      stat: '',
      baseline: null,
      baselineWhat: '',
      ratio: null,
      bar: bar?.max ?? null,
      met: null,
      status,
      note,
    };
    this.rows.push(row);
    return row;
  }

  table(): string {
    const head = ['id', 'case', 'size', 'value', 'baseline', 'ratio', 'bar', 'met', 'note'];
    const lines = this.rows.map((r) => [
      r.id,
      r.case ?? '',
      r.size === null ? '' : String(r.size),
      r.value === null ? r.status : `${r.value} ${r.unit} (${r.stat})`,
      r.baseline === null ? '—' : `${r.baseline} ${r.unit}`,
      r.ratio === null ? '—' : `${r.ratio}×`,
      r.bar === null ? '—' : `≤ ${r.bar} ${r.unit}`,
      r.met === null ? '' : r.met ? 'yes' : 'NO',
      r.value === null ? (r.note ?? '') : [r.baselineWhat ? `baseline: ${r.baselineWhat}` : '', r.note ?? ''].filter(Boolean).join('; '),
    ]);
    const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length))));
    const fmt = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join(' | ');
    return [fmt(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(fmt)].join('\n');
  }

  /** The same rows as a Markdown table (docs/quality.md). */
  markdown(): string {
    const esc = (s: string) => s.replace(/\|/g, '\\|');
    const out = ['| id | case | size | value | baseline (same run) | ratio | bar | met |', '|---|---|---|---|---|---|---|---|'];
    for (const r of this.rows) {
      out.push(
        `| ${r.id} | ${esc(r.case ?? '')} | ${r.size ?? ''} | ${r.value === null ? `*${r.status}*` : `${r.value} ${r.unit} (${r.stat})`} | ${
          r.baseline === null ? '—' : `${r.baseline} ${r.unit}: ${esc(r.baselineWhat)}`
        } | ${r.ratio === null ? '—' : `${r.ratio}×`} | ${r.bar === null ? '—' : `≤ ${r.bar} ${r.unit}`} | ${r.met === null ? '' : r.met ? 'yes' : '**no**'} |`,
      );
    }
    return out.join('\n');
  }

  async write(file: string, meta: Record<string, unknown>): Promise<void> {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, `${JSON.stringify({ ...meta, rows: this.rows }, null, 1)}\n`, 'utf8');
  }
}

/** How a figure grows from the smallest to the largest size, relative to the touchpoints (1 = linear). */
export function growth(rows: readonly Row[], id: string, kase?: string): { from: number; to: number; factor: number; sizeFactor: number } | null {
  const own = rows.filter((r) => r.id === id && r.case === kase && r.value !== null && r.size !== null).sort((a, b) => (a.size ?? 0) - (b.size ?? 0));
  const first = own[0];
  const last = own[own.length - 1];
  if (!first || !last || first === last || !first.value || last.value === null) return null;
  return { from: first.size ?? 0, to: last.size ?? 0, factor: round(last.value / first.value), sizeFactor: round((last.size ?? 0) / (first.size ?? 1)) };
}
