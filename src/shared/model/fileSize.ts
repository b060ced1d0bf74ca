/**
 * The largest workshop file the app opens, lists, restores or imports. A real workshop is
 * well under 5 MB; without a cap a 210 MB file took 1.2 GB of memory on every listing.
 */
export const MAX_WORKSHOP_BYTES = 50_000_000;

/** "210 MB" for messages (decimal megabytes, as file managers show them). */
export function megabytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1_000_000))} MB`;
}
