/* global window, document, requestAnimationFrame, MutationObserver */
/**
 * In-page helpers of the renderer benchmarks, evaluated into the page by playwright
 * (not a <script>: the app's CSP forbids inline scripts, the debugger protocol does not
 * need one). Times are taken in the page with performance.now(), so the round trips of
 * the automation protocol never count.
 */
(() => {
  if (window.__bench) return;
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));

  /** Resolves with performance.now() when `test()` is truthy (checked on every DOM change). */
  function when(test, timeoutMs) {
    return new Promise((resolve, reject) => {
      const hit = test();
      if (hit) return resolve(performance.now());
      const obs = new MutationObserver(() => {
        if (test()) {
          obs.disconnect();
          clearTimeout(timer);
          resolve(performance.now());
        }
      });
      obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(() => {
        obs.disconnect();
        reject(new Error('timeout'));
      }, timeoutMs);
    });
  }

  /** Click `el` and measure until the board root carries data-ready and the next frame is drawn. */
  async function clickUntilReady(el, timeoutMs) {
    const t0 = performance.now();
    el.click();
    await when(() => document.querySelector('[data-ready]'), timeoutMs);
    const t1 = await nextFrame();
    return t1 - t0;
  }

  /** Timestamps of every animation frame until stop() is called. */
  function recordFrames() {
    const stamps = [];
    let on = true;
    const loop = (t) => {
      stamps.push(t);
      if (on) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    return {
      stop() {
        on = false;
        const deltas = [];
        for (let i = 1; i < stamps.length; i++) deltas.push(stamps[i] - stamps[i - 1]);
        return deltas;
      },
    };
  }

  /** The board's outline (its accessible DOM twin), or the board root. */
  const outline = () => document.querySelector('[data-ready] ul.outline') || document.querySelector('[data-ready]');

  function inOutline(text) {
    const root = outline();
    if (!root) return false;
    for (const n of root.querySelectorAll('li[data-id] .title, li[data-id]')) if (n.textContent && n.textContent.includes(text)) return true;
    return false;
  }

  /**
   * Arm a listener: the next Enter keydown is t0; t1 is when an element holding `title`
   * is added to the outline. Only the added nodes are looked at, so watching costs the
   * page nothing even with thousands of cards.
   */
  function armCapture(title, timeoutMs) {
    let t0 = 0;
    const onKey = (e) => {
      if (e.key === 'Enter' && !t0) t0 = performance.now();
    };
    window.addEventListener('keydown', onKey, true);
    window.__benchCapture = new Promise((resolve, reject) => {
      const done = (fn) => {
        obs.disconnect();
        clearTimeout(timer);
        window.removeEventListener('keydown', onKey, true);
        fn();
      };
      const obs = new MutationObserver((records) => {
        if (!t0) return;
        for (const r of records) {
          const nodes = r.type === 'characterData' ? [r.target.parentElement] : r.addedNodes;
          for (const n of nodes) {
            if (!n || !n.textContent || !n.textContent.includes(title)) continue;
            const el = n.nodeType === 1 ? n : n.parentElement;
            if (el && el.closest && el.closest('ul.outline')) {
              const t1 = performance.now();
              return done(() => resolve(t1 - t0));
            }
          }
        }
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      const timer = setTimeout(() => done(() => reject(new Error('timeout'))), timeoutMs);
    });
  }

  window.__bench = { when, nextFrame, clickUntilReady, recordFrames, inOutline, armCapture };
})();
