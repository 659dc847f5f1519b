import { readFileSync } from 'node:fs';
import type { BenchServer } from './server.js';

/** One sample of where a server's memory is: V8 heap, external buffers, and the kernel's RSS split. */
export interface MemorySample {
  /** Resident memory, MB (VmRSS). */
  rss: number;
  /** Anonymous resident memory, MB: the V8 heap, malloc (SQLite's page cache, statements) and the like. */
  anon: number;
  /** File-backed resident memory, MB: the node binary, shared libraries, mmapped database files. */
  file: number;
  /** Shared memory, MB (the SQLite WAL index, -shm, counts here). */
  shmem: number;
  /** V8 heap in use and reserved, MB (nodejs_heap_size_*_bytes from /metrics). */
  heapUsed: number;
  heapTotal: number;
  /** V8 heap in use just after the latest full collection (the live data), MB (NaN: not exposed). */
  heapLive: number;
  /** Memory V8 reports as held outside its heap (Buffers, ArrayBuffers), MB. */
  external: number;
}

const MB = 1024 * 1024;

/**
 * Samples a bench server's memory: the kernel's view from /proc/PID/status and the V8 view
 * from the server's Prometheus endpoint (prom-client's default nodejs metrics). Anonymous RSS less
 * the V8 heap and external memory is what native code (SQLite, glibc malloc) holds.
 */
export async function sampleMemory(server: BenchServer): Promise<MemorySample> {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) / 1024;
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const metric = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN) / MB;
  return {
    rss: kb('VmRSS'),
    anon: kb('RssAnon'),
    file: kb('RssFile'),
    shmem: kb('RssShmem'),
    heapUsed: metric('nodejs_heap_size_used_bytes'),
    heapTotal: metric('nodejs_heap_size_total_bytes'),
    heapLive: metric('servicefloor_nodejs_heap_live_bytes'),
    external: metric('nodejs_external_memory_bytes'),
  };
}
