import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (2-core machines), generous timeouts for browser start-up.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
