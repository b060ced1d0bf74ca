/** The Electron wiring of the two windows, with a fake `screen` and `BrowserWindow`. */
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it } from 'vitest';

import { AudienceWindows } from './windows';
import { fakeElectron, type FakeElectron } from './testing/fakeElectron';

const display = (id: number, bounds: { x: number; y: number; width: number; height: number }, internal: boolean) => ({ id, bounds, workArea: bounds, internal });
const laptop = display(1, { x: 0, y: 0, width: 1920, height: 1200 }, true);
const beamer = display(7, { x: 1920, y: 0, width: 1920, height: 1080 }, false);

let fake: FakeElectron;
let screen: EventEmitter;

function setup(opts: { swap?: boolean } = {}) {
  const presenter = new fake.FakeWindow({ x: 100, y: 100, width: 1440, height: 900 });
  const events: string[] = [];
  const ctl = new AudienceWindows({
    electron: fake.port,
    paths: { preload: '/app/preload.cjs', rendererIndex: '/app/renderer/index.html', devUrl: undefined },
    presenter: () => presenter,
    swap: () => opts.swap ?? false,
    onOpenChange: (open) => events.push(open ? 'open' : 'gone'),
    onClosedByUser: () => events.push('closed-by-user'),
  });
  const audience = () => fake.record.windows.filter((w) => w !== presenter && !w.destroyed);
  return { ctl, presenter, events, audience };
}

beforeEach(() => {
  fake = fakeElectron({ displays: [laptop, beamer], paths: { userData: '/nowhere', documents: '/nowhere', appPath: '/nowhere' } });
  screen = fake.screen;
});

describe('audience window wiring', () => {
  it('opens the audience view full-screen on the beamer, secure, at index.html#audience, when presenting starts', () => {
    const { ctl, events, audience } = setup();
    expect(audience()).toHaveLength(0);
    ctl.setPresenting(true);
    const [w] = audience();
    expect(w).toBeDefined();
    expect(w!.bounds).toEqual(beamer.bounds);
    expect(w!.fullScreen).toBe(true);
    expect(w!.loaded).toEqual({ file: '/app/renderer/index.html', hash: 'audience' });
    expect(w!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, preload: '/app/preload.cjs' });
    expect(events).toEqual(['open']);
  });

  it('keeps the console on the laptop (moves it there if it sat on the beamer)', () => {
    const { ctl, presenter } = setup();
    presenter.setBounds({ x: 2000, y: 50, width: 1440, height: 900 });
    ctl.setPresenting(true);
    expect(presenter.bounds).toEqual({ x: 240, y: 150, width: 1440, height: 900 });
  });

  it('with swap, puts the audience view on the laptop and the console on the external screen', () => {
    const { ctl, presenter, audience } = setup({ swap: true });
    ctl.setPresenting(true);
    expect(audience()[0]!.bounds).toEqual(laptop.bounds);
    expect(presenter.bounds.x).toBeGreaterThanOrEqual(1920);
  });

  it('stays one window on a single display', () => {
    fake.screen.displays = [laptop];
    const { ctl, events, audience } = setup();
    ctl.setPresenting(true);
    expect(audience()).toHaveLength(0);
    expect(events).toEqual([]);
  });

  it('falls back to one window when the beamer is unplugged and re-opens when it comes back', () => {
    const { ctl, events, audience } = setup();
    ctl.setPresenting(true);
    expect(audience()).toHaveLength(1);
    fake.screen.displays = [laptop];
    screen.emit('display-removed', {}, beamer);
    expect(audience()).toHaveLength(0);
    expect(events).toEqual(['open', 'gone']); // not "closed by user": presenting goes on in the console window
    fake.screen.displays = [laptop, beamer];
    screen.emit('display-added', {}, beamer);
    expect(audience()).toHaveLength(1);
    expect(audience()[0]!.bounds).toEqual(beamer.bounds);
    expect(events).toEqual(['open', 'gone', 'open']);
  });

  it('does not open anything on plug-in while not presenting, and closes the window when presenting stops', () => {
    const { ctl, events, audience } = setup();
    screen.emit('display-added', {}, beamer);
    expect(audience()).toHaveLength(0);
    ctl.setPresenting(true);
    ctl.setPresenting(false);
    expect(audience()).toHaveLength(0);
    expect(events).toEqual(['open', 'gone']);
  });

  it('ends presenting when the user closes the audience window', () => {
    const { ctl, events, audience } = setup();
    ctl.setPresenting(true);
    audience()[0]!.close();
    expect(events).toEqual(['open', 'gone', 'closed-by-user']);
    expect(ctl.open).toBe(false);
  });

  it('follows a changed swap preference and stops listening after dispose', () => {
    let swap = false;
    const presenter = new fake.FakeWindow({ x: 100, y: 100, width: 1440, height: 900 });
    const ctl = new AudienceWindows({
      electron: fake.port,
      paths: { preload: '/p.cjs', rendererIndex: '/r/index.html', devUrl: 'http://localhost:5173/' },
      presenter: () => presenter,
      swap: () => swap,
      onOpenChange: () => {},
      onClosedByUser: () => {},
    });
    ctl.setPresenting(true);
    const w = fake.record.windows.find((x) => x !== presenter && !x.destroyed)!;
    expect(w.loaded).toEqual({ url: 'http://localhost:5173/#audience' });
    swap = true;
    ctl.update();
    expect(w.bounds).toEqual(laptop.bounds);
    expect(w.fullScreen).toBe(true);
    ctl.dispose();
    expect(screen.listenerCount('display-added')).toBe(0);
    expect(w.destroyed).toBe(true);
  });
});
