import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { MetricsResponseCache } from './metrics-response-cache.js';
import { MetricsResolver } from './metrics.resolver.js';
import { MetricsService } from './metrics.service.js';
import { StatsReader } from './stats-reader.js';

@Module({
  imports: [IngestModule, AuthModule],
  providers: [StatsReader, MetricsService, MetricsResolver, MetricsResponseCache],
  exports: [MetricsService, StatsReader, MetricsResponseCache],
})
export class MetricsModule {}
