/**
 * The part of the `electron` module the app uses, as one typed port. The composition root
 * (boot.ts) and the adapters take it as a parameter instead of importing 'electron', so a
 * recording fake can stand in for it in Node tests.
 *
 * Why this is checked against Electron's own types both ways:
 * - index.ts passes the real module's objects to boot(), so `tsc -p tsconfig.node.json`
 *   fails if Electron's types stop fitting the port (a renamed method, another event signature);
 * - the fake in boot.test.ts is declared as an ElectronPort, so it must fit the same port.
 * Members are taken from Electron's types where that is possible (Pick, parameter and return
 * types); event subscriptions are written out (Electron's `on` returns `this`, which a Pick
 * would turn into the whole App class), with Electron's overloads as the source of truth.
 */
import type * as E from 'electron';

export interface PreventableEvent {
  preventDefault(): void;
}

/** What the app reads of a frame (the sender check). */
export interface FramePort {
  readonly url: string;
  readonly parent: object | null;
}

export interface ContentsPort {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

export interface WindowPort
  extends Pick<
    E.BrowserWindow,
    | 'isDestroyed'
    | 'isMinimized'
    | 'restore'
    | 'focus'
    | 'show'
    | 'showInactive'
    | 'close'
    | 'getBounds'
    | 'setBounds'
    | 'getNormalBounds'
    | 'isFullScreen'
    | 'setFullScreen'
    | 'loadFile'
    | 'loadURL'
  > {
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
}

export interface WindowClassPort<W extends WindowPort> {
  new (options: E.BrowserWindowConstructorOptions): W;
  getAllWindows(): W[];
  getFocusedWindow(): W | null;
}

export interface AppPort extends Pick<E.App, 'requestSingleInstanceLock' | 'quit' | 'exit' | 'whenReady' | 'getPath' | 'getLocale' | 'getAppPath' | 'getVersion'> {
  on(event: 'web-contents-created', listener: (event: PreventableEvent, contents: ContentsPort) => void): unknown;
  on(event: 'second-instance', listener: (event: PreventableEvent, argv: string[], workingDirectory: string) => void): unknown;
  on(event: 'activate', listener: () => void): unknown;
  on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
}

export type DisplayPort = Pick<E.Display, 'id' | 'bounds' | 'workArea' | 'internal'>;

export interface ScreenPort {
  getAllDisplays(): DisplayPort[];
  getPrimaryDisplay(): DisplayPort;
  on(event: 'display-added', listener: () => void): unknown;
  on(event: 'display-removed', listener: () => void): unknown;
  on(event: 'display-metrics-changed', listener: () => void): unknown;
  removeListener(event: 'display-added', listener: () => void): unknown;
  removeListener(event: 'display-removed', listener: () => void): unknown;
  removeListener(event: 'display-metrics-changed', listener: () => void): unknown;
}

export interface DialogPort<W extends WindowPort> {
  showOpenDialog(window: W, options: E.OpenDialogOptions): Promise<E.OpenDialogReturnValue>;
  showOpenDialog(options: E.OpenDialogOptions): Promise<E.OpenDialogReturnValue>;
  showSaveDialog(window: W, options: E.SaveDialogOptions): Promise<E.SaveDialogReturnValue>;
  showSaveDialog(options: E.SaveDialogOptions): Promise<E.SaveDialogReturnValue>;
  showMessageBox(window: W, options: E.MessageBoxOptions): Promise<E.MessageBoxReturnValue>;
  showMessageBox(options: E.MessageBoxOptions): Promise<E.MessageBoxReturnValue>;
}

export interface InvokeEventPort {
  readonly senderFrame: FramePort | null;
}

export interface IpcMainPort {
  handle(channel: string, listener: (event: InvokeEventPort, payload: unknown) => Promise<unknown>): void;
}

export interface SessionPort {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  readonly webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

/** The import worker's process, as importProcess.ts drives it. */
export interface UtilityChildPort {
  readonly stderr: { on(event: 'data', listener: (chunk: Buffer | string) => void): unknown } | null;
  postMessage(message: unknown): void;
  kill(): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  once(event: 'spawn', listener: () => void): unknown;
}

export interface UtilityProcessPort {
  fork(modulePath: string, args: string[], options: E.ForkOptions): UtilityChildPort;
}

/** "Test on this laptop" (room mode): the join page on loopback in the system browser. */
export type ShellPort = Pick<E.Shell, 'openExternal'>;

export interface ElectronPort<W extends WindowPort = WindowPort> {
  app: AppPort;
  BrowserWindow: WindowClassPort<W>;
  dialog: DialogPort<W>;
  ipcMain: IpcMainPort;
  screen: ScreenPort;
  session: { readonly defaultSession: SessionPort };
  utilityProcess: UtilityProcessPort;
  shell: ShellPort;
}
