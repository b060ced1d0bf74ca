/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: electron-builder require()s its hooks */
/**
 * electron-builder afterPack hook: flips the Electron fuses (build/fuses.cjs) in the
 * packaged executable, before signing and before the installer is made.
 */
const path = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { fuseConfig } = require('./fuses.cjs');

/** electron-builder's Arch enum: 0 ia32, 1 x64, 2 armv7l, 3 arm64, 4 universal */
const ARCH = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** Path of the Electron binary (or .app bundle) electron-builder just packed. */
function electronBinaryOf(context) {
  const platform = context.electronPlatformName;
  const info = context.packager.appInfo;
  if (platform === 'darwin' || platform === 'mas') return path.join(context.appOutDir, `${info.productFilename}.app`);
  if (platform === 'win32') return path.join(context.appOutDir, `${info.productFilename}.exe`);
  // Linux: the executable is named after linux.executableName
  return path.join(context.appOutDir, context.packager.executableName || info.productFilename);
}

async function afterPack(context) {
  const binary = electronBinaryOf(context);
  const arch = typeof context.arch === 'number' ? ARCH[context.arch] : String(context.arch);
  const flipped = await flipFuses(binary, fuseConfig(context.electronPlatformName, arch));
  if (flipped < 1) throw new Error(`no fuse wire found in ${binary}`);
  console.log(`  • fuses set in ${path.basename(binary)} (${flipped} wire${flipped > 1 ? 's' : ''})`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.electronBinaryOf = electronBinaryOf;
