import { defineConfig } from 'vitest/config';
import { SlowFirst } from './test/unit/slowFirst';

// Browser tests: the built renderer in Debian's Chromium, driven by playwright-core,
// against the harness backed by the real main-side services.
//
// Every file starts its own harness on a free port with its own data folder (test/e2e/fixture.ts),
// its own Chromium, and (phone-webkit) its own Xvfb display and driver port, so files can run side
// by side. Two workers: CI machines and this one have 2 cores, and each file already runs a
// browser next to its worker. The files that measure latency (room.e2e.ts asserts p95 < 250 ms
// from keypress to audience paint) run afterwards on their own, so a neighbour's load never
// decides whether they pass.
const TIMED = ['test/e2e/room.e2e.ts'];

const common = {
  environment: 'node' as const,
  testTimeout: 120_000,
  hookTimeout: 60_000,
  pool: 'forks' as const,
};

export default defineConfig({
  test: {
    sequence: { sequencer: SlowFirst },
    projects: [
      {
        test: {
          ...common,
          name: 'browser',
          include: ['test/e2e/**/*.e2e.ts'],
          exclude: TIMED,
          maxWorkers: Number(process.env['TPC_E2E_WORKERS'] ?? 2),
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...common,
          name: 'browser-timed',
          include: TIMED,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
