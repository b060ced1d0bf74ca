/** docs/design/quality.md S1–S3: locked-down windows, no navigation, no popups, no permissions, no network. */
import type { BrowserWindowConstructorOptions, Session, WebContents, WebFrameMain } from 'electron';

export function secureWebPreferences(preload: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/** Is this URL one of the app's own pages? (file:// renderer, or the dev server in development) */
export function isAppUrl(url: string, rendererRoot: string, devUrl: string | undefined): boolean {
  if (devUrl && url.startsWith(devUrl)) return true;
  if (!url.startsWith('file://')) return false;
  try {
    // on Windows the path reads /C:/...; compare without the leading slash there
    const p = decodeURIComponent(new URL(url).pathname).replace(/^\/([A-Za-z]:)/, '$1');
    const root = rendererRoot.replace(/\\/g, '/').replace(/\/+$/, '');
    return p === root || p.startsWith(`${root}/`);
  } catch {
    return false;
  }
}

/** S4: IPC requests are answered only for the main frame of an app page. */
export function isTrustedSender(frame: WebFrameMain | null | undefined, rendererRoot: string, devUrl: string | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, rendererRoot, devUrl);
}

export function hardenContents(contents: WebContents, rendererRoot: string, devUrl: string | undefined): void {
  contents.on('will-navigate', (e, url) => {
    if (!isAppUrl(url, rendererRoot, devUrl)) e.preventDefault();
  });
  contents.on('will-redirect', (e) => e.preventDefault());
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(ses: Session, devUrl: string | undefined): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // No network at all: only the app's own files (and the dev server while developing).
  ses.webRequest.onBeforeRequest((details, callback) => {
    const u = details.url;
    const allowed = u.startsWith('file://') || u.startsWith('devtools://') || u.startsWith('data:') || u.startsWith('blob:') || (devUrl !== undefined && u.startsWith(devUrl));
    callback({ cancel: !allowed });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
