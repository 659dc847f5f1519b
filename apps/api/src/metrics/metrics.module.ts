import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module.js';
import { MetricsResolver } from './metrics.resolver.js';
import { MetricsService } from './metrics.service.js';
import { StatsReader } from './stats-reader.js';

@Module({
  imports: [IngestModule],
  providers: [StatsReader, MetricsService, MetricsResolver],
  exports: [MetricsService, StatsReader],
})
export class MetricsModule {}
