import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module.js';
import { ForecastService } from './forecast.service.js';
import { IntradayService } from './intraday.service.js';
import { PlanningData } from './planning-data.js';
import { ForecastSnapshotResolver, PlanningResolver } from './planning.resolver.js';
import { PlanningSettingsService } from './planning-settings.service.js';
import { ScheduledStaff } from './scheduled-staff.js';
import { SnapshotService } from './snapshot.service.js';
import { SpecialDaysService } from './special-days.service.js';
import { QueueRequirementsResolver, StaffingResolver } from './staffing.resolver.js';
import { StaffingService } from './staffing.service.js';

/**
 * Planning (issue #7): forecasts per queue and interval, saved snapshots and their accuracy,
 * special days, staffing requirements with what-if, the single-interval calculator, and intraday
 * re-forecast and staffing gap. The math is libs/forecast's and libs/erlang's.
 */
@Module({
  imports: [IngestModule],
  providers: [
    PlanningData,
    SpecialDaysService,
    ForecastService,
    SnapshotService,
    PlanningSettingsService,
    StaffingService,
    IntradayService,
    ScheduledStaff,
    PlanningResolver,
    ForecastSnapshotResolver,
    StaffingResolver,
    QueueRequirementsResolver,
  ],
  exports: [ForecastService, SnapshotService, StaffingService, IntradayService, ScheduledStaff],
})
export class PlanningModule {}
