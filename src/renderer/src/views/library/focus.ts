/** Focus and window helpers of the library screen (DOM only, no state). */

/**
 * Call `again` whenever the user comes back to the window (from the file manager, after copying
 * a workshop from a USB stick), so the listing shows what appeared meanwhile. Returns the cleanup.
 */
export function whenBack(again: () => void): () => void {
  const back = () => {
    if (document.visibilityState === 'visible') again();
  };
  window.addEventListener('focus', back);
  document.addEventListener('visibilitychange', back);
  return () => {
    window.removeEventListener('focus', back);
    document.removeEventListener('visibilitychange', back);
  };
}

/** Put the cursor on a listed workshop's title, but only when it is nowhere else: focus never moves away from where the user types. */
export function focusItemTitle(path: string): void {
  if (document.activeElement && document.activeElement !== document.body) return;
  document.querySelector<HTMLElement>(`[data-item="${CSS.escape(path)}"] .title`)?.focus();
}
