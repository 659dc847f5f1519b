import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialJs, type BudgetChunk } from './bundle-budget.js';

const chunk = (fileName: string, isEntry: boolean, imports: string[] = [], code = `/*${fileName}*/`) =>
  ({ fileName, isEntry, imports, code }) satisfies BudgetChunk;

describe('initialJs', () => {
  it('counts the entry and its static imports, transitively, once each', () => {
    const report = initialJs([
      chunk('index.js', true, ['vendor.js', 'shared.js']),
      chunk('vendor.js', false, ['shared.js']),
      chunk('shared.js', false),
      chunk('wallboard.js', false, ['shared.js']),
      chunk('recharts.js', false),
    ]);
    expect(report.chunks.map((c) => c.fileName)).toEqual(['index.js', 'vendor.js', 'shared.js']);
  });

  it('leaves out chunks that are only imported dynamically', () => {
    const report = initialJs([chunk('index.js', true), chunk('lazy.js', false)]);
    expect(report.chunks.map((c) => c.fileName)).toEqual(['index.js']);
  });

  it('sums raw and gzip sizes (gzip computed independently with zlib)', () => {
    const code = 'export const answer = 42;\n'.repeat(100);
    const report = initialJs([chunk('index.js', true, [], code)]);
    expect(report.totalBytes).toBe(code.length);
    expect(report.totalGzipBytes).toBe(gzipSync(code, { level: 9 }).length);
  });
});
