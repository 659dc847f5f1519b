import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { bundleBudget } from './build/bundle-budget.js';

/** The initial JavaScript (entry + static imports) may not exceed this, gzipped. */
const INITIAL_JS_BUDGET_GZIP_BYTES = 250_000;

/** Where `npm run serve` sends /graphql (HTTP and WebSocket); the API's default port. */
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), bundleBudget({ maxGzipBytes: INITIAL_JS_BUDGET_GZIP_BYTES })],
  resolve: {
    // Workspace libs export their TypeScript source under the `source` condition.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    proxy: {
      '/graphql': { target: apiUrl, ws: true, changeOrigin: true },
      '/health': { target: apiUrl, changeOrigin: true },
      '/api': { target: apiUrl, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    reportCompressedSize: true,
    rolldownOptions: {
      treeshake: {
        // Workspace libs are pure TypeScript by rule (docs/conventions.md): importing one
        // function from @servicefloor/contracts must not drag in its zod schemas.
        moduleSideEffects: (id: string) => !/[\\/]libs[\\/][^\\/]+[\\/]src[\\/]/.test(id),
      },
      output: {
        // Manual chunks: the framework every page needs in one cacheable chunk; Recharts and
        // its d3/redux dependencies in their own chunk, fetched only by pages that draw charts.
        codeSplitting: {
          groups: [
            {
              name: 'charts',
              // Lower priority than the framework: a group also captures its dependencies, so
              // the framework group must claim React first or React would land in this chunk.
              test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|decimal\.js-light|@reduxjs|redux|redux-thunk|reselect|immer|react-redux|es-toolkit|eventemitter3|tiny-invariant|use-sync-external-store)[\\/]/,
              priority: 10,
            },
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@apollo|graphql|graphql-ws|rxjs|@wry|optimism|tslib|react-intl|@formatjs|intl-messageformat)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
});
