import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // e2e suites start servers and child processes; keep them off the unit pool's cores
    pool: 'forks',
  },
});
