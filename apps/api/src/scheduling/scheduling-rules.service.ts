import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActivityRequest, Agent, SchedulingRules, TimeWindow } from '@servicefloor/scheduling';
import { DataSource, In, LessThan, MoreThan, type FindOptionsWhere } from 'typeorm';
import { badInput } from '../common/validation.js';
import { AgentEntity } from '../directory/entities/agent.entity.js';
import { SiteEntity } from '../directory/entities/site.entity.js';
import { addDays, dayStart } from '../planning/zone.js';
import type {
  ActivityRequestInput,
  AgentSchedulingInput,
  ContractInput,
  DecideTimeOffInput,
  ShiftTemplateInput,
  TimeOffInput,
  TimeOffRequestInput,
} from './dto/scheduling.inputs.js';
import { ActivityRequestEntity } from './entities/activity-request.entity.js';
import { AgentSchedulingEntity } from './entities/agent-scheduling.entity.js';
import { ContractEntity } from './entities/contract.entity.js';
import { ShiftTemplateEntity } from './entities/shift-template.entity.js';
import { TimeOffEntity, type TimeOffStatus } from './entities/time-off.entity.js';
import { DEFAULT_CONTRACTS, DEFAULT_TEMPLATES } from './scheduling-defaults.js';
import { libContract, libTemplate } from './lib-rules.js';
import { msToMinute } from './week-time.js';

/** An agent of the directory with its proficiency per queue name. */
export interface SkilledAgent {
  agentId: string;
  skills: Record<string, number>;
}

const DAYS = 7;

/**
 * The scheduling model: shift templates with their break and meal rules, contracts, each agent's
 * contract, availability and days off, time off and activity requests. Defaults are created on
 * first use, so a new center can generate at once. `rulesFor` turns them into libs/scheduling
 * SchedulingRules for one week.
 */
@Injectable()
export class SchedulingRulesService {
  private defaults: Promise<void> | null = null;
  private firstZone: Promise<string> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Creates the default templates and contracts when none are stored. */
  ensureDefaults(): Promise<void> {
    // One check at a time: concurrent first reads would both insert the defaults.
    this.defaults ??= this.createDefaults().catch((error: unknown) => {
      this.defaults = null;
      throw error;
    });
    return this.defaults;
  }

  private async createDefaults(): Promise<void> {
    const templates = this.db.getRepository(ShiftTemplateEntity);
    if ((await templates.count()) === 0)
      await templates.save(DEFAULT_TEMPLATES.map((t) => templates.create(t)));
    const contracts = this.db.getRepository(ContractEntity);
    if ((await contracts.count()) === 0)
      await contracts.save(DEFAULT_CONTRACTS.map((c) => contracts.create(c)));
  }

  async templates(): Promise<ShiftTemplateEntity[]> {
    await this.ensureDefaults();
    return this.db.getRepository(ShiftTemplateEntity).find({ order: { code: 'ASC' } });
  }

  async contracts(): Promise<ContractEntity[]> {
    await this.ensureDefaults();
    return this.db.getRepository(ContractEntity).find({ order: { code: 'ASC' } });
  }

  agentSettings(): Promise<AgentSchedulingEntity[]> {
    return this.db.getRepository(AgentSchedulingEntity).find({ order: { agentId: 'ASC' } });
  }

  /** Time off (every status), optionally of some agents, statuses, or overlapping [from, to) epoch ms. */
  timeOff(
    filter: { agentIds?: string[]; statuses?: TimeOffStatus[]; from?: number; to?: number } = {},
  ): Promise<TimeOffEntity[]> {
    const where: FindOptionsWhere<TimeOffEntity> = {};
    if (filter.agentIds) where.agentId = In(filter.agentIds);
    if (filter.statuses) where.status = In(filter.statuses);
    if (filter.from !== undefined) where.end = MoreThan(filter.from);
    if (filter.to !== undefined) where.start = LessThan(filter.to);
    return this.db.getRepository(TimeOffEntity).find({ where, order: { start: 'ASC', id: 'ASC' } });
  }

  activities(): Promise<ActivityRequestEntity[]> {
    return this.db.getRepository(ActivityRequestEntity).find({ order: { earliestStart: 'ASC' } });
  }

  async saveTemplate(input: ShiftTemplateInput): Promise<ShiftTemplateEntity> {
    await this.ensureDefaults();
    const problems = [];
    if (input.latestStartMinutes < input.earliestStartMinutes)
      problems.push({ field: 'input.latestStartMinutes', reason: 'must not be before earliestStartMinutes' });
    input.breakRules.forEach((r, i) => {
      if (r.latestOffsetMinutes < r.earliestOffsetMinutes)
        problems.push({
          field: `input.breakRules.${i}.latestOffsetMinutes`,
          reason: 'must not be before earliestOffsetMinutes',
        });
    });
    if (problems.length > 0) throw badInput(problems);
    const repo = this.db.getRepository(ShiftTemplateEntity);
    const existing = await repo.findOne({ where: { code: input.code } });
    return repo.save(
      repo.create({
        ...existing,
        code: input.code,
        earliestStartMinutes: input.earliestStartMinutes,
        latestStartMinutes: input.latestStartMinutes,
        startStepMinutes: input.startStepMinutes,
        lengthsMinutes: input.lengthsMinutes,
        days: input.days ?? null,
        breakRules: input.breakRules.map((r) => ({ ...r, minShiftMinutes: r.minShiftMinutes ?? undefined })),
      }),
    );
  }

  async saveContract(input: ContractInput): Promise<ContractEntity> {
    await this.ensureDefaults();
    if (input.maxHoursPerWeek < input.minHoursPerWeek)
      throw badInput([{ field: 'input.maxHoursPerWeek', reason: 'must not be below minHoursPerWeek' }]);
    const repo = this.db.getRepository(ContractEntity);
    const existing = await repo.findOne({ where: { code: input.code } });
    const saved = await repo.save(
      repo.create({
        ...existing,
        code: input.code,
        minHoursPerWeek: input.minHoursPerWeek,
        maxHoursPerWeek: input.maxHoursPerWeek,
        maxWorkingDays: input.maxWorkingDays,
        minRestHours: input.minRestHours,
        fixedDaysOff: input.fixedDaysOff ?? [],
        isDefault: input.isDefault ?? existing?.isDefault ?? false,
      }),
    );
    // One default: the new default replaces the old one.
    if (saved.isDefault)
      await repo
        .createQueryBuilder()
        .update()
        .set({ isDefault: false })
        .where('id != :id', { id: saved.id })
        .execute();
    return saved;
  }

  async saveAgentSettings(input: AgentSchedulingInput): Promise<AgentSchedulingEntity> {
    await this.ensureDefaults();
    const problems = [];
    if (!(await this.db.getRepository(AgentEntity).exists({ where: { agentId: input.agentId } })))
      problems.push({ field: 'input.agentId', reason: `unknown agent ${input.agentId}` });
    if (
      input.contractCode &&
      !(await this.db.getRepository(ContractEntity).exists({ where: { code: input.contractCode } }))
    )
      problems.push({ field: 'input.contractCode', reason: `unknown contract ${input.contractCode}` });
    const codes = new Set((await this.templates()).map((t) => t.code));
    (input.templateCodes ?? []).forEach((c, i) => {
      if (!codes.has(c))
        problems.push({ field: `input.templateCodes.${i}`, reason: `unknown template ${c}` });
    });
    (input.availability ?? []).forEach((w, i) => {
      if (w.toMinutes <= w.fromMinutes)
        problems.push({ field: `input.availability.${i}.toMinutes`, reason: 'must be after fromMinutes' });
    });
    if (problems.length > 0) throw badInput(problems);
    const repo = this.db.getRepository(AgentSchedulingEntity);
    return repo.save(
      repo.create({
        agentId: input.agentId,
        contractCode: input.contractCode ?? null,
        templateCodes: input.templateCodes ?? null,
        availability: input.availability ?? null,
        fixedDaysOff: input.fixedDaysOff ?? null,
      }),
    );
  }

  async addTimeOff(input: TimeOffInput): Promise<TimeOffEntity> {
    const start = Date.parse(input.start);
    const end = Date.parse(input.end);
    const problems = [];
    if (!(await this.db.getRepository(AgentEntity).exists({ where: { agentId: input.agentId } })))
      problems.push({ field: 'input.agentId', reason: `unknown agent ${input.agentId}` });
    if (Number.isNaN(start)) problems.push({ field: 'input.start', reason: 'must be an ISO 8601 date-time' });
    if (Number.isNaN(end)) problems.push({ field: 'input.end', reason: 'must be an ISO 8601 date-time' });
    else if (end <= start) problems.push({ field: 'input.end', reason: 'must be after start' });
    if (problems.length > 0) throw badInput(problems);
    const repo = this.db.getRepository(TimeOffEntity);
    return repo.save(
      repo.create({
        agentId: input.agentId,
        start,
        end,
        paidHours: input.paidHours ?? 0,
        note: input.note ?? '',
        status: 'APPROVED',
        requestedBy: null,
        decidedBy: null,
        decidedAt: null,
      }),
    );
  }

  /**
   * A PENDING request for whole local days [fromDate, toDate] of the agent's site (its team's site,
   * else the site of a queue it serves, else the first site); a scheduler decides it.
   */
  async requestTimeOff(input: TimeOffRequestInput, requestedBy: string): Promise<TimeOffEntity> {
    const problems = [];
    const agent = input.agentId
      ? await this.db.getRepository(AgentEntity).findOne({
          where: { agentId: input.agentId },
          relations: { team: { site: true }, skills: { queue: { site: true } } },
        })
      : null;
    if (!input.agentId) problems.push({ field: 'input.agentId', reason: 'is required' });
    else if (!agent) problems.push({ field: 'input.agentId', reason: `unknown agent ${input.agentId}` });
    if (input.toDate < input.fromDate)
      problems.push({ field: 'input.toDate', reason: 'must not be before fromDate' });
    else if (addDays(input.fromDate, 31) <= input.toDate)
      problems.push({ field: 'input.toDate', reason: 'a request covers at most 31 days' });
    if (problems.length > 0 || !agent) throw badInput(problems);
    const zone = await this.zoneOf(agent);
    const repo = this.db.getRepository(TimeOffEntity);
    return repo.save(
      repo.create({
        agentId: agent.agentId,
        start: dayStart(input.fromDate, zone),
        end: dayStart(addDays(input.toDate, 1), zone),
        paidHours: input.paidHours ?? 0,
        note: input.note ?? '',
        status: 'PENDING',
        requestedBy,
        decidedBy: null,
        decidedAt: null,
      }),
    );
  }

  /** Approves or refuses time off (a decision may be changed: an approval withdrawn is a refusal). */
  async decideTimeOff(input: DecideTimeOffInput, decidedBy: string, now: number): Promise<TimeOffEntity> {
    const repo = this.db.getRepository(TimeOffEntity);
    const row = await repo.findOne({ where: { id: Number(input.id) } });
    if (!row) throw badInput([{ field: 'input.id', reason: `unknown time off ${input.id}` }]);
    return repo.save({ ...row, status: input.decision, decidedBy, decidedAt: now });
  }

  /** Directory name and site time zone of agents (see zoneOf), by agent id. */
  async agentInfo(agentIds: string[]): Promise<Map<string, { name: string; timeZone: string }>> {
    if (agentIds.length === 0) return new Map();
    const rows = await this.db.getRepository(AgentEntity).find({
      where: { agentId: In([...new Set(agentIds)]) },
      relations: { team: { site: true }, skills: { queue: { site: true } } },
    });
    const out = new Map<string, { name: string; timeZone: string }>();
    for (const a of rows) out.set(a.agentId, { name: a.name, timeZone: await this.zoneOf(a) });
    return out;
  }

  /** An agent's site zone: its team's site, else the site of a queue it serves, else the first site. */
  private async zoneOf(agent: AgentEntity): Promise<string> {
    if (agent.team?.site?.timeZone) return agent.team.site.timeZone;
    const fromSkills = agent.skills?.find((s) => s.queue?.site)?.queue?.site?.timeZone;
    if (fromSkills) return fromSkills;
    this.firstZone ??= this.db
      .getRepository(SiteEntity)
      .find({ order: { id: 'ASC' }, take: 1 })
      .then(([first]) => first?.timeZone ?? 'UTC');
    return this.firstZone;
  }

  async addActivity(input: ActivityRequestInput): Promise<ActivityRequestEntity> {
    const earliestStart = Date.parse(input.earliestStart);
    const latestEnd = Date.parse(input.latestEnd);
    const problems = [];
    const agents = this.db.getRepository(AgentEntity);
    for (const [i, agentId] of input.agentIds.entries())
      if (!(await agents.exists({ where: { agentId } })))
        problems.push({ field: `input.agentIds.${i}`, reason: `unknown agent ${agentId}` });
    if (Number.isNaN(earliestStart))
      problems.push({ field: 'input.earliestStart', reason: 'must be an ISO 8601 date-time' });
    if (Number.isNaN(latestEnd))
      problems.push({ field: 'input.latestEnd', reason: 'must be an ISO 8601 date-time' });
    else if (latestEnd - earliestStart < input.lengthMinutes * 60_000)
      problems.push({
        field: 'input.latestEnd',
        reason: 'leaves less than lengthMinutes after earliestStart',
      });
    if (problems.length > 0) throw badInput(problems);
    const repo = this.db.getRepository(ActivityRequestEntity);
    return repo.save(
      repo.create({
        kind: input.kind,
        label: input.label ?? '',
        agentIds: input.agentIds,
        lengthMinutes: input.lengthMinutes,
        earliestStart,
        latestEnd,
        together: input.together ?? null,
      }),
    );
  }

  async deleteTimeOff(id: number): Promise<boolean> {
    return ((await this.db.getRepository(TimeOffEntity).delete({ id })).affected ?? 0) > 0;
  }

  async deleteActivity(id: number): Promise<boolean> {
    return ((await this.db.getRepository(ActivityRequestEntity).delete({ id })).affected ?? 0) > 0;
  }

  /**
   * The week's rules for libs/scheduling: every template and contract, the agents given with
   * their contract (the default when they have none), templates, availability (weekly windows
   * repeated over the week) and days off, and the time off and activities that touch the week,
   * in minutes from its Monday 00:00.
   */
  async rulesFor(weekStart: string, timeZone: string, agents: SkilledAgent[]): Promise<SchedulingRules> {
    // Only approved time off binds the generator: a pending or refused request is not leave.
    const [templates, contracts, settings, timeOff, activities] = await Promise.all([
      this.templates(),
      this.contracts(),
      this.agentSettings(),
      this.timeOff({ statuses: ['APPROVED'] }),
      this.activities(),
    ]);
    const defaultContract = (contracts.find((c) => c.isDefault) ?? contracts[0])?.code;
    if (!defaultContract) throw badInput([{ field: 'contracts', reason: 'no contract is stored' }]);
    const byAgent = new Map(settings.map((s) => [s.agentId, s]));
    const known = new Set(agents.map((a) => a.agentId));
    const weekEnd = DAYS * 1440;
    const toMinute = (ms: number) => msToMinute(ms, weekStart, timeZone);
    const inWeek = (start: number, end: number) => end > 0 && start < weekEnd;
    const libTemplates = templates.map(libTemplate);
    const libContracts = contracts.map(libContract);
    const libAgents: Agent[] = agents.map((a) => {
      const s = byAgent.get(a.agentId);
      const agent: Agent = {
        id: a.agentId,
        contractId: s?.contractCode ?? defaultContract,
        skills: a.skills,
      };
      if (s?.templateCodes) agent.templateIds = s.templateCodes;
      if (s?.fixedDaysOff) agent.fixedDaysOff = s.fixedDaysOff;
      if (s?.availability) agent.availability = weeklyWindows(s.availability);
      return agent;
    });
    return {
      days: DAYS,
      templates: libTemplates,
      contracts: libContracts,
      agents: libAgents,
      timeOff: timeOff
        .filter((t) => known.has(t.agentId))
        .map((t) => ({
          id: String(t.id),
          agentId: t.agentId,
          start: toMinute(t.start),
          end: toMinute(t.end),
          paidHours: t.paidHours,
        }))
        .filter((t) => inWeek(t.start, t.end))
        .map((t) => ({ ...t, start: Math.max(0, t.start), end: Math.min(weekEnd, t.end) })),
      activities: activities
        .map((a): ActivityRequest => ({
          id: String(a.id),
          kind: a.kind,
          agentIds: a.agentIds.filter((id) => known.has(id)),
          lengthMinutes: a.lengthMinutes,
          earliestStart: toMinute(a.earliestStart),
          latestEnd: toMinute(a.latestEnd),
          ...(a.together === null ? {} : { together: a.together }),
        }))
        .filter((a) => a.agentIds.length > 0 && a.earliestStart >= 0 && a.latestEnd <= weekEnd),
    };
  }
}

/** Weekly windows as windows of the week's horizon, one per day listed. */
function weeklyWindows(windows: { day: number; fromMinutes: number; toMinutes: number }[]): TimeWindow[] {
  return windows
    .map((w) => ({ start: w.day * 1440 + w.fromMinutes, end: w.day * 1440 + w.toMinutes }))
    .sort((a, b) => a.start - b.start);
}
