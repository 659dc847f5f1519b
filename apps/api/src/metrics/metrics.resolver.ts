import { Args, Query, Resolver } from '@nestjs/graphql';
import { MetricsArgs } from './dto/metrics.args.js';
import { Roles, STAFF_ROLES } from '../auth/roles.decorator.js';
import { MetricsService } from './metrics.service.js';
import { QueueMetricsReport } from './models/contact-metrics.model.js';

@Resolver()
export class MetricsResolver {
  constructor(private readonly metrics: MetricsService) {}

  @Roles(...STAFF_ROLES)
  @Query(() => QueueMetricsReport, {
    description:
      'Contact metrics per queue over a local date range, at INTERVAL/DAY/WEEK/MONTH granularity, with the previous period',
  })
  async queueMetrics(@Args() args: MetricsArgs): Promise<QueueMetricsReport> {
    const queues = await this.metrics.queueMetrics(args);
    return { from: args.from, to: args.to, granularity: args.granularity, queues };
  }
}
