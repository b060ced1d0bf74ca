/** docs/design/quality.md S1–S3: locked-down windows, no navigation, no popups, no permissions, no network. */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { ContentsPort, FramePort, SessionPort } from './port';

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

function originOf(url: string): string | null {
  try {
    const o = new URL(url).origin;
    return o === 'null' ? null : o; // file:, data: and friends have no comparable origin
  } catch {
    return null;
  }
}

/** A Windows drive letter compares without case (Chromium and Node may spell it differently). */
const upperDrive = (p: string) => p.replace(/^([a-z]):/, (_m, d: string) => `${d.toUpperCase()}:`);

/**
 * Is this URL one of the app's own pages? (file:// renderer, or the dev server in development)
 * The path is decoded before it is checked, and any `.`/`..` segment is refused outright:
 * `renderer/..%2F..%2Fetc` stays `..%2F` for the URL parser and becomes `../` only after
 * decoding, so a prefix check on the decoded string alone would let it climb out.
 * The dev server is matched by origin: a prefix test would accept `http://localhost:5173.evil.com`.
 */
export function isAppUrl(url: string, rendererRoot: string, devUrl: string | undefined): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const dev = devUrl ? originOf(devUrl) : null;
  if (dev !== null && u.origin === dev) return true;
  if (u.protocol !== 'file:' || u.host !== '') return false; // file://host/share is someone else's disk
  let decoded: string;
  try {
    decoded = decodeURIComponent(u.pathname);
  } catch {
    return false; // a broken escape is not one of our file names
  }
  if (decoded.includes('\0')) return false;
  // on Windows the path reads /C:/...; compare without the leading slash there, and with either slash
  const p = upperDrive(decoded.replace(/\\/g, '/').replace(/^\/([A-Za-z]:)/, '$1'));
  if (p.split('/').some((seg) => seg === '..' || seg === '.')) return false;
  const root = upperDrive(rendererRoot.replace(/\\/g, '/').replace(/\/+$/, ''));
  return p === root || p.startsWith(`${root}/`);
}

/** S4: IPC requests are answered only for the main frame of an app page. */
export function isTrustedSender(frame: FramePort | null | undefined, rendererRoot: string, devUrl: string | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, rendererRoot, devUrl);
}

export function hardenContents(contents: ContentsPort, rendererRoot: string, devUrl: string | undefined): void {
  contents.on('will-navigate', (e, url) => {
    if (!isAppUrl(url, rendererRoot, devUrl)) e.preventDefault();
  });
  contents.on('will-redirect', (e) => e.preventDefault());
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(ses: SessionPort, devUrl: string | undefined): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // No network at all: only the app's own files (and the dev server while developing).
  ses.webRequest.onBeforeRequest((details, callback) => {
    const u = details.url;
    const dev = devUrl ? originOf(devUrl) : null; // by origin: a prefix would let localhost:5173.evil.com through
    const allowed = u.startsWith('file://') || u.startsWith('devtools://') || u.startsWith('data:') || u.startsWith('blob:') || (dev !== null && originOf(u) === dev);
    callback({ cancel: !allowed });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
