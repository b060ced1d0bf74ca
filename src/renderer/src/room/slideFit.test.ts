import { describe, expect, it } from 'vitest';
import { slideFit } from './slideFit';

describe('slideFit', () => {
  it('keeps a 1920×1080 beamer at its own size when the content fits', () => {
    const f = slideFit({ width: 1920, height: 1080 }, 0);
    expect(f).toMatchObject({ width: 1920, height: 1080, scale: 1, x: 0 });
  });

  it('lays a 1024×768 projector out at 1280 px and scales it down to 80 %', () => {
    const f = slideFit({ width: 1024, height: 768 }, 0);
    expect(f.width).toBe(1280);
    expect(f.scale).toBeCloseTo(0.8);
    expect(f.height).toBeCloseTo(960);
    expect(f.width * f.scale).toBeCloseTo(1024);
    expect(f.height * f.scale).toBeCloseTo(768);
  });

  it('scales a tall step down until all of it is on the screen, centred', () => {
    const f = slideFit({ width: 1280, height: 800 }, 1000);
    expect(f.height).toBe(1000);
    expect(f.scale).toBeCloseTo(0.8);
    expect(f.height * f.scale).toBeCloseTo(800);
    expect(f.x).toBeCloseTo((1280 - 1280 * 0.8) / 2);
  });
});
