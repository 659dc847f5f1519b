import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Roles, STAFF_ROLES } from '../auth/roles.decorator.js';
import { AgentMetricsArgs, ClaimMetricsArgs } from './dto/agent-metrics.args.js';
import { MetricsArgs } from './dto/metrics.args.js';
import { EventLoopTurns } from './event-loop-turns.js';
import { MetricsService } from './metrics.service.js';
import { AgentMetricsReport } from './models/agent-metrics.model.js';
import { ClaimMetricsReport } from './models/claim-metrics.model.js';
import { QueueMetricsReport } from './models/contact-metrics.model.js';
import { selectedFigures } from './selected-figures.js';

@Resolver()
export class MetricsResolver {
  constructor(private readonly metrics: MetricsService) {}

  @Roles(...STAFF_ROLES)
  @Query(() => QueueMetricsReport, {
    description:
      'Contact metrics per queue and per channel over a local date range, at INTERVAL/DAY/WEEK/MONTH granularity, with the previous period',
  })
  async queueMetrics(
    @Args() args: MetricsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<QueueMetricsReport> {
    // Only the counters of the figures the query selects are read and summed.
    const report = await this.metrics.queueReport(args, selectedFigures(info.fieldNodes, info.fragments));
    const turns = new EventLoopTurns();
    // Channel sums are computed only when the query reads them (a getter, not a copy).
    return {
      from: args.from,
      to: args.to,
      granularity: args.granularity,
      queues: report.queues.map((s) => pointsInTurns(s, turns)),
      get channels() {
        return report.channels.map((s) => pointsInTurns(s, turns));
      },
    };
  }

  @Roles(...STAFF_ROLES)
  @Query(() => AgentMetricsReport, {
    description: 'Agent metrics (occupancy, utilization, shrinkage, AHT, QA, training) per team and agent',
  })
  async agentMetrics(@Args() args: AgentMetricsArgs): Promise<AgentMetricsReport> {
    return {
      from: args.from,
      to: args.to,
      granularity: args.granularity,
      ...(await this.metrics.agentMetrics(args)),
    };
  }

  @Roles(...STAFF_ROLES)
  @Query(() => ClaimMetricsReport, {
    description: 'Claim-desk figures: opened, settled, backlog, settled within SLA, cycle time, aging',
  })
  async claimMetrics(@Args() args: ClaimMetricsArgs): Promise<ClaimMetricsReport> {
    return {
      from: args.from,
      to: args.to,
      granularity: args.granularity,
      queues: await this.metrics.claimMetrics(args),
    };
  }
}

/**
 * A series whose point lists are each computed — and executed by graphql-js, which awaits a
 * promise where a list is due — in a turn of the event loop of their own. A six-month trend of
 * every queue takes ~50–100 ms of CPU; in turns, requests answered from the cache meanwhile wait
 * for one series' points (a few ms), not for all of it. The other fields are the series' own.
 */
function pointsInTurns<S extends { points: unknown[]; previousPoints: unknown[] }>(
  series: S,
  turns: EventLoopTurns,
): S {
  return Object.create(series, {
    points: { get: () => turns.next(() => series.points) },
    previousPoints: { get: () => turns.next(() => series.previousPoints) },
  }) as S;
}
