import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator.js';
import type { Principal } from '../auth/principal.js';
import { CurrentPrincipal } from '../auth/request-authentication.js';
import { badInput } from '../common/validation.js';
import { isoInZone, localDateOf } from '../planning/zone.js';
import {
  ActivityRequestInput,
  AgentSchedulingInput,
  ContractInput,
  DecideTimeOffInput,
  EditShiftInput,
  GenerateScheduleInput,
  ShiftTemplateInput,
  TimeOffInput,
  TimeOffRequestInput,
} from './dto/scheduling.inputs.js';
import type { ActivityRequestEntity } from './entities/activity-request.entity.js';
import type { TimeOffEntity, TimeOffStatus } from './entities/time-off.entity.js';
import {
  ActivityRequestModel,
  AgentSchedulingModel,
  ContractModel,
  MyScheduleModel,
  ScheduleAgentModel,
  ScheduleCoverageModel,
  ScheduleModel,
  ScheduleSimulationModel,
  SchedulingRulesModel,
  ShiftTemplateModel,
  TimeOffModel,
  ViolationModel,
} from './models/scheduling.models.js';
import { ScheduleService } from './schedule.service.js';
import { SchedulingRulesService } from './scheduling-rules.service.js';
import { SimulationService } from './simulation.service.js';
import { mondayOf } from './week-time.js';

const READERS = ['SCHEDULER', 'MANAGER', 'EXECUTIVE'] as const;
const TIME_OFF_STATUSES: readonly TimeOffStatus[] = ['PENDING', 'APPROVED', 'REFUSED'];

/** Schedules: generate, read (agents, coverage, violations), edit, publish, and an agent's own week. */
@Resolver(() => ScheduleModel)
export class ScheduleResolver {
  constructor(
    private readonly store: ScheduleService,
    private readonly simulations: SimulationService,
  ) {}

  @Roles('SCHEDULER')
  @Mutation(() => ScheduleModel, {
    description:
      'Starts generating a week for the agents of the queues (requirement from the planning forecast and staffing); answers at once with status GENERATING — query schedule(id) until READY or FAILED',
  })
  async generateSchedule(@Args('input') input: GenerateScheduleInput): Promise<ScheduleModel> {
    return this.store.model(await this.store.generate(input));
  }

  @Roles(...READERS)
  @Query(() => ScheduleModel, { description: 'One schedule with its status' })
  async schedule(@Args('id', { type: () => ID }) id: string): Promise<ScheduleModel> {
    await this.store.expireStale();
    return this.store.model((await this.store.load(idOf(id))).row);
  }

  @Roles(...READERS)
  @Query(() => [ScheduleModel], { description: 'The latest schedules (of one week), newest first' })
  async schedules(
    @Args('weekStart', { type: () => String, nullable: true }) weekStart?: string,
  ): Promise<ScheduleModel[]> {
    return (await this.store.list(weekStart)).map((row) => this.store.model(row));
  }

  @Roles('SCHEDULER')
  @Mutation(() => ScheduleModel, {
    description:
      'Moves, resizes or swaps a shift or adds an activity; refused (BAD_USER_INPUT naming the field and the rule) when it would break a rule. Ask for coverage on the result to see it recomputed.',
  })
  async editShift(@Args('input') input: EditShiftInput): Promise<ScheduleModel> {
    return this.store.model(await this.store.edit(input));
  }

  @Roles('SCHEDULER')
  @Mutation(() => ScheduleModel, {
    description: 'Cancels a generation under way: the schedule becomes CANCELLED and its solver is stopped',
  })
  async cancelGeneration(@Args('id', { type: () => ID }) id: string): Promise<ScheduleModel> {
    return this.store.model(await this.store.cancel(idOf(id)));
  }

  @Roles(...READERS)
  @Query(() => ScheduleSimulationModel, {
    description:
      'Simulation check of a schedule: each queue’s scheduled whole agents with the forecast volumes and AHT through the libs/simulator staffing-plan simulation, service level per interval with a 95 % confidence range; answers RUNNING at first (a background job, one at a time) — ask again until READY',
  })
  async scheduleSimulation(
    @Args('id', { type: () => ID }) id: string,
    @Args('replications', { type: () => Int, defaultValue: 20, description: '2–100' })
    replications: number,
    @Args('seed', { type: () => Int, defaultValue: 1 }) seed: number,
  ): Promise<ScheduleSimulationModel> {
    if (!Number.isInteger(replications) || replications < 2 || replications > 100)
      throw badInput([{ field: 'replications', reason: 'must be a whole number from 2 to 100' }]);
    if (!Number.isInteger(seed) || seed < 0)
      throw badInput([{ field: 'seed', reason: 'must be a whole number ≥ 0' }]);
    return this.simulations.simulation(idOf(id), replications, seed);
  }

  @Roles('SCHEDULER')
  @Mutation(() => ScheduleModel, {
    description: 'Publishes a ready schedule (agents see it; adherence follows it)',
  })
  async publishSchedule(@Args('id', { type: () => ID }) id: string): Promise<ScheduleModel> {
    return this.store.model(await this.store.publish(idOf(id)));
  }

  @ResolveField(() => [ScheduleAgentModel], { description: 'Per agent: shifts with breaks and activities' })
  async agents(
    @Parent() parent: ScheduleModel,
    @Args('agentIds', { type: () => [String], nullable: true }) agentIds?: string[],
    @Args('teamId', { type: () => Int, nullable: true }) teamId?: number,
  ): Promise<ScheduleAgentModel[]> {
    return this.store.agents(await this.store.load(Number(parent.id)), { agentIds, teamId });
  }

  @ResolveField(() => ScheduleCoverageModel, {
    nullable: true,
    description:
      'Scheduled skill-weighted staff against the requirement per interval, with predicted service level',
  })
  async coverage(@Parent() parent: ScheduleModel): Promise<ScheduleCoverageModel | null> {
    return this.store.coverage(await this.store.load(Number(parent.id)));
  }

  @ResolveField(() => [ViolationModel], {
    description: 'Rules the schedule breaks (the validator of libs/scheduling)',
  })
  async violations(@Parent() parent: ScheduleModel): Promise<ViolationModel[]> {
    return this.store
      .violations(await this.store.load(Number(parent.id)))
      .map((v) => ({ ...v, shiftId: v.shiftId ?? null }));
  }
}

/** An agent's own published week. */
@Resolver()
export class MyScheduleResolver {
  constructor(private readonly store: ScheduleService) {}

  @Roles('AGENT')
  @Query(() => MyScheduleModel, {
    nullable: true,
    description: 'The signed-in agent’s own published week (default: this week); null when none is published',
  })
  async mySchedule(
    @CurrentPrincipal() principal: Principal,
    @Args('weekStart', { type: () => String, nullable: true }) weekStart?: string,
  ): Promise<MyScheduleModel | null> {
    const agentId = principal.kind === 'user' ? principal.agentId : null;
    if (!agentId) throw badInput([{ field: 'agentId', reason: 'this user is not linked to an agent' }]);
    const week = weekStart ?? mondayOf(new Date().toISOString().slice(0, 10));
    const published = await this.store.published(mondayOf(week));
    if (!published) return null;
    const [agent] = await this.store.agents(published, { agentIds: [agentId] });
    if (!agent) return null;
    return {
      scheduleId: String(published.row.id),
      weekStart: published.row.weekStart,
      timeZone: published.row.timeZone,
      publishedAt:
        published.row.publishedAt === null
          ? null
          : isoInZone(published.row.publishedAt, published.row.timeZone),
      agent,
    };
  }
}

/** The scheduling model: templates, contracts, agent settings, time off and activity requests. */
@Resolver()
export class SchedulingRulesResolver {
  constructor(private readonly rules: SchedulingRulesService) {}

  @Roles(...READERS)
  @Query(() => SchedulingRulesModel, {
    description: 'Templates, contracts, agent settings, time off and activities',
  })
  async schedulingRules(): Promise<SchedulingRulesModel> {
    const [templates, contracts, agents, timeOff, activities] = await Promise.all([
      this.rules.templates(),
      this.rules.contracts(),
      this.rules.agentSettings(),
      this.rules.timeOff(),
      this.rules.activities(),
    ]);
    const info = await this.rules.agentInfo(timeOff.map((t) => t.agentId));
    return {
      templates: templates.map(templateModel),
      contracts,
      agents,
      timeOff: timeOff.map((t) => timeOffModel(t, info)),
      activities: activities.map(activityModel),
    };
  }

  @Roles('SCHEDULER')
  @Mutation(() => ShiftTemplateModel)
  async saveShiftTemplate(@Args('input') input: ShiftTemplateInput): Promise<ShiftTemplateModel> {
    return templateModel(await this.rules.saveTemplate(input));
  }

  @Roles('SCHEDULER')
  @Mutation(() => ContractModel)
  saveContract(@Args('input') input: ContractInput): Promise<ContractModel> {
    return this.rules.saveContract(input);
  }

  @Roles('SCHEDULER')
  @Mutation(() => AgentSchedulingModel)
  saveAgentScheduling(@Args('input') input: AgentSchedulingInput): Promise<AgentSchedulingModel> {
    return this.rules.saveAgentSettings(input);
  }

  @Roles('SCHEDULER')
  @Mutation(() => TimeOffModel)
  async addTimeOff(@Args('input') input: TimeOffInput): Promise<TimeOffModel> {
    return this.withName(await this.rules.addTimeOff(input));
  }

  @Roles(...READERS)
  @Query(() => [TimeOffModel], {
    description:
      'Time off overlapping [from, to) (ISO 8601 instants; default: all), optionally of some statuses, by start',
  })
  async timeOff(
    @Args('from', { type: () => String, nullable: true }) from?: string,
    @Args('to', { type: () => String, nullable: true }) to?: string,
    @Args('statuses', { type: () => [String], nullable: true }) statuses?: string[],
  ): Promise<TimeOffModel[]> {
    const bad = (statuses ?? []).findIndex((st) => !TIME_OFF_STATUSES.includes(st as TimeOffStatus));
    if (bad >= 0)
      throw badInput([
        { field: `statuses.${bad}`, reason: `must be one of ${TIME_OFF_STATUSES.join(', ')}` },
      ]);
    const rows = await this.rules.timeOff({
      from: instantOf(from, 'from'),
      to: instantOf(to, 'to'),
      statuses: statuses as TimeOffStatus[] | undefined,
    });
    const info = await this.rules.agentInfo(rows.map((t) => t.agentId));
    return rows.map((t) => timeOffModel(t, info));
  }

  @Roles('SCHEDULER', 'AGENT')
  @Mutation(() => TimeOffModel, {
    description:
      'Requests whole days off (PENDING until a scheduler decides); an AGENT asks for itself, a scheduler for any agent',
  })
  async requestTimeOff(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TimeOffRequestInput,
  ): Promise<TimeOffModel> {
    if (principal.kind !== 'user') throw badInput([{ field: 'input', reason: 'users only' }]);
    if (principal.role === 'AGENT') {
      if (!principal.agentId)
        throw badInput([{ field: 'input.agentId', reason: 'this user is not linked to an agent' }]);
      if (input.agentId !== undefined && input.agentId !== principal.agentId)
        throw badInput([{ field: 'input.agentId', reason: 'an agent asks for its own time off only' }]);
      input.agentId = principal.agentId;
    }
    return this.withName(await this.rules.requestTimeOff(input, principal.username));
  }

  @Roles('SCHEDULER')
  @Mutation(() => TimeOffModel, {
    description: 'Approves or refuses time off; approved time off is honoured by the next generation',
  })
  async decideTimeOff(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: DecideTimeOffInput,
  ): Promise<TimeOffModel> {
    const by = principal.kind === 'user' ? principal.username : principal.name;
    return this.withName(await this.rules.decideTimeOff(input, by, Date.now()));
  }

  @Roles('AGENT')
  @Query(() => [TimeOffModel], { description: 'The signed-in agent’s own time off and requests' })
  async myTimeOff(@CurrentPrincipal() principal: Principal): Promise<TimeOffModel[]> {
    const agentId = principal.kind === 'user' ? principal.agentId : null;
    if (!agentId) throw badInput([{ field: 'agentId', reason: 'this user is not linked to an agent' }]);
    const rows = await this.rules.timeOff({ agentIds: [agentId] });
    const info = await this.rules.agentInfo([agentId]);
    return rows.map((t) => timeOffModel(t, info));
  }

  private async withName(t: TimeOffEntity): Promise<TimeOffModel> {
    return timeOffModel(t, await this.rules.agentInfo([t.agentId]));
  }

  @Roles('SCHEDULER')
  @Mutation(() => Boolean)
  deleteTimeOff(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.rules.deleteTimeOff(idOf(id));
  }

  @Roles('SCHEDULER')
  @Mutation(() => ActivityRequestModel)
  async addActivityRequest(@Args('input') input: ActivityRequestInput): Promise<ActivityRequestModel> {
    return activityModel(await this.rules.addActivity(input));
  }

  @Roles('SCHEDULER')
  @Mutation(() => Boolean)
  deleteActivityRequest(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.rules.deleteActivity(idOf(id));
  }
}

function idOf(id: string, field = 'id'): number {
  if (!/^\d+$/.test(id)) throw badInput([{ field, reason: 'must be a numeric id' }]);
  return Number(id);
}

function templateModel(t: {
  code: string;
  earliestStartMinutes: number;
  latestStartMinutes: number;
  startStepMinutes: number;
  lengthsMinutes: number[];
  days: number[] | null;
  breakRules: ShiftTemplateModel['breakRules'];
}): ShiftTemplateModel {
  return {
    ...t,
    breakRules: t.breakRules.map((r) => ({ ...r, minShiftMinutes: r.minShiftMinutes ?? null })),
  };
}

/** The model of a time off; its local days are those of the agent's site zone. */
function timeOffModel(t: TimeOffEntity, info: Map<string, { name: string; timeZone: string }>): TimeOffModel {
  const agent = info.get(t.agentId);
  const timeZone = agent?.timeZone ?? 'UTC';
  return {
    id: String(t.id),
    agentId: t.agentId,
    agentName: agent?.name ?? t.agentId,
    timeZone,
    firstDay: localDateOf(t.start, timeZone),
    lastDay: localDateOf(t.end - 1, timeZone),
    start: new Date(t.start).toISOString(),
    end: new Date(t.end).toISOString(),
    paidHours: t.paidHours,
    note: t.note,
    status: t.status,
    requestedBy: t.requestedBy,
    decidedBy: t.decidedBy,
    decidedAt: t.decidedAt === null ? null : new Date(t.decidedAt).toISOString(),
  };
}

/** Epoch ms of an optional ISO 8601 instant argument, or BAD_USER_INPUT naming it. */
function instantOf(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw badInput([{ field, reason: 'must be an ISO 8601 date-time' }]);
  return ms;
}

function activityModel(a: ActivityRequestEntity): ActivityRequestModel {
  return {
    id: String(a.id),
    kind: a.kind,
    label: a.label,
    agentIds: a.agentIds,
    lengthMinutes: a.lengthMinutes,
    earliestStart: new Date(a.earliestStart).toISOString(),
    latestEnd: new Date(a.latestEnd).toISOString(),
    together: a.together,
  };
}
