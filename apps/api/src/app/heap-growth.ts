import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what is live before a full collection: 2×, instead of V8's
 * own factor (up to 4× when collections look cheap), which let the main thread's committed heap
 * creep from 260 to 380 MB over a 5 M-event NDJSON load while live data stayed at 90 MB
 * (`npm run bench ingest` with BENCH_INGEST_EVENTS=5000000). With 100 %: RSS by tenth 411 … 464 MB,
 * end less middle of the stream +5 MB (was +23 MB), peak 491 MB (was 715), 36,617 events/s.
 * 50 % was as flat (+6 MB, peak 439 MB) but its more frequent full collections showed in the
 * Trends page's tail latency (cold p95 62 ms at 100 %, 69–99 ms at 50 %).
 * The flag is read at every collection, so setting it at start-up applies to the whole process,
 * worker threads included.
 */
export const HEAP_GROWING_PERCENT = 100;

export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
