import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/** Unit tests of the dashboard's helpers and of its message catalogues (no browser needed). */
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  test: {
    include: ['src/**/*.spec.{ts,tsx}', 'build/**/*.spec.ts'],
    environment: 'node',
  },
});
