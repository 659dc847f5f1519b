import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { AdherenceReader } from './adherence.reader.js';
import { AgentStatesReader } from './agent-states.reader.js';
import { AssessmentResolver } from './assessment.resolver.js';
import { AssessmentSetsService } from './assessment-sets.service.js';
import { DrillDownService } from './drill-down.service.js';
import { ForecastAccuracyReader } from './forecast-accuracy.reader.js';
import { MonthlyCountersService } from './monthly-counters.service.js';
import { PublishedPlanReader } from './published-plan.reader.js';
import { RecordsService } from './records.service.js';
import { ScorecardService } from './scorecard.service.js';
import { ServiceLevelGapService } from './service-level-gap.service.js';

/**
 * Executive award assessment (issue #9): assessment sets, the scorecard with frozen months, the
 * drill-down, the service-level gap and the QA / training records it needs. Figures are read with
 * the trends page's StatsReader and computed by libs/metrics and libs/assessment.
 */
@Module({
  imports: [IngestModule, MetricsModule],
  providers: [
    AssessmentSetsService,
    MonthlyCountersService,
    ForecastAccuracyReader,
    AdherenceReader,
    AgentStatesReader,
    PublishedPlanReader,
    ScorecardService,
    DrillDownService,
    ServiceLevelGapService,
    RecordsService,
    AssessmentResolver,
  ],
})
export class AssessmentModule {}
