import { describe, expect, it } from 'vitest';
import { centredOn, displayOfRect, placeWindows, type DisplayInfo } from './displays';

const laptop: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1200 }, internal: true, primary: true };
const beamer: DisplayInfo = { id: 7, bounds: { x: 1920, y: 0, width: 1920, height: 1080 }, internal: false, primary: false };
const monitor: DisplayInfo = { id: 9, bounds: { x: -2560, y: 0, width: 2560, height: 1440 }, internal: false, primary: false };

describe('where the presenter console and the audience view go', () => {
  it('puts the console on the laptop and the audience view on the beamer', () => {
    expect(placeWindows([laptop, beamer], { swap: false })).toEqual({ presenter: laptop, audience: beamer });
    // the order Electron lists them in does not matter, nor which one is primary
    expect(placeWindows([beamer, { ...laptop, primary: false }], { swap: false })).toMatchObject({ presenter: { id: 1 }, audience: { id: 7 } });
  });

  it('swaps the two when asked', () => {
    expect(placeWindows([laptop, beamer], { swap: true })).toEqual({ presenter: beamer, audience: laptop });
  });

  it('uses one window on a single display, and nothing without displays', () => {
    expect(placeWindows([laptop], { swap: false })).toEqual({ presenter: laptop, audience: null });
    expect(placeWindows([laptop], { swap: true })).toEqual({ presenter: laptop, audience: null });
    expect(placeWindows([], { swap: false })).toBeNull();
  });

  it('without a built-in panel (desktop PC) keeps the console on the primary display', () => {
    const desk = { ...beamer, id: 3, internal: false, primary: true, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
    expect(placeWindows([beamer, desk], { swap: false })).toMatchObject({ presenter: { id: 3 }, audience: { id: 7 } });
  });

  it('with two external screens, the audience gets the larger one', () => {
    expect(placeWindows([laptop, beamer, monitor], { swap: false })).toMatchObject({ presenter: { id: 1 }, audience: { id: 9 } });
  });

  it('finds the display that holds most of a window and centres a window on a display', () => {
    expect(displayOfRect({ x: 1800, y: 100, width: 800, height: 600 }, [laptop, beamer])?.id).toBe(7);
    expect(displayOfRect({ x: 100, y: 100, width: 800, height: 600 }, [laptop, beamer])?.id).toBe(1);
    expect(displayOfRect({ x: 9000, y: 0, width: 10, height: 10 }, [laptop, beamer])).toBeNull();
    expect(centredOn(beamer, { width: 1440, height: 900 })).toEqual({ x: 1920 + 240, y: 90, width: 1440, height: 900 });
    expect(centredOn(beamer, { width: 4000, height: 3000 })).toEqual(beamer.bounds);
  });
});
