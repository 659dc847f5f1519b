import type { CenterDefinition } from './center.js';
import { validateCenter } from './center.js';
import type { DayPlan, PlannedShift } from './day-plan.js';
import { planDay, planGroup } from './day-plan.js';
import { Random } from './random.js';
import { seedHash } from './seed-hash.js';
import { dayNumberToDate } from './zone-clock.js';

const SPEED_STREAM = 0x73706564;
const QUALITY_STREAM = 0x7161;

/** What-if knobs and naming shared by every way of running the simulator. */
export interface SimulationSettings {
  /** Multiplies rostered shifts (e.g. 0.8 = a fifth of the shifts cut); default 1. */
  staffingFactor?: number;
  /** Multiplies arrivals beyond the forecast the roster was made for; default 1. */
  volumeFactor?: number;
  /** Prefixed to eventIds, contactIds, customerIds and claimIds, to keep runs apart; default ''. */
  idPrefix?: string;
}

/**
 * A center compiled for simulation: indexes, per-agent skills sorted for routing, per-agent traits,
 * and a cache of day rosters. Built once per run; shared by the day sources of that run.
 */
export class SimulationContext {
  readonly staffingFactor: number;
  readonly volumeFactor: number;
  readonly idPrefix: string;
  readonly queueIndex = new Map<string, number>();
  /** Site index of each queue and of each agent (through the agent's team). */
  readonly queueSite: Int32Array;
  readonly agentSite: Int32Array;
  readonly agentGroup: Int32Array;
  /** Each agent's skills: queue indexes and proficiencies, most proficient first. */
  readonly skillQueues: Int32Array[];
  readonly skillProficiency: Int32Array[];
  /** Each agent's handle-time factor (mean 1) and typical quality score. */
  readonly agentSpeed: Float64Array;
  readonly agentQuality: Float64Array;
  private readonly plans = new Map<number, DayPlan>();
  private readonly groupPlans = new Map<string, PlannedShift[]>();
  private readonly dateKeys = new Map<number, string>();

  constructor(
    readonly center: CenterDefinition,
    readonly seed: number,
    settings: SimulationSettings = {},
  ) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
    this.staffingFactor = settings.staffingFactor ?? 1;
    this.volumeFactor = settings.volumeFactor ?? 1;
    if (!(this.staffingFactor >= 0))
      throw new RangeError(`staffingFactor must be ≥ 0, got ${this.staffingFactor}`);
    if (!(this.volumeFactor >= 0)) throw new RangeError(`volumeFactor must be ≥ 0, got ${this.volumeFactor}`);
    this.idPrefix = settings.idPrefix ?? '';
    validateCenter(center);
    const siteIndex = new Map(center.sites.map((s, i) => [s.name, i]));
    center.queues.forEach((q, i) => this.queueIndex.set(q.name, i));
    this.queueSite = Int32Array.from(center.queues, (q) => siteIndex.get(q.site) ?? 0);
    const teams = new Map(center.teams.map((t) => [t.name, t]));
    const groupIndex = new Map(center.groups.map((g, i) => [g.name, i]));
    this.agentSite = Int32Array.from(center.agents, (a) => siteIndex.get(teams.get(a.team)?.site ?? '') ?? 0);
    this.agentGroup = Int32Array.from(
      center.agents,
      (a) => groupIndex.get(teams.get(a.team)?.group ?? '') ?? 0,
    );
    this.skillQueues = [];
    this.skillProficiency = [];
    for (const a of center.agents) {
      const skills = [...a.skills].sort((x, y) => y.proficiency - x.proficiency);
      this.skillQueues.push(Int32Array.from(skills, (s) => this.queueIndex.get(s.queue) ?? 0));
      this.skillProficiency.push(Int32Array.from(skills, (s) => s.proficiency));
    }
    const cv = center.workforce.agentSpeedCv;
    this.agentSpeed = Float64Array.from(center.agents, (_, i) =>
      cv > 0 ? new Random(seedHash(seed, i, SPEED_STREAM)).lognormal(1, cv) : 1,
    );
    this.agentQuality = Float64Array.from(
      center.agents,
      (_, i) => 86 + 4 * new Random(seedHash(seed, i, QUALITY_STREAM)).normal(),
    );
  }

  /** The roster of a day (cached: claims of many days look up the same rosters). */
  plan(dayNumber: number): DayPlan {
    let plan = this.plans.get(dayNumber);
    if (plan === undefined) {
      plan = planDay(this.center, dayNumber, this.seed, { staffingFactor: this.staffingFactor });
      if (this.plans.size >= 64) this.plans.delete(this.plans.keys().next().value as number);
      this.plans.set(dayNumber, plan);
    }
    return plan;
  }

  /**
   * The shifts of one planning group on a day (the same as in plan(day)), planned alone when the
   * whole day is not needed (claims look up the desk's roster days ahead).
   */
  groupShifts(dayNumber: number, group: number): PlannedShift[] {
    const plan = this.plans.get(dayNumber);
    if (plan !== undefined) return plan.shifts.filter((s) => s.group === group);
    const key = `${dayNumber}/${group}`;
    let shifts = this.groupPlans.get(key);
    if (shifts === undefined) {
      shifts = planGroup(this.center, group, dayNumber, this.seed, {
        staffingFactor: this.staffingFactor,
      }).shifts;
      if (this.groupPlans.size >= 256) this.groupPlans.delete(this.groupPlans.keys().next().value as string);
      this.groupPlans.set(key, shifts);
    }
    return shifts;
  }

  /** YYYYMMDD of a day number, as used in ids. */
  dateKey(dayNumber: number): string {
    let key = this.dateKeys.get(dayNumber);
    if (key === undefined) {
      key = dayNumberToDate(dayNumber).replaceAll('-', '');
      this.dateKeys.set(dayNumber, key);
    }
    return key;
  }
}
