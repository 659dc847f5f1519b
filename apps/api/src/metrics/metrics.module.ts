import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { MetricsDirectory } from './metrics-directory.js';
import { MetricsResponseCache } from './metrics-response-cache.js';
import { MetricsResponseCacheMiddleware } from './metrics-response-cache.middleware.js';
import { MetricsResolver } from './metrics.resolver.js';
import { MetricsService } from './metrics.service.js';
import { SignedInCallers } from './signed-in-callers.js';
import { StatsReader } from './stats-reader.js';

@Module({
  imports: [IngestModule, AuthModule],
  providers: [
    StatsReader,
    MetricsDirectory,
    MetricsService,
    MetricsResolver,
    MetricsResponseCache,
    SignedInCallers,
  ],
  exports: [MetricsService, StatsReader, MetricsResponseCache],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(MetricsResponseCacheMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
