/**
 * A dry run of packaging where the Electron binary cannot be downloaded: electron-builder
 * packs the built app (out/) for Linux into a folder, with a stand-in "Electron" that
 * only carries Electron's fuse wire. Checks what a real build would get wrong early:
 * the config, what lands in app.asar, and that the afterPack hook flips the fuses.
 * Usage: npm run build && npm run dist:dry
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

const work = mkdtempSync(path.join(os.tmpdir(), 'tpc-dry-pack-'));
const dist = path.join(work, 'electron');
mkdirSync(path.join(dist, 'resources'), { recursive: true });
// Electron's shipped fuse defaults, as in a real binary
writeFileSync(path.join(dist, 'electron'), Buffer.concat([Buffer.from('stand-in for the Electron binary '), Buffer.from(SENTINEL), Buffer.from([1, 8, 49, 48, 49, 49, 48, 48, 48, 49])]));
chmodSync(path.join(dist, 'electron'), 0o755);
writeFileSync(path.join(dist, 'LICENSE'), 'stand-in');
writeFileSync(path.join(dist, 'version'), '45.0.0');

const { build, Platform } = require('electron-builder') as typeof import('electron-builder');
const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };
const electronVersion = (require('electron/package.json') as { version: string }).version;
const config = yaml.load(readFileSync(path.join(ROOT, 'build/electron-builder.yml'), 'utf8'));
const output = path.join(work, 'dist');
process.chdir(ROOT);
await build({
  targets: Platform.LINUX.createTarget('dir'),
  config: { ...config, electronDist: dist, electronVersion, directories: { ...(config['directories'] as object), output } },
});

// what a user's machine would get
const app = path.join(output, 'linux-unpacked');
const asar = require('@electron/asar') as { listPackage(file: string, opts?: object): string[] };
const files = asar.listPackage(path.join(app, 'resources/app.asar')).map((f) => f.replace(/\\/g, '/'));
const problems: string[] = [];
for (const must of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/resources/example.tpcube', '/node_modules/exceljs/package.json', '/node_modules/zod/package.json']) {
  if (!files.includes(must)) problems.push(`app.asar lacks ${must}`);
}
// everything the build produced must be packed (e.g. the import worker beside the main bundle)
for (const f of readdirSync(path.join(ROOT, 'out'), { recursive: true, withFileTypes: true })) {
  if (!f.isFile() || f.name.endsWith('.map')) continue;
  const rel = `/${path.relative(ROOT, path.join(f.parentPath, f.name)).split(path.sep).join('/')}`;
  if (!files.includes(rel)) problems.push(`app.asar lacks ${rel} from the build`);
}
for (const f of files) {
  if (/^\/(src|test|bench|docs|scripts|\.git)\//.test(f) || f.endsWith('.map') || f.startsWith('/node_modules/electron/') || f.startsWith('/node_modules/vite/')) problems.push(`app.asar should not contain ${f}`);
}
const exe = readFileSync(path.join(app, 'touchpoint-cube'));
const at = exe.indexOf(SENTINEL) + SENTINEL.length;
const wire = [...exe.subarray(at + 2, at + 8)].map((b) => (b === 49 ? 'on' : 'off'));
const want = ['off', 'on', 'off', 'off', 'on', 'on'];
if (wire.join() !== want.join()) problems.push(`fuses are ${wire.join(' ')}, want ${want.join(' ')}`);

process.stdout.write(`\napp.asar: ${files.length} entries; fuses (RunAsNode, cookies, NODE_OPTIONS, inspect, asar integrity, only asar): ${wire.join(' ')}\n`);
if (problems.length > 0) {
  process.stderr.write(`dry pack FAILED:\n  ${problems.slice(0, 20).join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write(`dry pack OK (${output})\n`);
