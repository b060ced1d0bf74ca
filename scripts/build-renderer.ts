/**
 * Build only the renderer into a folder of your choice (default out/renderer), so several
 * people (or test runs) can build side by side. The harness serves TPC_RENDERER_DIR if set.
 * Usage: npx tsx scripts/build-renderer.ts /tmp/my-out/renderer
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'out/renderer'));
await build({
  configFile: false,
  root: path.join(root, 'src/renderer'),
  base: './',
  logLevel: 'warn',
  plugins: [svelte({ configFile: path.join(root, 'svelte.config.js') })],
  build: { outDir, emptyOutDir: true },
});
process.stdout.write(`renderer built into ${outDir}\n`);
