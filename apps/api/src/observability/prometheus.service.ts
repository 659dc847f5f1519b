import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The app's Prometheus registry: process metrics, HTTP traffic, and ingest counters. */
@Injectable()
export class PrometheusService {
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

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
