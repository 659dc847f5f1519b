import { Args, Int, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Kiosk, Roles, STAFF_ROLES } from '../auth/roles.decorator.js';
import { badInput, type FieldProblem } from '../common/validation.js';
import { LiveAlertFilter, LiveQueueFilter } from './dto/live.args.js';
import { LivePublisherService, type AlertFilter, type QueueFilter } from './live-publisher.service.js';
import { LiveStateService } from './live-state.service.js';
import { LiveAgentsUpdate, LiveAlertsUpdate, LiveQueuesUpdate } from './models/live.models.js';

const passThrough = { resolve: (payload: unknown) => payload };

/**
 * The live floor: queries answer a SNAPSHOT; subscriptions (graphql-ws) send a SNAPSHOT, then
 * CHANGES (at most 4 a second per queue or agent) and a HEARTBEAT every 5 seconds.
 */
@Resolver()
export class LiveResolver {
  constructor(
    private readonly publisher: LivePublisherService,
    private readonly state: LiveStateService,
  ) {}

  @Kiosk()
  @Roles(...STAFF_ROLES)
  @Query(() => LiveQueuesUpdate, { description: 'Every queue of the filter now (kind SNAPSHOT)' })
  async liveQueues(
    @Args('filter', { type: () => LiveQueueFilter, nullable: true }) filter?: LiveQueueFilter,
  ): Promise<LiveQueuesUpdate> {
    return this.publisher.queuesSnapshot(await this.queueFilter(filter));
  }

  @Kiosk()
  @Roles(...STAFF_ROLES)
  @Query(() => LiveAgentsUpdate, { description: 'Every agent (of the team) now (kind SNAPSHOT)' })
  async liveAgents(
    @Args('teamId', { type: () => Int, nullable: true }) teamId?: number,
  ): Promise<LiveAgentsUpdate> {
    return this.publisher.agentsSnapshot(await this.teamId(teamId));
  }

  @Kiosk()
  @Roles(...STAFF_ROLES)
  @Subscription(() => LiveQueuesUpdate, {
    name: 'liveQueues',
    description: 'Live queues of the filter: SNAPSHOT, then CHANGES and HEARTBEATs',
    ...passThrough,
  })
  async subscribeLiveQueues(
    @Args('filter', { type: () => LiveQueueFilter, nullable: true }) filter?: LiveQueueFilter,
  ) {
    return this.publisher.subscribeQueues(await this.queueFilter(filter));
  }

  @Kiosk()
  @Roles(...STAFF_ROLES)
  @Subscription(() => LiveAgentsUpdate, {
    name: 'liveAgents',
    description: 'Live agents (of the team): SNAPSHOT, then CHANGES and HEARTBEATs',
    ...passThrough,
  })
  async subscribeLiveAgents(@Args('teamId', { type: () => Int, nullable: true }) teamId?: number) {
    return this.publisher.subscribeAgents(await this.teamId(teamId));
  }

  @Kiosk()
  @Roles(...STAFF_ROLES)
  @Subscription(() => LiveAlertsUpdate, {
    name: 'liveAlerts',
    description:
      'Alerts: SNAPSHOT of the active ones, then CHANGES (raised, or cleared with clearedAt set) and HEARTBEATs',
    ...passThrough,
  })
  async subscribeLiveAlerts(
    @Args('filter', { type: () => LiveAlertFilter, nullable: true }) filter?: LiveAlertFilter,
  ) {
    const problems = await this.check(() => {
      const found = this.unknownQueues(filter?.queueIds, 'filter.queueIds');
      if (filter?.teamId != null && !this.state.directory.teams.has(filter.teamId))
        found.push({ field: 'filter.teamId', reason: `unknown team ${filter.teamId}` });
      return found;
    });
    if (problems.length > 0) throw badInput(problems);
    const alertFilter: AlertFilter = {
      queueIds: filter?.queueIds?.map(Number),
      siteId: filter?.siteId,
      teamId: filter?.teamId,
      rules: filter?.rules,
    };
    return this.publisher.subscribeAlerts(alertFilter);
  }

  private async queueFilter(filter: LiveQueueFilter | undefined): Promise<QueueFilter> {
    const problems = await this.check(() => this.unknownQueues(filter?.queueIds, 'filter.queueIds'));
    if (problems.length > 0) throw badInput(problems);
    return {
      queueIds: filter?.queueIds?.map(Number).sort((a, b) => a - b),
      channel: filter?.channel,
      siteId: filter?.siteId,
    };
  }

  private async teamId(teamId: number | undefined): Promise<number | null> {
    const problems = await this.check(() =>
      teamId == null || this.state.directory.teams.has(teamId)
        ? []
        : [{ field: 'teamId', reason: `unknown team ${teamId}` }],
    );
    if (problems.length > 0) throw badInput(problems);
    return teamId ?? null;
  }

  /**
   * Checks ids against the live directory (re-read when a second old); what it does not know is
   * checked again against a fresh read (it may have been created a moment ago).
   */
  private async check(problems: () => FieldProblem[]): Promise<FieldProblem[]> {
    await this.state.refreshDirectory(1000);
    if (problems().length === 0) return [];
    await this.state.refreshDirectory(0);
    return problems();
  }

  private unknownQueues(ids: string[] | undefined, field: string): FieldProblem[] {
    return (ids ?? [])
      .map((id, i) => ({ id, i }))
      .filter(({ id }) => !this.state.directory.queues.has(Number(id)))
      .map(({ id, i }) => ({ field: `${field}.${i}`, reason: `unknown queue ${id}` }));
  }
}
