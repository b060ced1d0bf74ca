import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { secureWebPreferences, isAppUrl, isTrustedSender, hardenContents, hardenSession, CONTENT_SECURITY_POLICY } = await import('./security');

describe('window security (S1–S4)', () => {
  it('turns on sandbox and context isolation and turns off node, webview and insecure content', () => {
    const p = secureWebPreferences('/app/preload.cjs')!;
    expect(p).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has a strict CSP: no eval, no inline script, no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  });

  it('recognises only the app’s own pages', () => {
    const root = '/opt/app/out/renderer';
    expect(isAppUrl('file:///opt/app/out/renderer/index.html', root, undefined)).toBe(true);
    expect(isAppUrl('file:///opt/app/out/renderer/index.html#audience', root, undefined)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', root, undefined)).toBe(false);
    expect(isAppUrl('file:///opt/app/out/renderer-evil/x.html', root, undefined)).toBe(false);
    expect(isAppUrl('https://example.com/', root, undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', root, 'http://localhost:5173')).toBe(true);
  });

  it('refuses a path that climbs out of the renderer folder, however it is encoded', () => {
    const root = '/opt/app/out/renderer';
    expect(isAppUrl('file:///opt/app/out/renderer/..%2F..%2F..%2Fetc/passwd', root, undefined)).toBe(false);
    expect(isAppUrl('file:///opt/app/out/renderer/..%2f/renderer-evil/x.html', root, undefined)).toBe(false);
    expect(isAppUrl('file:///opt/app/out/renderer/%2E%2E/%2E%2E/secret.html', root, undefined)).toBe(false);
    expect(isAppUrl('file:///opt/app/out/renderer/assets%5C..%5C..%5Cx.html', root, undefined)).toBe(false);
    expect(isAppUrl('file:///opt/app/out/renderer/%00.html', root, undefined)).toBe(false);
    expect(isAppUrl('file:///opt/app/out/renderer/%E0%A4%A.html', root, undefined)).toBe(false); // broken escape
    // a name that merely contains dots stays an app page
    expect(isAppUrl('file:///opt/app/out/renderer/assets/index..v2.js', root, undefined)).toBe(true);
    // Windows: C:\ paths, either slash, any case of the drive letter
    expect(isAppUrl('file:///C:/Program%20Files/TPC/resources/app.asar/out/renderer/index.html', 'C:\\Program Files\\TPC\\resources\\app.asar\\out\\renderer', undefined)).toBe(true);
    expect(isAppUrl('file:///C:/Program%20Files/TPC/resources/app.asar/out/renderer/..%5C..%5Cx.html', 'C:\\Program Files\\TPC\\resources\\app.asar\\out\\renderer', undefined)).toBe(false);
  });

  it('accepts the dev server only by its exact origin, not by a prefix of the address', () => {
    const root = '/opt/app/out/renderer';
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/', root, dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/#audience', root, `${dev}/`)).toBe(true);
    expect(isAppUrl('http://localhost:5173.evil.com/', root, dev)).toBe(false);
    expect(isAppUrl('http://localhost:51730/', root, dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173@evil.com/', root, dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', root, dev)).toBe(false);
    expect(isAppUrl('not a url', root, dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', root, 'not a url')).toBe(false);
  });

  it('answers IPC only for the main frame of an app page', () => {
    const root = '/opt/app/out/renderer';
    const top = { url: 'file:///opt/app/out/renderer/index.html', parent: null };
    expect(isTrustedSender(top as never, root, undefined)).toBe(true);
    expect(isTrustedSender({ ...top, parent: top } as never, root, undefined)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null } as never, root, undefined)).toBe(false);
    expect(isTrustedSender(null, root, undefined)).toBe(false);
  });

  it('denies navigation away, redirects, webviews and window.open', () => {
    const handlers: Record<string, (e: { preventDefault: () => void }, url?: string) => void> = {};
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (name: string, h: (e: { preventDefault: () => void }, url?: string) => void) => (handlers[name] = h),
      setWindowOpenHandler: (h: () => { action: string }) => (openHandler = h),
    };
    hardenContents(contents as never, '/opt/app/out/renderer', undefined);
    const prevented = (name: string, url?: string) => {
      const e = { preventDefault: vi.fn() };
      handlers[name]!(e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'file:///opt/app/out/renderer/index.html')).toBe(false);
    expect(prevented('will-redirect')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(openHandler!()).toEqual({ action: 'deny' });
  });

  it('lets no request reach the network, and the dev server only by its exact origin', () => {
    let filter: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const ses = {
      setPermissionRequestHandler: () => {},
      setPermissionCheckHandler: () => {},
      setDevicePermissionHandler: () => {},
      webRequest: { onBeforeRequest: (f: typeof filter) => (filter = f), onHeadersReceived: () => {} },
    };
    hardenSession(ses as never, 'http://localhost:5173');
    const cancelled = (url: string) => {
      let r: { cancel: boolean } | undefined;
      filter!({ url }, (x) => (r = x));
      return r?.cancel;
    };
    expect(cancelled('file:///opt/app/out/renderer/index.html')).toBe(false);
    expect(cancelled('http://localhost:5173/src/main.ts')).toBe(false);
    expect(cancelled('http://localhost:5173.evil.com/steal')).toBe(true);
    expect(cancelled('http://localhost:51730/')).toBe(true);
    expect(cancelled('https://example.com/')).toBe(true);
  });
});
