import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { ContactMetrics } from '@servicefloor/metrics';
import { Roles, STAFF_ROLES } from '../auth/roles.decorator.js';
import { AgentMetricsArgs, ClaimMetricsArgs } from './dto/agent-metrics.args.js';
import { MetricsArgs } from './dto/metrics.args.js';
import { MetricsService, type Point } from './metrics.service.js';
import { AgentMetricsReport } from './models/agent-metrics.model.js';
import { ClaimMetricsReport } from './models/claim-metrics.model.js';
import { QueueMetricsReport } from './models/contact-metrics.model.js';

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
    const { queues, channels } = await this.metrics.queueAndChannelMetrics(args, selects(info, 'channels'));
    const fix = <
      S extends {
        points: Point<ContactMetrics>[];
        previousPoints: Point<ContactMetrics>[];
        total: ContactMetrics;
        previousTotal: ContactMetrics;
      },
    >(
      s: S,
    ) => ({
      ...s,
      points: s.points.map((p) => ({ ...p, metrics: publicMetrics(p.metrics) })),
      previousPoints: s.previousPoints.map((p) => ({ ...p, metrics: publicMetrics(p.metrics) })),
      total: publicMetrics(s.total),
      previousTotal: publicMetrics(s.previousTotal),
    });
    return {
      from: args.from,
      to: args.to,
      granularity: args.granularity,
      queues: queues.map(fix),
      channels: channels.map(fix),
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

/** Whether the query asks for a top-level field of the result (to skip work nobody asked for). */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === field),
  );
}

/** A threshold of −1 marks sums over queues with different thresholds: say null, not −1. */
function publicMetrics(m: ContactMetrics) {
  return {
    ...m,
    definition: {
      ...m.definition,
      slThresholdSeconds: m.definition.slThresholdSeconds < 0 ? null : m.definition.slThresholdSeconds,
    },
  };
}
