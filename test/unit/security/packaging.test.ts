/**
 * Packaging (S7) as far as it runs without the Electron binary: the electron-builder
 * config passes electron-builder's own schema and says what we ship, and the afterPack
 * hook really flips the fuses in an executable that carries Electron's fuse wire.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../src/main/services/testing/tempDir';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  publish: null;
  afterPack: string;
  fileAssociations: { ext: string; name: string; role?: string }[];
  win: { target: { target: string }[] };
  mac: { target: { target: string }[]; hardenedRuntime: boolean; entitlements: string };
  linux: { target: string[]; executableName: string };
}

const config = yaml.load(readFileSync(path.join(ROOT, 'build/electron-builder.yml'), 'utf8')) as BuilderConfig;

// the same layout as in Electron binaries (see @electron/fuses): sentinel, wire version, length, states
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 49;
const DISABLE = 48;

function fakeElectron(file: string): void {
  // Electron's shipped defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on,
  // ASAR integrity off, only-ASAR off, browser snapshot off, file:// privileges on
  const wire = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE];
  writeFileSync(file, Buffer.concat([Buffer.from('\x7fELF…code…'), Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire]), Buffer.from('…more code')]));
}

function wireOf(file: string): number[] {
  const bin = readFileSync(file);
  const at = bin.indexOf(SENTINEL) + SENTINEL.length;
  return [...bin.subarray(at + 2, at + 2 + (bin[at + 1] ?? 0))];
}

describe('electron-builder configuration', () => {
  it('is valid for electron-builder itself (its JSON schema)', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration(c: unknown, log: unknown): Promise<void> };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // and the check is real: a misspelt option is refused
    await expect(validateConfiguration({ ...config, nsis: { oneClik: false } }, new DebugLogger(false))).rejects.toThrow(/configuration/);
  });

  it('ships the built app and the bundled example in an asar, with no update feed', () => {
    expect(config.appId).toBe('de.touchpointcube.app');
    expect(config.productName).toBe('Touchpoint Cube');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/**']));
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
  });

  it('opens .tpcube files with the app on every platform', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'tpcube', role: 'Editor' })]);
  });

  it('builds an NSIS installer, a DMG, an AppImage and a deb', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(readFileSync(path.join(ROOT, config.mac.entitlements), 'utf8')).not.toMatch(/network\.(client|server)|device\.(camera|audio-input)/);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('has a 512×512 icon', () => {
    const png = readFileSync(path.join(ROOT, 'build/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

describe('Electron fuses (S7)', () => {
  const { FUSES } = require(path.join(ROOT, 'build/fuses.cjs')) as { FUSES: Record<string, boolean> };

  it('switch off Node entry points and pin the app to its checked asar', () => {
    expect(FUSES).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
  });

  it('are flipped in the packed executable by the afterPack hook electron-builder calls', async () => {
    expect(config.afterPack).toBe('./build/afterPack.cjs');
    const hook = require(path.join(ROOT, config.afterPack)) as (ctx: unknown) => Promise<void>;
    const dir = tempDir('tpc-fuses-');
    const exe = path.join(dir, config.linux.executableName);
    fakeElectron(exe);
    const before = wireOf(exe);
    await hook({ electronPlatformName: 'linux', appOutDir: dir, arch: 1, packager: { executableName: config.linux.executableName, appInfo: { productFilename: 'Touchpoint Cube' } } });
    const after = wireOf(exe);
    expect(before.slice(0, 6)).toEqual([ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE]);
    // RunAsNode, CookieEncryption, NODE_OPTIONS, --inspect, ASAR integrity, only ASAR
    expect(after.slice(0, 6)).toEqual([DISABLE, ENABLE, DISABLE, DISABLE, ENABLE, ENABLE]);
    // fuses we do not set keep Electron's value
    expect(after.slice(6)).toEqual(before.slice(6));
  });

  it('target the right executable on each platform', () => {
    const { electronBinaryOf } = require(path.join(ROOT, 'build/afterPack.cjs')) as { electronBinaryOf(ctx: unknown): string };
    const ctx = (platform: string) => ({ electronPlatformName: platform, appOutDir: '/o', packager: { executableName: 'touchpoint-cube', appInfo: { productFilename: 'Touchpoint Cube' } } });
    expect(electronBinaryOf(ctx('win32'))).toBe(path.join('/o', 'Touchpoint Cube.exe'));
    expect(electronBinaryOf(ctx('darwin'))).toBe(path.join('/o', 'Touchpoint Cube.app'));
    expect(electronBinaryOf(ctx('linux'))).toBe(path.join('/o', 'touchpoint-cube'));
  });
});
