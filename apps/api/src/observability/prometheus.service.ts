import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The app's Prometheus registry: process metrics, HTTP traffic, and ingest counters. */
@Injectable()
export class PrometheusService implements OnApplicationShutdown {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'servicefloor_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'servicefloor_http_request_duration_seconds',
    help: 'HTTP request latency in seconds',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly ingestedEvents = new Counter({
    name: 'servicefloor_ingested_events_total',
    help: 'Events through the ingestion pipeline by result (accepted, duplicate, rejected)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  /**
   * The V8 heap in use just after the latest full garbage collection: the live JS data. The
   * default nodejs_heap_size_used_bytes also counts garbage not yet collected, which under a bulk
   * load swings by hundreds of MB, so only this one tells a leak from the collector's pace.
   */
  readonly heapLive = new Gauge({
    name: 'servicefloor_nodejs_heap_live_bytes',
    help: 'V8 heap in use just after the latest full (mark-compact) garbage collection',
    registers: [this.registry],
  });

  private readonly fullGcs = new PerformanceObserver((list) => {
    if (list.getEntries().some(isFullGc)) this.heapLive.set(getHeapStatistics().used_heap_size);
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.fullGcs.observe({ entryTypes: ['gc'] });
  }

  onApplicationShutdown(): void {
    this.fullGcs.disconnect();
  }
}

/** A `gc` performance entry of a full (mark-compact) collection; its kind is in `detail`. */
function isFullGc(entry: PerformanceEntry): boolean {
  const { detail } = entry as PerformanceEntry & { detail?: { kind?: number } };
  return detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;
}
