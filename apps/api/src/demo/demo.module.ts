import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { DemoResolver } from './demo.resolver.js';
import { DemoService } from './demo.service.js';

@Module({
  imports: [IngestModule, MetricsModule],
  providers: [DemoService, DemoResolver],
  exports: [DemoService],
})
export class DemoModule {}
