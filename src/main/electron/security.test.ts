import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { secureWebPreferences, isAppUrl, isTrustedSender, hardenContents, CONTENT_SECURITY_POLICY } = await import('./security');

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
});
