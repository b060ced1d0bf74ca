import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowFirst } from './test/unit/slowFirst';

// Unit and service tests (Node). Browser e2e tests live in test/e2e (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // vitest's default leaves one core free: on a 2-core CI machine that is one file at a time
    // (163 s); two workers take 99 s
    maxWorkers: Math.max(2, os.availableParallelism()),
    sequence: { sequencer: SlowFirst },
  },
});
