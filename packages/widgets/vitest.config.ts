import { defineConfig } from 'vitest/config';

// Headless models (no DOM, no Lit) are unit-tested in Node: files named `*.node.test.ts`.
// Everything else under src/ and test/ runs in Chromium through @web/test-runner.
export default defineConfig({
  test: {
    include: ['src/**/*.node.test.ts'],
    environment: 'node',
    passWithNoTests: true,
    reporters: ['default', '../../scripts/vitest-count-reporter.mjs'],
  },
});
