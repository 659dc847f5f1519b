import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  applyEdit,
  coverage,
  shiftPaidMinutes,
  validateSchedule,
  type Schedule,
  type ScheduleEdit,
  type ScheduledShift,
  type SchedulingRules,
  type Violation,
} from '@servicefloor/scheduling';
import { DataSource, In, LessThan } from 'typeorm';
import { badInput, type FieldProblem } from '../common/validation.js';
import { AgentEntity } from '../directory/entities/agent.entity.js';
import { QueueEntity } from '../directory/entities/queue.entity.js';
import type { StaffingRequirementsInput } from '../planning/dto/planning.inputs.js';
import { DEFAULT_FORECAST_OPTIONS } from '../planning/forecast.service.js';
import { ScheduledStaff } from '../planning/scheduled-staff.js';
import { StaffingService } from '../planning/staffing.service.js';
import { addDays, isoInZone } from '../planning/zone.js';
import type { EditShiftInput, GenerateScheduleInput } from './dto/scheduling.inputs.js';
import { ScheduleEntity } from './entities/schedule.entity.js';
import type { GenerationOutcome } from './generation-result.js';
import type {
  GenerationFiguresModel,
  ScheduleAgentModel,
  ScheduleCoverageModel,
  ScheduleModel,
  ShiftModel,
} from './models/scheduling.models.js';
import { runGeneration } from './run-generation.js';
import { libRequirement, scheduleCoverage, type StoredRequirement } from './schedule-coverage.js';
import { SchedulingRulesService, type SkilledAgent } from './scheduling-rules.service.js';
import { isMonday, minuteToMs, mondayOf, msToMinute } from './week-time.js';
import { JobCancelledError, runningWorkers } from './worker-job.js';

const DAYS = 7;

/** A schedule still GENERATING after this long was cut off (the server stopped); it is reported FAILED. */
const STALE_GENERATION_MS = 15 * 60_000;

/** applyEdit names libs/scheduling's fields in its errors; these are the input's. */
const LIB_FIELDS: Record<string, string> = {
  shiftId: 'shiftId',
  otherShiftId: 'otherShiftId',
  start: 'startMinute',
  end: 'endMinute',
  'activity.start': 'activity.startMinute',
  'activity.end': 'activity.endMinute',
};
const INTERVALS = DAYS * 96;

/** A stored schedule with its JSON read. */
export interface LoadedSchedule {
  row: ScheduleEntity;
  schedule: Schedule | null;
  requirement: StoredRequirement | null;
  rules: SchedulingRules | null;
  figures: GenerationFiguresModel | null;
}

/** Fired after a schedule is published or a published one is edited (adherence re-reads it). */
export type PublishedListener = () => void;

/**
 * Schedules: generation as a background job (requirement from the planning API, libs/scheduling in
 * a worker thread), storage, per-agent views, coverage with predicted service level, edits checked
 * by the validator, publishing and an agent's own week.
 */
@Injectable()
export class ScheduleService implements OnApplicationShutdown, OnModuleInit {
  private readonly logger = new Logger(ScheduleService.name);
  private readonly jobs = new Set<Promise<void>>();
  /** Generations under way in this instance, by schedule id (cancel aborts them). */
  private readonly running = new Map<number, AbortController>();
  private readonly listeners = new Set<PublishedListener>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly staffing: StaffingService,
    private readonly rulesService: SchedulingRulesService,
    private readonly scheduledStaff: ScheduledStaff,
  ) {}

  /** The staffing gap of the operations page reads the published schedules through this. */
  onModuleInit(): void {
    this.scheduledStaff.register((queue, starts) => this.publishedStaff(queue, starts));
  }

  /**
   * Skill-weighted staff the published schedules put on `queue` in the 15-minute interval starting
   * at each instant (libs/scheduling coverage), null where no published schedule of the queue
   * covers it.
   */
  async publishedStaff(queue: string, intervalStarts: number[]): Promise<(number | null)[]> {
    // The week of an instant depends on the site's zone: try the Mondays of the UTC dates around it.
    const weeks = new Set<string>();
    for (const ms of intervalStarts)
      for (const shift of [-1, 0, 1])
        weeks.add(mondayOf(new Date(ms + shift * 86_400_000).toISOString().slice(0, 10)));
    const lines: { weekStart: string; timeZone: string; staff: number[] }[] = [];
    for (const week of weeks) {
      const s = await this.published(week);
      if (!s?.schedule || !s.requirement || !s.row.queues.includes(queue)) continue;
      const line = coverage(s.schedule, libRequirement(s.requirement)).queues.find(
        (q) => q.queueId === queue,
      );
      if (line) lines.push({ weekStart: s.row.weekStart, timeZone: s.row.timeZone, staff: line.scheduled });
    }
    return intervalStarts.map((ms) => {
      for (const line of lines) {
        const minute = msToMinute(ms, line.weekStart, line.timeZone);
        if (minute >= 0 && minute < INTERVALS * 15) return line.staff[Math.floor(minute / 15)] ?? 0;
      }
      return null;
    });
  }

  onPublishedChange(listener: PublishedListener): void {
    this.listeners.add(listener);
  }

  onApplicationShutdown(): void {
    for (const worker of runningWorkers) void worker.terminate();
  }

  /** Marks generations that can no longer finish (started long ago, the server stopped since) as FAILED. */
  async expireStale(): Promise<void> {
    await this.db
      .getRepository(ScheduleEntity)
      .update(
        { status: 'GENERATING', createdAt: LessThan(Date.now() - STALE_GENERATION_MS) },
        { status: 'FAILED', error: 'generation was interrupted (the server stopped); generate again' },
      );
  }

  /** Waits for the generations under way (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.jobs]);
  }

  /**
   * Starts generating a week: checks the input, stores a GENERATING schedule and returns it; the
   * requirement, the rules and the solve run in the background (query `schedule(id)` for the status).
   */
  async generate(input: GenerateScheduleInput): Promise<ScheduleEntity> {
    if (!isMonday(input.weekStart))
      throw badInput([{ field: 'input.weekStart', reason: 'must be a Monday (YYYY-MM-DD)' }]);
    const queues = await this.pickQueues(input);
    const repo = this.db.getRepository(ScheduleEntity);
    const row = await repo.save(
      repo.create({
        weekStart: input.weekStart,
        timeZone: queues[0].site!.timeZone,
        queues: queues.map((q) => q.name),
        status: 'GENERATING',
        createdAt: Date.now(),
        timeLimitSeconds: input.timeLimitSeconds,
        publishedAt: null,
        error: null,
        schedule: null,
        requirement: null,
        figures: null,
        rules: null,
      }),
    );
    const abort = new AbortController();
    this.running.set(row.id, abort);
    const job = this.runJob(row, queues, input, abort.signal).finally(() => {
      this.jobs.delete(job);
      this.running.delete(row.id);
    });
    this.jobs.add(job);
    return row;
  }

  /**
   * Cancels a generation under way: the schedule becomes CANCELLED at once and its worker is
   * stopped (a solve in the API's own thread runs on, and its result is dropped).
   */
  async cancel(id: number): Promise<ScheduleEntity> {
    const repo = this.db.getRepository(ScheduleEntity);
    const { row } = await this.load(id, 'id');
    if (row.status !== 'GENERATING')
      throw badInput([{ field: 'id', reason: `a ${row.status} schedule is not generating` }]);
    await repo.update(
      { id: row.id, status: 'GENERATING' },
      { status: 'CANCELLED', error: 'generation was cancelled' },
    );
    this.running.get(row.id)?.abort();
    return (await repo.findOne({ where: { id: row.id } }))!;
  }

  private async pickQueues(input: GenerateScheduleInput): Promise<QueueEntity[]> {
    const repo = this.db.getRepository(QueueEntity);
    const all = await repo.find({ relations: { site: true }, order: { id: 'ASC' } });
    let chosen: QueueEntity[];
    if (input.queues?.length) {
      const byName = new Map(all.map((q) => [q.name, q]));
      const problems: FieldProblem[] = [];
      chosen = [];
      input.queues.forEach((name, i) => {
        const q = byName.get(name);
        if (!q)
          problems.push({ field: `input.queues.${i}`, reason: `unknown queue ${JSON.stringify(name)}` });
        else if (q.channel === 'CLAIM_DESK')
          problems.push({
            field: `input.queues.${i}`,
            reason: 'a claim desk is staffed per day, not per interval',
          });
        else chosen.push(q);
      });
      if (problems.length > 0) throw badInput(problems);
    } else {
      chosen = all.filter(
        (q) => q.channel !== 'CLAIM_DESK' && (input.siteId == null || q.siteId === input.siteId),
      );
      if (chosen.length === 0)
        throw badInput([
          { field: input.siteId == null ? 'input.queues' : 'input.siteId', reason: 'no queue to schedule' },
        ]);
    }
    const zones = new Set(chosen.map((q) => q.site!.timeZone));
    if (zones.size > 1)
      throw badInput([
        { field: 'input.queues', reason: `queues of one time zone only (got ${[...zones].join(', ')})` },
      ]);
    return chosen;
  }

  private async runJob(
    row: ScheduleEntity,
    queues: QueueEntity[],
    input: GenerateScheduleInput,
    signal: AbortSignal,
  ): Promise<void> {
    const repo = this.db.getRepository(ScheduleEntity);
    // Only a schedule still GENERATING takes the outcome (a cancelled one stays CANCELLED).
    const stillGenerating = { id: row.id, status: 'GENERATING' as const };
    try {
      const { requirement, warnings } = await this.requirement(row.weekStart, queues);
      await nextTurn();
      const agents = await this.skilledAgents(queues);
      const rules = await this.rulesService.rulesFor(row.weekStart, row.timeZone, agents);
      // A cancel that arrived while the requirement was computed stops it here, before the solve.
      await nextTurn();
      const libRequirement = {
        queues: Object.fromEntries(Object.entries(requirement).map(([q, r]) => [q, r.required])),
      };
      const { outcome, inWorker } = await runGeneration(
        rules,
        libRequirement,
        { timeLimitSeconds: input.timeLimitSeconds, seed: input.seed },
        signal,
      );
      const figures = figuresOf(outcome, agents.length, inWorker, warnings);
      await repo.update(stillGenerating, {
        status: 'READY',
        schedule: JSON.stringify(outcome.schedule),
        requirement: JSON.stringify(requirement),
        rules: JSON.stringify(rules),
        figures: JSON.stringify(figures),
      });
      this.logger.log(
        `schedule ${row.id} (${row.weekStart}): ${outcome.schedule.shifts.length} shifts for ${agents.length} agents in ${outcome.seconds.toFixed(1)} s, gap ${(100 * (outcome.gapRatio ?? 0)).toFixed(2)} %`,
      );
    } catch (error) {
      if (error instanceof JobCancelledError || signal.aborted) {
        this.logger.log(`schedule ${row.id}: generation cancelled`);
        return;
      }
      const message = (error as Error).message ?? String(error);
      this.logger.warn(`schedule ${row.id} failed: ${message}`);
      await repo.update(stillGenerating, { status: 'FAILED', error: message }).catch(() => undefined);
    }
  }

  /** Agents needed on each queue per interval of the week, from the planning API's staffing requirement. */
  private async requirement(
    weekStart: string,
    queues: QueueEntity[],
  ): Promise<{ requirement: StoredRequirement; warnings: string[] }> {
    const names = queues.map((q) => q.name);
    const input = {
      forecast: { ...DEFAULT_FORECAST_OPTIONS, from: weekStart, horizonWeeks: 1, queues: names },
      queues: names,
      from: weekStart,
      to: addDays(weekStart, DAYS - 1),
    } as StaffingRequirementsInput;
    const report = await this.staffing.requirements(input, Date.now());
    const requirement: StoredRequirement = {};
    const warnings: string[] = [];
    for (const q of report.queues) {
      const fit = (values: readonly (number | null)[], fill: number | null) =>
        Array.from({ length: INTERVALS }, (_, i) => values[i] ?? fill);
      if (q.problem) warnings.push(`${q.queue}: ${q.problem}`);
      requirement[q.queue] = {
        required: fit(q.series.fractionalAgents, 0).map((v) => Math.max(0, v ?? 0)),
        volume: fit(q.series.volume, 0).map((v) => v ?? 0),
        aht: fit(q.series.ahtSeconds, null),
        thresholdSeconds: q.inputs.thresholdSeconds,
        problem: q.problem,
      };
    }
    return { requirement, warnings };
  }

  /** Directory agents with a skill on any of the queues, proficiency per queue name. */
  private async skilledAgents(queues: QueueEntity[]): Promise<SkilledAgent[]> {
    const names = new Map(queues.map((q) => [q.id, q.name]));
    const agents = await this.db
      .getRepository(AgentEntity)
      .find({ relations: { skills: true }, order: { agentId: 'ASC' } });
    const out: SkilledAgent[] = [];
    for (const a of agents) {
      const skills: Record<string, number> = {};
      for (const s of a.skills ?? []) {
        const name = names.get(s.queueId);
        if (name && s.proficiency > 0) skills[name] = s.proficiency;
      }
      if (Object.keys(skills).length > 0) out.push({ agentId: a.agentId, skills });
    }
    return out;
  }

  async list(weekStart?: string): Promise<ScheduleEntity[]> {
    await this.expireStale();
    return this.db.getRepository(ScheduleEntity).find({
      where: weekStart ? { weekStart } : {},
      order: { id: 'DESC' },
      take: 50,
      select: {
        id: true,
        weekStart: true,
        timeZone: true,
        queues: true,
        status: true,
        createdAt: true,
        timeLimitSeconds: true,
        publishedAt: true,
        error: true,
        figures: true,
      },
    });
  }

  async load(id: number, field = 'id'): Promise<LoadedSchedule> {
    const row = await this.db.getRepository(ScheduleEntity).findOne({ where: { id } });
    if (!row) throw badInput([{ field, reason: `unknown schedule ${id}` }]);
    return loaded(row);
  }

  /** The newest published schedule of the week starting `weekStart`, if any. */
  async published(weekStart: string): Promise<LoadedSchedule | null> {
    const row = await this.db
      .getRepository(ScheduleEntity)
      .findOne({ where: { weekStart, status: 'PUBLISHED' }, order: { publishedAt: 'DESC' } });
    return row ? loaded(row) : null;
  }

  /** Every published schedule (the adherence cache). */
  async allPublished(): Promise<LoadedSchedule[]> {
    const rows = await this.db.getRepository(ScheduleEntity).find({ where: { status: 'PUBLISHED' } });
    return rows.map(loaded);
  }

  /** Publishes a ready schedule; a schedule published before for the same week goes back to READY. */
  async publish(id: number): Promise<ScheduleEntity> {
    const { row } = await this.load(id, 'id');
    if (row.status !== 'READY' && row.status !== 'PUBLISHED')
      throw badInput([{ field: 'id', reason: `a ${row.status} schedule cannot be published` }]);
    const repo = this.db.getRepository(ScheduleEntity);
    await repo.update({ weekStart: row.weekStart, status: 'PUBLISHED' }, { status: 'READY' });
    await repo.update(row.id, { status: 'PUBLISHED', publishedAt: Date.now() });
    this.listeners.forEach((l) => l());
    return (await repo.findOne({ where: { id } }))!;
  }

  /**
   * Applies one edit (libs/scheduling applyEdit) and keeps it only when it breaks no rule the
   * schedule did not break before (validateSchedule against the rules it was made under);
   * otherwise answers BAD_USER_INPUT naming the input field and the broken rule.
   */
  async edit(input: EditShiftInput): Promise<ScheduleEntity> {
    const current = await this.load(Number(input.scheduleId), 'input.scheduleId');
    if (!current.schedule || !current.rules)
      throw badInput([
        { field: 'input.scheduleId', reason: `a ${current.row.status} schedule cannot be edited` },
      ]);
    const edit = scheduleEdit(input);
    let next: Schedule;
    try {
      next = applyEdit(current.schedule, edit).schedule;
    } catch (error) {
      const message = (error as Error).message;
      const libField = message.split(' ')[0];
      throw badInput([{ field: `input.${LIB_FIELDS[libField] ?? 'shiftId'}`, reason: message }]);
    }
    const before = new Set(validateSchedule(current.schedule, current.rules).map(violationKey));
    const added = validateSchedule(next, current.rules).filter((v) => !before.has(violationKey(v)));
    if (added.length > 0) {
      const field = editField(input);
      throw badInput(added.map((v) => ({ field, reason: `${v.rule}: ${v.message}` })));
    }
    await this.db.getRepository(ScheduleEntity).update(current.row.id, { schedule: JSON.stringify(next) });
    if (current.row.status === 'PUBLISHED') this.listeners.forEach((l) => l());
    return (await this.db.getRepository(ScheduleEntity).findOne({ where: { id: current.row.id } }))!;
  }

  coverage(s: LoadedSchedule): ScheduleCoverageModel | null {
    if (!s.schedule || !s.requirement) return null;
    return scheduleCoverage(
      s.schedule,
      s.requirement,
      isoInZone(minuteToMs(0, s.row.weekStart, s.row.timeZone), s.row.timeZone),
    );
  }

  violations(s: LoadedSchedule): Violation[] {
    return s.schedule && s.rules ? validateSchedule(s.schedule, s.rules) : [];
  }

  /** Per-agent weeks (every agent of the rules, with or without shifts), optionally of some agents or a team. */
  async agents(
    s: LoadedSchedule,
    filter: { agentIds?: string[]; teamId?: number },
  ): Promise<ScheduleAgentModel[]> {
    if (!s.schedule || !s.rules) return [];
    let ids = s.rules.agents.map((a) => a.id);
    if (filter.agentIds) {
      const wanted = new Set(filter.agentIds);
      ids = ids.filter((id) => wanted.has(id));
    }
    const directory = await this.db
      .getRepository(AgentEntity)
      .find({ where: { agentId: In(ids) }, select: { agentId: true, name: true, teamId: true } });
    const info = new Map(directory.map((a) => [a.agentId, a]));
    if (filter.teamId != null) ids = ids.filter((id) => info.get(id)?.teamId === filter.teamId);
    const byAgent = new Map<string, ScheduledShift[]>();
    for (const shift of s.schedule.shifts) {
      const list = byAgent.get(shift.agentId) ?? [];
      list.push(shift);
      byAgent.set(shift.agentId, list);
    }
    return ids.map((agentId) => {
      const shifts = (byAgent.get(agentId) ?? []).sort((a, b) => a.start - b.start);
      return {
        agentId,
        name: info.get(agentId)?.name ?? agentId,
        teamId: info.get(agentId)?.teamId ?? null,
        paidHours: shifts.reduce((sum, sh) => sum + shiftPaidMinutes(sh), 0) / 60,
        shifts: shifts.map((sh) => shiftModel(sh, s.row.weekStart, s.row.timeZone)),
      };
    });
  }

  /** Maps the stored row to its GraphQL model. */
  model(row: ScheduleEntity): ScheduleModel {
    return {
      id: String(row.id),
      weekStart: row.weekStart,
      timeZone: row.timeZone,
      queues: row.queues,
      status: row.status,
      createdAt: new Date(row.createdAt).toISOString(),
      timeLimitSeconds: row.timeLimitSeconds,
      elapsedSeconds: row.status === 'GENERATING' ? Math.max(0, (Date.now() - row.createdAt) / 1000) : null,
      publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt).toISOString(),
      error: row.error,
      figures: row.figures ? (JSON.parse(row.figures) as GenerationFiguresModel) : null,
    };
  }
}

/**
 * Lets the event loop take requests waiting on the network (a cancel): with SQLite's synchronous
 * driver, awaits alone resolve without ever reaching it.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function loaded(row: ScheduleEntity): LoadedSchedule {
  const parse = <T>(text: string | null): T | null => (text ? (JSON.parse(text) as T) : null);
  return {
    row,
    schedule: parse<Schedule>(row.schedule),
    requirement: parse<StoredRequirement>(row.requirement),
    rules: parse<SchedulingRules>(row.rules),
    figures: parse<GenerationFiguresModel>(row.figures),
  };
}

function figuresOf(
  outcome: GenerationOutcome,
  agents: number,
  inWorker: boolean,
  warnings: string[],
): GenerationFiguresModel {
  return {
    agents,
    shifts: outcome.schedule.shifts.length,
    underCoverageStaffHours: outcome.underCoverageStaffHours,
    overCoverageStaffHours: outcome.overCoverageStaffHours,
    paidHours: outcome.paidHours,
    lowerBoundUnderStaffHours: outcome.lowerBoundUnderStaffHours,
    unreachableStaffHours: outcome.unreachableStaffHours,
    gapStaffHours: outcome.gapStaffHours,
    gapRatio: outcome.gapRatio,
    seconds: outcome.seconds,
    inWorker,
    unplacedActivities: outcome.unplacedActivities,
    warnings,
  };
}

function violationKey(v: Violation): string {
  return `${v.rule}\u0000${v.agentId}\u0000${v.shiftId ?? ''}\u0000${v.message}`;
}

/** The libs/scheduling edit of the input, or BAD_USER_INPUT naming what the kind needs. */
function scheduleEdit(input: EditShiftInput): ScheduleEdit {
  const missing = (field: string): never => {
    throw badInput([{ field: `input.${field}`, reason: `is required for ${input.kind}` }]);
  };
  switch (input.kind) {
    case 'MOVE':
      return { kind: 'move', shiftId: input.shiftId, start: input.startMinute ?? missing('startMinute') };
    case 'RESIZE':
      if (input.startMinute === undefined && input.endMinute === undefined) missing('endMinute');
      return { kind: 'resize', shiftId: input.shiftId, start: input.startMinute, end: input.endMinute };
    case 'SWAP':
      return {
        kind: 'swap',
        shiftId: input.shiftId,
        otherShiftId: input.otherShiftId ?? missing('otherShiftId'),
      };
    case 'ADD_ACTIVITY': {
      const a = input.activity ?? missing('activity');
      return {
        kind: 'addActivity',
        shiftId: input.shiftId,
        activity: { kind: a.kind, start: a.startMinute, end: a.endMinute },
      };
    }
  }
}

/** The input field an edit's broken rule is answered on. */
function editField(input: EditShiftInput): string {
  switch (input.kind) {
    case 'MOVE':
      return 'input.startMinute';
    case 'RESIZE':
      return input.endMinute !== undefined ? 'input.endMinute' : 'input.startMinute';
    case 'SWAP':
      return 'input.otherShiftId';
    case 'ADD_ACTIVITY':
      return 'input.activity';
  }
}

function shiftModel(shift: ScheduledShift, weekStart: string, timeZone: string): ShiftModel {
  const iso = (minute: number) => isoInZone(minuteToMs(minute, weekStart, timeZone), timeZone);
  return {
    id: shift.id,
    agentId: shift.agentId,
    templateId: shift.templateId,
    queue: shift.queueId,
    startMinute: shift.start,
    endMinute: shift.end,
    start: iso(shift.start),
    end: iso(shift.end),
    paidHours: shiftPaidMinutes(shift) / 60,
    breaks: shift.breaks.map((b) => ({
      kind: b.kind,
      startMinute: b.start,
      endMinute: b.end,
      start: iso(b.start),
      end: iso(b.end),
      paid: b.paid,
      activityId: null,
    })),
    activities: shift.activities.map((a) => ({
      kind: a.kind,
      startMinute: a.start,
      endMinute: a.end,
      start: iso(a.start),
      end: iso(a.end),
      paid: null,
      activityId: a.activityId ?? null,
    })),
  };
}
