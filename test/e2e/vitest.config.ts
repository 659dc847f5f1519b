import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the built API serving the built dashboard, driven by Debian's Chromium.
 * `npm run test:browser` from the root, after `npx nx run-many -t build`.
 * Set SCREENSHOTS_DIR=/tmp/shots to keep a screenshot of every page.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
