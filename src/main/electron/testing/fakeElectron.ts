/**
 * A recording fake of the `electron` module for Node tests (boot.test.ts, windows.test.ts).
 * It is declared as an ElectronPort, so it has to fit the same port the real module is
 * type-checked against in src/main/index.ts. It behaves like Electron where the app relies
 * on it: `close()` emits a preventable 'close' and only then 'closed'; every new window's
 * web contents is announced through app 'web-contents-created'; message boxes stay open
 * until the test answers them.
 */
import { EventEmitter } from 'node:events';
import type * as E from 'electron';
import type { ContentsPort, DisplayPort, ElectronPort, InvokeEventPort, PreventableEvent, SessionPort, UtilityChildPort, WindowPort } from '../port';

type Rect = E.Rectangle;

export class FakeEvent implements PreventableEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeContents extends EventEmitter implements ContentsPort {
  openHandler: (() => { action: 'deny' }) | null = null;
  sent: { channel: string; args: unknown[] }[] = [];
  setWindowOpenHandler(handler: () => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  /** Would a navigation to this URL go ahead? */
  navigates(url: string): boolean {
    const e = new FakeEvent();
    this.emit('will-navigate', e, url);
    return !e.defaultPrevented;
  }
}

export interface MessageBox {
  window: WindowPort | null;
  options: E.MessageBoxOptions;
  answer(response: number): void;
  /** the native box could not be shown */
  fail(error: Error): void;
}

export class FakeUtilityChild extends EventEmitter implements UtilityChildPort {
  readonly stderr = new EventEmitter();
  posted: unknown[] = [];
  killed = false;
  constructor(private readonly reply: ((message: unknown) => unknown) | null) {
    super();
    setImmediate(() => this.emit('spawn'));
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
    const answer = this.reply?.(message);
    if (answer !== undefined) setImmediate(() => this.emit('message', answer));
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
}

export interface FakeElectronOptions {
  /** what requestSingleInstanceLock answers */
  lock?: boolean;
  displays?: DisplayPort[];
  paths: { userData: string; documents: string; appPath: string };
  locale?: string;
  /** the import worker's answer to a posted request (undefined: no answer) */
  worker?: (message: unknown) => unknown;
}

/** Build one fake (one app) per test. */
export function fakeElectron(opts: FakeElectronOptions) {
  const record = {
    quitCalls: 0,
    exitCodes: [] as number[],
    windows: [] as FakeWindow[],
    contents: [] as FakeContents[],
    handlers: new Map<string, (event: InvokeEventPort, payload: unknown) => Promise<unknown>>(),
    boxes: [] as MessageBox[],
    /** answers for the next save dialogs (null: cancelled) */
    savePaths: [] as (string | null)[],
    saveDialogs: [] as E.SaveDialogOptions[],
    forks: [] as { modulePath: string; args: string[]; options: E.ForkOptions; child: FakeUtilityChild }[],
    permissionRequest: null as ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
    /** URLs handed to the system browser (shell.openExternal) */
    external: [] as string[],
    requestFilter: null as ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null,
  };

  const appEmitter = new EventEmitter();
  const app = Object.assign(appEmitter, {
    requestSingleInstanceLock: () => opts.lock ?? true,
    quit: () => {
      record.quitCalls += 1;
      // like Electron: before-quit first; a handler may prevent it
      const e = new FakeEvent();
      appEmitter.emit('before-quit', e);
      if (!e.defaultPrevented) record.exitCodes.push(0);
    },
    exit: (code?: number) => {
      record.exitCodes.push(code ?? 0);
    },
    whenReady: () => Promise.resolve(),
    getPath: (name: Parameters<E.App['getPath']>[0]): string => {
      if (name === 'userData' || name === 'documents') return opts.paths[name];
      throw new Error(`the fake has no path for ${name}`);
    },
    getLocale: () => opts.locale ?? 'de-DE',
    getAppPath: () => opts.paths.appPath,
    getVersion: () => '0.1.0-test',
  });

  const screen = Object.assign(new EventEmitter(), {
    displays: opts.displays ?? [],
    getAllDisplays(): DisplayPort[] {
      return screen.displays;
    },
    getPrimaryDisplay(): DisplayPort {
      const d = screen.displays[0];
      if (!d) throw new Error('no display');
      return d;
    },
  });

  class FakeWindow extends EventEmitter implements WindowPort {
    readonly webContents = new FakeContents();
    bounds: Rect;
    fullScreen: boolean;
    destroyed = false;
    minimized = false;
    focused = 0;
    shown = false;
    loaded: { file?: string; hash?: string; url?: string } = {};
    constructor(public readonly options: E.BrowserWindowConstructorOptions) {
      super();
      this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
      this.fullScreen = options.fullscreen === true;
      record.windows.push(this);
      record.contents.push(this.webContents);
      appEmitter.emit('web-contents-created', new FakeEvent(), this.webContents);
    }
    static getAllWindows(): FakeWindow[] {
      return record.windows.filter((w) => !w.destroyed);
    }
    static getFocusedWindow(): FakeWindow | null {
      return FakeWindow.getAllWindows()[0] ?? null;
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => this.minimized;
    restore = () => {
      this.minimized = false;
    };
    focus = () => {
      this.focused += 1;
    };
    show = () => {
      this.shown = true;
    };
    showInactive = () => {
      this.shown = true;
    };
    /** Like Electron: 'close' can be prevented; only then does the window go ('closed'). */
    close = () => {
      if (this.destroyed) return;
      const e = new FakeEvent();
      this.emit('close', e);
      if (e.defaultPrevented) return;
      this.destroyed = true;
      this.emit('closed');
      if (FakeWindow.getAllWindows().length === 0) appEmitter.emit('window-all-closed');
    };
    getBounds = () => ({ ...this.bounds });
    getNormalBounds = () => ({ ...this.bounds });
    setBounds = (b: Partial<Rect>) => {
      this.bounds = { ...this.bounds, ...b };
    };
    isFullScreen = () => this.fullScreen;
    setFullScreen = (f: boolean) => {
      this.fullScreen = f;
    };
    loadFile = (file: string, o?: E.LoadFileOptions) => {
      this.loaded = { file, hash: o?.hash };
      return Promise.resolve();
    };
    loadURL = (url: string) => {
      this.loaded = { url };
      return Promise.resolve();
    };
  }

  function showMessageBox(a: FakeWindow | E.MessageBoxOptions, b?: E.MessageBoxOptions): Promise<E.MessageBoxReturnValue> {
    const window = a instanceof FakeWindow ? a : null;
    const options = a instanceof FakeWindow ? b! : (a as E.MessageBoxOptions);
    return new Promise((resolve, reject) =>
      record.boxes.push({ window, options, answer: (response) => resolve({ response, checkboxChecked: false }), fail: reject }),
    );
  }
  function showSaveDialog(a: FakeWindow | E.SaveDialogOptions, b?: E.SaveDialogOptions): Promise<E.SaveDialogReturnValue> {
    record.saveDialogs.push(a instanceof FakeWindow ? b! : (a as E.SaveDialogOptions));
    const next = record.savePaths.shift();
    return Promise.resolve(next ? { canceled: false, filePath: next } : { canceled: true, filePath: '' });
  }
  function showOpenDialog(): Promise<E.OpenDialogReturnValue> {
    return Promise.resolve({ canceled: true, filePaths: [] });
  }

  const defaultSession: SessionPort = {
    setPermissionRequestHandler: (h) => {
      record.permissionRequest = h;
    },
    setPermissionCheckHandler: () => {},
    setDevicePermissionHandler: () => {},
    webRequest: {
      onBeforeRequest: (l) => {
        record.requestFilter = l;
      },
      onHeadersReceived: () => {},
    },
  };

  const port: ElectronPort<FakeWindow> = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showMessageBox, showSaveDialog, showOpenDialog },
    ipcMain: {
      handle: (channel, listener) => {
        record.handlers.set(channel, listener);
      },
    },
    screen,
    session: { defaultSession },
    utilityProcess: {
      fork: (modulePath, args, options) => {
        const child = new FakeUtilityChild(opts.worker ?? null);
        record.forks.push({ modulePath, args, options, child });
        return child;
      },
    },
    shell: {
      openExternal: async (url) => {
        record.external.push(url);
      },
    },
  };
  return { port, record, app: appEmitter, screen, FakeWindow };
}

export type FakeElectron = ReturnType<typeof fakeElectron>;
export type FakeWindowOf<F extends FakeElectron> = InstanceType<F['FakeWindow']>;
