import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator.js';
import { LiveAgent } from '../live/models/live.models.js';
import { AdherenceService } from './adherence.service.js';
import {
  AdherenceToleranceModel,
  AgentAdherenceModel,
  LiveAdherenceModel,
} from './models/adherence.models.js';

const READERS = ['SCHEDULER', 'MANAGER', 'EXECUTIVE'] as const;

/** Adherence and conformance per agent and day, and the tolerances per activity. */
@Resolver()
export class AdherenceResolver {
  constructor(private readonly service: AdherenceService) {}

  @Roles(...READERS)
  @Query(() => [AgentAdherenceModel], {
    description:
      'Adherence and conformance of each scheduled agent (of the team) on a local date against the published schedule, up to now',
  })
  adherence(
    @Args('date') date: string,
    @Args('teamId', { type: () => Int, nullable: true }) teamId?: number,
  ): Promise<AgentAdherenceModel[]> {
    return this.service.day(date, teamId ?? null);
  }

  @Roles(...READERS)
  @Query(() => [AdherenceToleranceModel], {
    description: 'Seconds of mismatch forgiven per scheduled activity',
  })
  adherenceTolerances(): AdherenceToleranceModel[] {
    return this.service.toleranceList();
  }

  @Roles('SCHEDULER')
  @Mutation(() => [AdherenceToleranceModel])
  setAdherenceTolerance(
    @Args('activity') activity: string,
    @Args('seconds', { type: () => Int }) seconds: number,
  ): Promise<AdherenceToleranceModel[]> {
    return this.service.setTolerance(activity, Math.max(0, seconds));
  }
}

/** The live floor's agents, each against the published schedule now. */
@Resolver(() => LiveAgent)
export class LiveAgentAdherenceResolver {
  constructor(private readonly service: AdherenceService) {}

  @ResolveField(() => LiveAdherenceModel, {
    description: 'The agent now against the published schedule (tolerance per activity)',
  })
  adherence(@Parent() agent: LiveAgent): Promise<LiveAdherenceModel> {
    return this.service.live(agent.agentId, agent.state, agent.since);
  }
}
