import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The part of a build output chunk that the budget looks at. */
export interface BudgetChunk {
  fileName: string;
  code: string;
  isEntry: boolean;
  /** Chunks this one imports statically (loaded before it runs). */
  imports: readonly string[];
}

export interface InitialJsReport {
  /** Entry chunks and everything they import statically, in load order. */
  chunks: { fileName: string; bytes: number; gzipBytes: number }[];
  totalBytes: number;
  totalGzipBytes: number;
}

/**
 * The JavaScript a browser must download before the first render: every entry chunk and,
 * transitively, the chunks it imports statically. Dynamically imported chunks (lazy pages,
 * Recharts) are not part of it. Sizes are gzip level 9, as a static server would send them.
 */
export function initialJs(chunks: readonly BudgetChunk[]): InitialJsReport {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const order: BudgetChunk[] = [];
  const visit = (chunk: BudgetChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    order.push(chunk);
    for (const name of chunk.imports) {
      const imported = byName.get(name);
      if (imported) visit(imported);
    }
  };
  chunks.filter((c) => c.isEntry).forEach(visit);
  const sized = order.map((c) => ({
    fileName: c.fileName,
    bytes: Buffer.byteLength(c.code),
    gzipBytes: gzipSync(c.code, { level: 9 }).length,
  }));
  return {
    chunks: sized,
    totalBytes: sized.reduce((s, c) => s + c.bytes, 0),
    totalGzipBytes: sized.reduce((s, c) => s + c.gzipBytes, 0),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * A Vite plugin that prints the initial JavaScript (entry + static imports) and fails the
 * build when its gzipped size is over `maxGzipBytes`.
 */
export function bundleBudget(options: { maxGzipBytes: number }): Plugin {
  return {
    name: 'servicefloor:bundle-budget',
    apply: 'build',
    enforce: 'post',
    generateBundle(_output, bundle) {
      const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
      const report = initialJs(chunks);
      const lines = report.chunks.map((c) => `  ${c.fileName}  ${kB(c.bytes)} │ gzip ${kB(c.gzipBytes)}`);
      const summary =
        `initial JS: ${kB(report.totalBytes)} │ gzip ${kB(report.totalGzipBytes)} ` +
        `(budget ${kB(options.maxGzipBytes)} gzip)`;
      this.info(`${summary}\n${lines.join('\n')}`);
      if (report.totalGzipBytes > options.maxGzipBytes) {
        this.error(
          `bundle budget exceeded: initial JS is ${kB(report.totalGzipBytes)} gzipped, ` +
            `over the budget of ${kB(options.maxGzipBytes)}. Load the new code lazily (React.lazy / import()).`,
        );
      }
    },
  };
}
