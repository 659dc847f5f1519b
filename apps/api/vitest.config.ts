import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    conditions: ['source'],
    // Nest and the tests must share one copy of graphql ("another module or realm").
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file boots its own app on its own database; keep files apart but not all at once.
    fileParallelism: true,
    maxWorkers: 2,
    pool: 'forks',
  },
});
