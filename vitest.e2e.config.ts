import { defineConfig } from 'vitest/config';

// Browser tests: the built renderer in Debian's Chromium, driven by playwright-core,
// against the harness backed by the real main-side services.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
