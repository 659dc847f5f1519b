import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module.js';
import { AlertsResolver } from './alerts.resolver.js';
import { AlertsService } from './alerts.service.js';

/** Alerts of the live floor: rules, raise/clear with hysteresis, history (LiveModule feeds it). */
@Module({ imports: [IngestModule], providers: [AlertsService, AlertsResolver], exports: [AlertsService] })
export class AlertsModule {}
