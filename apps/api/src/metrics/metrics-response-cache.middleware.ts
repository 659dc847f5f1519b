import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsResponseCache } from './metrics-response-cache.js';

/**
 * POST /graphql, before Apollo: cached historical-metrics answers (MetricsResponseCache). Mounted
 * by MetricsModule, so it runs after the request logger and the HTTP metrics, which see hits too.
 */
@Injectable()
export class MetricsResponseCacheMiddleware implements NestMiddleware {
  constructor(private readonly cache: MetricsResponseCache) {}

  use(req: Request, res: Response, next: NextFunction): Promise<void> {
    return this.cache.answer(req, res, next);
  }
}
