import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PrometheusService } from './prometheus.service.js';

/** Counts and times every HTTP request, labelled by route (not by raw URL, to bound cardinality). */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly prometheus: PrometheusService) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = routeLabel(req.originalUrl);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.prometheus.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      this.prometheus.httpDuration.observe({ method: req.method, route }, seconds);
    });
    next();
  }
}

function routeLabel(url: string): string {
  const path = url.split('?')[0];
  for (const prefix of ['/graphql', '/api/events', '/health/live', '/health/ready', '/metrics']) {
    if (path.startsWith(prefix)) return prefix;
  }
  return path.startsWith('/assets/') ? '/assets' : '/(dashboard)';
}
