/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: electron-builder require()s its hooks */
/**
 * Electron fuses of packaged builds (docs/design/quality.md S7). Fuses are bits in the Electron
 * binary that switch features off before the app's own code runs, so a changed
 * environment or command line cannot switch them back on.
 *
 * GrantFileProtocolExtraPrivileges is left as Electron ships it: the renderer is loaded
 * from file:// (loadFile) and its module scripts need that protocol's privileges.
 * Moving to a custom app:// protocol would let us turn it off (docs/security.md).
 */
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** name → wanted state, by the fuse names of @electron/fuses */
const FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node.js interpreter
  RunAsNode: false,
  // Chromium's cookie store encrypted with the OS key chain (the app sets no cookies; defence in depth)
  EnableCookieEncryption: true,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code or certificates
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / SIGUSR1 would open a debugger port into the main process
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash in the signed executable (macOS, Windows)
  EnableEmbeddedAsarIntegrityValidation: true,
  // never fall back to an unpacked app/ folder next to app.asar
  OnlyLoadAppFromAsar: true,
});

/** The config object @electron/fuses' flipFuses() takes. */
function fuseConfig(platform, arch) {
  const config = { version: FuseVersion.V1 };
  for (const [name, on] of Object.entries(FUSES)) config[FuseV1Options[name]] = on;
  // flipping fuses changes the binary: Apple silicon refuses it without a fresh ad-hoc signature
  // (the real signature, when configured, is applied after this hook)
  if ((platform === 'darwin' || platform === 'mas') && arch === 'arm64') config.resetAdHocDarwinSignature = true;
  return config;
}

module.exports = { FUSES, fuseConfig };
