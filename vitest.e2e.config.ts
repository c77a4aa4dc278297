import { defineConfig } from 'vitest/config';

// Browser tests share one built site and one Chromium; running files one at a time keeps the
// 2-core machine from starving them. The timeouts guard against a hang, they measure nothing: a
// test that scans eleven routes with axe takes 15 s idle and several times that on a busy machine.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 60_000 } },
  },
});
