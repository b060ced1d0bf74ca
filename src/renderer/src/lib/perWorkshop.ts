/**
 * Session state of the views (selection, zoom, the active row …), one object per open
 * workshop: two workshops never share a cursor, and a closed workshop's state is dropped
 * (`releaseWorkshop`, called by the app state when main says the workshop closed).
 * Never saved: what belongs in the file is in the document.
 */

/** every family of per-workshop state, so one release reaches them all */
const families = new Set<Map<string, unknown>>();

export interface PerWorkshop<T> {
  /** the state of this workshop, made on first use */
  of(docId: string): T;
  /** how many workshops have state here (for tests) */
  readonly size: number;
}

export function perWorkshop<T>(make: () => T): PerWorkshop<T> {
  // a plain cache of state objects, not itself reactive state
  const states = new Map<string, T>();
  families.add(states);
  return {
    of(docId) {
      let s = states.get(docId);
      if (s === undefined) {
        s = make();
        states.set(docId, s);
      }
      return s;
    },
    get size() {
      return states.size;
    },
  };
}

/** Drop every view's state of a workshop that closed. */
export function releaseWorkshop(docId: string): void {
  for (const states of families) states.delete(docId);
}
