import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { LivePublisherService } from './live-publisher.service.js';
import { LiveResolver } from './live.resolver.js';
import { LiveStateService } from './live-state.service.js';

/** The live floor: state fed by ingestion (shared through the pub/sub), coalesced pushes, alerts. */
@Module({
  imports: [IngestModule, AlertsModule],
  providers: [LiveStateService, LivePublisherService, LiveResolver],
  exports: [LiveStateService, LivePublisherService],
})
export class LiveModule {}
