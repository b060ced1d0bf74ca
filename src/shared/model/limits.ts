/**
 * The limits of a workshop, in one table. The schema (schema.ts) uses them to say what a
 * file may contain; the commands use them to refuse an add, import or create at a cap
 * with a message, before the document could become one the app refuses to open.
 * docs/file-format.md lists them; the Setup and board views show them before a cap is hit.
 */

const DAY_MS = 24 * 3600_000;

export const LIMITS = {
  /** records per workshop */
  departments: 50,
  participants: 100,
  phasesMin: 2,
  phasesMax: 8,
  touchpoints: 5000,
  snapshots: 100,
  measures: 2000,
  agendaSteps: 50,
  /** touchpoints one measure may point to */
  measureTouchpoints: 2000,
  /** anonymous room-mode answers kept per touchpoint (ADR 0004) */
  anonymousPerTouchpoint: 1000,

  /** characters of a text field */
  text: {
    workshopTitle: 200,
    client: 200,
    venue: 200,
    goal: 2000,
    brandPromise: 2000,
    name: 100,
    role: 100,
    faceDescription: 500,
    touchpointTitle: 300,
    description: 4000,
    measureTitle: 300,
    effect: 2000,
    stepTitle: 200,
    notes: 4000,
    /** ISO timestamps (createdAt) */
    timestamp: 40,
  },

  /** the method's numbers */
  dotsPerParticipant: { min: 1, max: 20 },
  weight: { min: 1, max: 5 },
  /** dots of one participant on one touchpoint */
  votesPerCell: 20,
  /** dots counted for the whole room on one touchpoint */
  roomVotes: 10_000,

  /** agenda and room clock */
  stepMinutes: { min: 1, max: 600 },
  extraMinutes: 600,
  addMinutes: 120,
  /** a clock reading a command carries: ms since 1970, up to the end of year 9999 */
  now: { min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) },
  /** time on the timer and booked per step saturates here (a year), it never overflows */
  elapsedMs: 366 * DAY_MS,

  /**
   * Board order: a command carries orders within ±order; beyond it, or when the gap between
   * neighbours gets too small, the cards of a phase are renumbered 1, 2, 3 … (board/order.ts).
   */
  order: 1e9,
  orderMinGap: 1e-6,
} as const;

/** Sum of two durations, saturated at the cap: repeated timer runs never reach Infinity. */
export function addDuration(a: number, b: number): number {
  const sum = a + b;
  return Number.isFinite(sum) ? Math.min(LIMITS.elapsedMs, Math.max(0, sum)) : LIMITS.elapsedMs;
}
