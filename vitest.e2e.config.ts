import { defineConfig } from 'vitest/config';

// Browser tests share one built site and one Chromium; running files one at a time keeps the
// 2-core machine from starving them.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
