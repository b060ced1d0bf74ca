/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS script, run with node before any install */
// Puts back the lockfile entries of @napi-rs/canvas's per-platform packages, which `npm install`
// drops when the registry mirror lacks them (npm ci then refuses the lockfile). Entries carry
// os/cpu/libc exactly as npm writes them, so npm ci skips them on other platforms.
// Usage: node scripts/lock-platforms.cjs   (then commit package-lock.json)
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const canvas = lock.packages['node_modules/@napi-rs/canvas'];
if (!canvas) throw new Error('@napi-rs/canvas is not in the lockfile');
const PLATFORMS = {
  'android-arm64': ['android', 'arm64'],
  'darwin-arm64': ['darwin', 'arm64'],
  'darwin-x64': ['darwin', 'x64'],
  'linux-arm-gnueabihf': ['linux', 'arm'],
  'linux-arm64-gnu': ['linux', 'arm64', 'glibc'],
  'linux-arm64-musl': ['linux', 'arm64', 'musl'],
  'linux-riscv64-gnu': ['linux', 'riscv64', 'glibc'],
  'linux-x64-gnu': ['linux', 'x64', 'glibc'],
  'linux-x64-musl': ['linux', 'x64', 'musl'],
  'win32-arm64-msvc': ['win32', 'arm64'],
  'win32-x64-msvc': ['win32', 'x64'],
};
let added = 0;
for (const name of Object.keys(canvas.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const platform = PLATFORMS[name.replace('@napi-rs/canvas-', '')];
  if (!platform) throw new Error(`unknown platform package ${name}: add it to PLATFORMS`);
  const [os, cpu, libc] = platform;
  lock.packages[key] = { version: canvas.version, cpu: [cpu], ...(libc ? { libc: [libc] } : {}), license: 'MIT', optional: true, os: [os], engines: { node: '>= 10' } };
  added++;
}
const sorted = {};
for (const k of Object.keys(lock.packages).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))) sorted[k] = lock.packages[k];
lock.packages = sorted;
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`${added} platform entr${added === 1 ? 'y' : 'ies'} added\n`);
