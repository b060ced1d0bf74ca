/**
 * The participants' phone app (room mode): its own small bundle, served by the room server
 * from out/phone. Built for iOS Safari 15+ and Android Chrome over plain HTTP.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./src/phone'),
  base: './',
  build: {
    outDir: here('./out/phone'),
    emptyOutDir: true,
    target: ['safari15', 'chrome100'],
    rollupOptions: { input: here('./src/phone/index.html') },
  },
  plugins: [svelte({ configFile: here('./svelte.config.js') })],
});
