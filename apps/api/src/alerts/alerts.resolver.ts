import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Kiosk, Roles, STAFF_ROLES } from '../auth/roles.decorator.js';
import { badInput } from '../common/validation.js';
import { alertView } from './alert-views.js';
import { AlertsService } from './alerts.service.js';
import { AlertsArgs, SetAgentStateAlertLimitArgs } from './dto/alerts.args.js';
import { Alert, AgentStateAlertLimit } from './models/alert.model.js';

@Resolver()
export class AlertsResolver {
  constructor(private readonly service: AlertsService) {}

  @Kiosk()
  @Roles(...STAFF_ROLES)
  @Query(() => [Alert], { description: 'Alert history (active and cleared), newest first' })
  async alerts(@Args() args: AlertsArgs): Promise<Alert[]> {
    const fromMs = args.from === undefined ? undefined : Date.parse(args.from);
    const toMs = args.to === undefined ? undefined : Date.parse(args.to);
    if (fromMs !== undefined && toMs !== undefined && toMs < fromMs)
      throw badInput([{ field: 'to', reason: 'must not be before from' }]);
    const rows = await this.service.history({
      active: args.active,
      queueIds: args.queueIds?.map(Number),
      teamId: args.teamId,
      rules: args.rules,
      fromMs,
      toMs,
      limit: args.limit,
    });
    return rows.map((r) => alertView(r.record, r.names));
  }

  @Roles(...STAFF_ROLES)
  @Query(() => [AgentStateAlertLimit], {
    description: 'How long an agent may stay in each state before AGENT_STATE_DURATION is raised',
  })
  agentStateAlertLimits(): AgentStateAlertLimit[] {
    return this.service.stateLimits();
  }

  @Roles('ADMIN')
  @Mutation(() => AgentStateAlertLimit, { description: "Sets (or resets) one state's alert limit" })
  async setAgentStateAlertLimit(@Args() args: SetAgentStateAlertLimitArgs): Promise<AgentStateAlertLimit> {
    await this.service.setStateLimit(args.state, args.maxSeconds ?? null, args.reset);
    return this.service.stateLimits().find((l) => l.state === args.state)!;
  }
}
