/**
 * S1–S3 as shipped: checks the BUILT app (out/), not the sources, so a bundler setting,
 * a plugin or a forgotten edit cannot weaken what users run. `npm test` builds first;
 * running this file alone needs `npm run build` before.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT = path.join(ROOT, 'out');

function built(rel: string): string {
  const file = path.join(OUT, rel);
  if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` first (npm test does it)`);
  return readFileSync(file, 'utf8');
}

/** The CSP of the built index.html, as directive → sources. */
function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1/is.exec(html);
  if (!meta?.[2]) throw new Error('out/renderer/index.html has no Content-Security-Policy meta tag');
  const out = new Map<string, string[]>();
  for (const part of meta[2].split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

describe('the built renderer (S2)', () => {
  const html = built('renderer/index.html');
  const csp = cspOf(html);

  it('has a CSP without eval, inline code or any remote origin', () => {
    expect(csp.size).toBeGreaterThanOrEqual(8);
    const all = [...csp.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-hashes'");
    expect(all).not.toContain("'wasm-unsafe-eval'");
    // a remote origin is anything with a scheme other than data:/blob:, a host, or a wildcard
    const remote = all.filter((s) => !s.startsWith("'") && !['data:', 'blob:'].includes(s));
    expect(remote).toEqual([]);
  });

  it('falls back to nothing and lets scripts come only from the app itself', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
  });

  it('loads only local module scripts and no inline script or style attribute', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs = '', body = ''] of scripts) {
      expect(body.trim()).toBe('');
      const src = /\bsrc=["']([^"']+)["']/.exec(attrs)?.[1] ?? '';
      expect(src).toMatch(/^\.\/assets\/[\w.-]+\.js$/);
    }
    expect(html).not.toMatch(/\sstyle=["']/i);
    expect(html).not.toMatch(/\son[a-z]+=["']/i);
  });

  it('references no remote URL from its bundles (fonts, images, scripts ship with the app)', () => {
    const assets = path.join(OUT, 'renderer/assets');
    for (const name of readdirSync(assets).filter((n) => n.endsWith('.css'))) {
      const css = readFileSync(path.join(assets, name), 'utf8');
      expect(css, name).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
      expect(css, name).not.toMatch(/@import\s+(url\()?["']?https?:/i);
    }
  });
});

describe('the built main process (S1, S3)', () => {
  const main = built('main/index.js');
  const truthy = '(?:true|!0)';
  const falsy = '(?:false|!1)';

  it('creates windows sandboxed, context-isolated, without Node and with web security', () => {
    expect(main).toMatch(new RegExp(`sandbox\\s*:\\s*${truthy}`));
    expect(main).toMatch(new RegExp(`contextIsolation\\s*:\\s*${truthy}`));
    expect(main).toMatch(new RegExp(`nodeIntegration\\s*:\\s*${falsy}`));
    for (const weak of ['sandbox', 'contextIsolation', 'webSecurity']) expect(main).not.toMatch(new RegExp(`${weak}\\s*:\\s*${falsy}`));
    for (const weak of ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'webviewTag', 'experimentalFeatures']) {
      expect(main).not.toMatch(new RegExp(`${weak}\\s*:\\s*${truthy}`));
    }
    expect(main).not.toMatch(/enableRemoteModule|@electron\/remote/);
  });

  it('denies every window.open and every permission request', () => {
    expect(main).toMatch(/setWindowOpenHandler\(\s*\([^)]*\)\s*=>\s*\(\s*\{\s*action\s*:\s*["']deny["']\s*\}\s*\)\s*\)/);
    expect(main).toMatch(/setPermissionRequestHandler\(\s*\([^)]*\)\s*=>\s*\w+\(\s*(?:false|!1)\s*\)\s*\)/);
    expect(main).toMatch(/setPermissionCheckHandler\(\s*\(\)\s*=>\s*(?:false|!1)\s*\)/);
  });

  it('stops navigation away from the app and blocks every network request', () => {
    expect(main).toMatch(/["']will-navigate["']/);
    expect(main).toMatch(/["']will-attach-webview["']/);
    // every request is cancelled unless it is one of the app's own (file:, data:, blob:, dev server)
    expect(main).toMatch(/onBeforeRequest\([\s\S]{0,400}?cancel\s*:\s*!/);
  });

  it('loads the renderer from its files, not from a URL, outside development', () => {
    expect(main).toMatch(/\.loadFile\(/);
    // the only loadURL is the dev server's, guarded by ELECTRON_RENDERER_URL
    for (const m of main.matchAll(/\.loadURL\(([^)]*)\)/g)) expect(m[1]).not.toMatch(/https?:|file:/);
    expect(main).toMatch(/ELECTRON_RENDERER_URL/);
  });
});

describe('the built preload (S4)', () => {
  const preload = built('preload/index.cjs');

  it('requires nothing but electron', () => {
    const required = [...preload.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(preload).not.toMatch(/\brequire\(\s*[^"'`\s]/); // no computed require
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect(preload).not.toMatch(/\bimport\(/);
  });

  it('exposes one frozen bridge and never the raw ipcRenderer', () => {
    const exposed = [...preload.matchAll(/exposeInMainWorld\(\s*["']([^"']+)["']\s*,\s*(\w+)/g)].map((m) => [m[1], m[2]]);
    expect(exposed).toEqual([['tpc', 'bridge']]);
    expect(preload).toMatch(/bridge\s*=\s*Object\.freeze\(/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
