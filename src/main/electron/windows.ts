/** The workspace window (presenter console) and the audience window on a second display. */
import path from 'node:path';
import { centredOn, displayOfRect, placeWindows, type DisplayInfo } from './displays';
import type { ElectronPort, ScreenPort, WindowPort } from './port';
import { secureWebPreferences } from './security';

/** What the windows need of Electron. */
export type WindowsPort<W extends WindowPort> = Pick<ElectronPort<W>, 'BrowserWindow' | 'screen'>;

export interface WindowPaths {
  preload: string;
  rendererIndex: string;
  devUrl: string | undefined;
}

export function createMainWindow<W extends WindowPort>(
  electron: WindowsPort<W>,
  paths: WindowPaths,
  bounds: { x: number; y: number; width: number; height: number } | null,
): W {
  const { BrowserWindow, screen } = electron;
  const visible = bounds && screen.getAllDisplays().some((d) => {
    const a = d.workArea;
    return bounds.x < a.x + a.width && bounds.x + bounds.width > a.x && bounds.y < a.y + a.height && bounds.y + bounds.height > a.y;
  });
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    ...(visible && bounds ? bounds : {}),
    show: false,
    backgroundColor: '#ffffff',
    title: 'Touchpoint Cube',
    webPreferences: secureWebPreferences(paths.preload),
  });
  win.once('ready-to-show', () => win.show());
  if (paths.devUrl) void win.loadURL(paths.devUrl);
  else void win.loadFile(paths.rendererIndex);
  return win;
}

export function rendererRootOf(rendererIndex: string): string {
  return path.dirname(rendererIndex);
}

/** Electron's displays as the pure placement logic sees them. */
export function currentDisplays(screen: ScreenPort): DisplayInfo[] {
  const primary = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((d) => ({ id: d.id, bounds: { ...d.bounds }, internal: d.internal === true, primary: d.id === primary }));
}

export interface AudienceDeps<W extends WindowPort> {
  electron: WindowsPort<W>;
  paths: WindowPaths;
  /** the presenter console (main window), if open */
  presenter: () => W | null;
  swap: () => boolean;
  /** the audience window opened (true) or went away (false) */
  onOpenChange: (open: boolean) => void;
  /** the user closed the audience window themselves: presenting ends */
  onClosedByUser: () => void;
}

/**
 * Keeps the audience window where the placement says while presenting: opens it full-screen
 * on the beamer, closes it when the beamer is unplugged (the presenter window takes over),
 * opens it again when a display is plugged in.
 */
export class AudienceWindows<W extends WindowPort> {
  private win: W | null = null;
  private presenting = false;
  private readonly closedByUs = new WeakSet<W>();
  private readonly sync = () => this.update();

  constructor(private readonly deps: AudienceDeps<W>) {
    const { screen } = deps.electron;
    screen.on('display-added', this.sync);
    screen.on('display-removed', this.sync);
    screen.on('display-metrics-changed', this.sync);
  }

  /** The audience window, while it is open (the quit guard leaves it alone). */
  get window(): W | null {
    return this.open ? this.win : null;
  }

  get open(): boolean {
    return this.win !== null && !this.win.isDestroyed();
  }

  setPresenting(presenting: boolean): void {
    if (presenting === this.presenting) return;
    this.presenting = presenting;
    this.update();
  }

  /** Recompute the placement (after a display change, the swap preference, or presenting). */
  update(): void {
    const displays = currentDisplays(this.deps.electron.screen);
    const placement = this.presenting ? placeWindows(displays, { swap: this.deps.swap() }) : null;
    const target = placement?.audience ?? null;
    if (!placement || !target) {
      this.close();
      return;
    }
    const presenter = this.deps.presenter();
    if (presenter && !presenter.isDestroyed()) {
      if (presenter.isFullScreen()) presenter.setFullScreen(false);
      const on = displayOfRect(presenter.getBounds(), displays);
      if (!on || on.id !== placement.presenter.id) presenter.setBounds(centredOn(placement.presenter, presenter.getBounds()));
    }
    if (this.win && !this.win.isDestroyed()) {
      const on = displayOfRect(this.win.getBounds(), displays);
      if (on?.id !== target.id) {
        this.win.setFullScreen(false);
        this.win.setBounds(target.bounds);
        this.win.setFullScreen(true);
      }
      return;
    }
    this.win = this.create(target);
    this.deps.onOpenChange(true);
  }

  close(): void {
    const w = this.win;
    this.win = null;
    if (!w || w.isDestroyed()) return;
    this.closedByUs.add(w);
    w.close();
    this.deps.onOpenChange(false);
  }

  dispose(): void {
    const { screen } = this.deps.electron;
    screen.removeListener('display-added', this.sync);
    screen.removeListener('display-removed', this.sync);
    screen.removeListener('display-metrics-changed', this.sync);
    this.presenting = false;
    this.close();
  }

  private create(target: DisplayInfo): W {
    const { paths } = this.deps;
    const win = new this.deps.electron.BrowserWindow({
      ...target.bounds,
      fullscreen: true,
      frame: false,
      show: false,
      backgroundColor: '#000000',
      title: 'Touchpoint Cube',
      webPreferences: secureWebPreferences(paths.preload),
    });
    win.once('ready-to-show', () => win.showInactive()); // the keyboard stays with the presenter console
    win.on('closed', () => {
      if (this.closedByUs.has(win)) return;
      if (this.win === win) this.win = null;
      this.deps.onOpenChange(false);
      this.deps.onClosedByUser();
    });
    if (paths.devUrl) void win.loadURL(`${paths.devUrl}#audience`);
    else void win.loadFile(paths.rendererIndex, { hash: 'audience' });
    return win;
  }
}
