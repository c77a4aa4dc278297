import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Timeouts here guard against a hang, they do not measure speed: on a busy 2-core machine a test
// that takes 1 s idle can take ten times that, so every wait is sized for the slow case
// (docs/performance.md, "The test suite under load").
export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
