/**
 * Electron hands a window's `ipcRenderer.invoke` calls to main in the order the window made
 * them (one ordered message pipe). The harness carries each call as its own HTTP request,
 * and two requests on two connections can arrive the other way round: CI saw the second
 * of two quick arrow keys in the side panel land first, so the first one won. The bridge
 * numbers each page's calls; this gate hands them to main in that order.
 *
 * A call that never arrives (a request the browser dropped) must not stop the page: after
 * `gapMs` the gate gives up waiting for it and goes on.
 */
export interface OrderGate {
  /** Wait for this call's turn: resolves once every earlier call of the page has been handed on. */
  turn(page: string, seq: number): Promise<void>;
  /** This call has been handed to main; the next one may go. */
  done(page: string, seq: number): void;
}

/** `<page id>:<number>`, as the bridge writes it; anything else is not ordered */
export function parseOrder(header: string | string[] | undefined): { page: string; seq: number } | null {
  if (typeof header !== 'string') return null;
  const m = /^([0-9a-f-]{8,64}):([1-9][0-9]{0,14})$/.exec(header);
  return m ? { page: m[1]!, seq: Number(m[2]) } : null;
}

export function createOrderGate(gapMs = 5000, maxPages = 64): OrderGate {
  const pages = new Map<string, { next: number; waiting: Map<number, () => void> }>();

  function pageOf(id: string) {
    const p = pages.get(id) ?? { next: 1, waiting: new Map<number, () => void>() };
    // most recently used last: a page per test, and a reload is a new page; the one forgotten
    // is the one idle longest, never a page still at work
    pages.delete(id);
    pages.set(id, p);
    if (pages.size > maxPages) pages.delete(pages.keys().next().value!);
    return p;
  }

  function wake(p: { next: number; waiting: Map<number, () => void> }) {
    const go = p.waiting.get(p.next);
    if (go) {
      p.waiting.delete(p.next);
      go();
    }
  }

  return {
    turn(id, seq) {
      const p = pageOf(id);
      if (seq <= p.next) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          // the calls before it never came: skip them
          p.waiting.delete(seq);
          if (p.next < seq) p.next = seq;
          resolve();
        }, gapMs);
        timer.unref?.();
        p.waiting.set(seq, () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    done(id, seq) {
      const p = pageOf(id);
      if (seq + 1 > p.next) p.next = seq + 1;
      wake(p);
    },
  };
}
