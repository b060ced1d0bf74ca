/**
 * Where the two windows of the room go (pure: no Electron here, the wiring is in windows.ts).
 * The presenter console stays on the laptop's own screen, the audience view goes full-screen
 * on the beamer; "swap" exchanges them (e.g. when the laptop is closed and the console runs
 * on an external monitor at the lectern). One display: one window, no audience window.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of Electron's `Display` this decision needs. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  /** the laptop's built-in panel */
  internal: boolean;
  primary: boolean;
}

export interface Placement {
  presenter: DisplayInfo;
  /** null: one display only, the audience view runs in the presenter's window (full-screen) */
  audience: DisplayInfo | null;
}

const area = (d: DisplayInfo) => d.bounds.width * d.bounds.height;

/** The screen the facilitator looks at: the one built-in panel, else the primary display, else the first. */
function homeDisplay(displays: readonly DisplayInfo[]): DisplayInfo | undefined {
  const internal = displays.filter((d) => d.internal);
  if (internal.length === 1) return internal[0];
  return displays.find((d) => d.primary) ?? displays[0];
}

export function placeWindows(displays: readonly DisplayInfo[], prefs: { swap: boolean }): Placement | null {
  const home = homeDisplay(displays);
  if (!home) return null;
  // the beamer: an external display before another built-in one, then the largest, then the lowest id (stable)
  const others = displays
    .filter((d) => d.id !== home.id)
    .sort((a, b) => Number(a.internal) - Number(b.internal) || area(b) - area(a) || a.id - b.id);
  const beamer = others[0];
  if (!beamer) return { presenter: home, audience: null };
  return prefs.swap ? { presenter: beamer, audience: home } : { presenter: home, audience: beamer };
}

/** The display that holds most of a window (for moving the console off the beamer). */
export function displayOfRect(rect: Rect, displays: readonly DisplayInfo[]): DisplayInfo | null {
  let best: DisplayInfo | null = null;
  let bestArea = 0;
  for (const d of displays) {
    const w = Math.min(rect.x + rect.width, d.bounds.x + d.bounds.width) - Math.max(rect.x, d.bounds.x);
    const h = Math.min(rect.y + rect.height, d.bounds.y + d.bounds.height) - Math.max(rect.y, d.bounds.y);
    if (w > 0 && h > 0 && w * h > bestArea) {
      best = d;
      bestArea = w * h;
    }
  }
  return best;
}

/** A window of this size centred on a display (shrunk to fit it). */
export function centredOn(d: DisplayInfo, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, d.bounds.width);
  const height = Math.min(size.height, d.bounds.height);
  return {
    x: Math.round(d.bounds.x + (d.bounds.width - width) / 2),
    y: Math.round(d.bounds.y + (d.bounds.height - height) / 2),
    width,
    height,
  };
}
