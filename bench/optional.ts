/**
 * Features other issues are still building: load their module at run time and report
 * "not available yet" instead of failing when it is not there.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Loaded {
  path: string;
  module: Record<string, unknown>;
}

/** The first of `candidates` (paths relative to bench/) that exists and loads. */
export async function loadOptional(candidates: readonly string[]): Promise<Loaded | null> {
  for (const rel of candidates) {
    const url = new URL(rel, import.meta.url);
    if (!existsSync(fileURLToPath(url))) continue;
    try {
      return { path: rel, module: (await import(url.href)) as Record<string, unknown> };
    } catch (e) {
      process.stderr.write(`bench: ${rel} exists but does not load: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  return null;
}
