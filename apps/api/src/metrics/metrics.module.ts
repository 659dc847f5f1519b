import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module.js';
import { MetricsResolver } from './metrics.resolver.js';
import { MetricsService } from './metrics.service.js';

@Module({ imports: [IngestModule], providers: [MetricsService, MetricsResolver], exports: [MetricsService] })
export class MetricsModule {}
