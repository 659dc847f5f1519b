import type { Agent, Contract, QueueId, Requirement, SchedulingRules, ShiftTemplate } from './model.js';
import {
  INTERVAL_MINUTES,
  MINUTES_PER_DAY,
  agentCanWork,
  applicableBreakRules,
  creditedMinutes,
  indexRules,
  templateAllowed,
  templatePaidMinutes,
  type RulesIndex,
} from './rules-index.js';

/*
 * The generator's working form of a scheduling problem: queues and demand as dense arrays,
 * agents with their limits in minutes, every shift type (template × day × start × length) the
 * rules allow, and agents grouped into skill groups for the covering model. Internal.
 */

/** A break rule as it applies to one shift type: offsets relative to the shift start. */
export interface TypeBreak {
  ruleIndex: number;
  ruleId: string;
  kind: 'break' | 'meal';
  paid: boolean;
  count: number;
  length: number;
  earliest: number;
  latest: number;
}

/** One way to work a day: template, absolute start, length. */
export interface ShiftType {
  index: number;
  templateIndex: number;
  templateId: string;
  day: number;
  start: number;
  length: number;
  paid: number;
  breaks: TypeBreak[];
  /** Ends after `lateEndMinutes` of its day (counts towards late-shift fairness). */
  late: boolean;
  weekend: boolean;
}

export interface PlanningAgent {
  index: number;
  id: string;
  agent: Agent;
  contract: Contract;
  /** Weekly paid minutes to schedule, less what time off already counts for. */
  minPaid: number;
  maxPaid: number;
  maxDays: number;
  minRest: number;
  /** Proficiency per queue index. */
  skills: Float64Array;
  /** Template indexes the agent may work. */
  templates: Set<number>;
  /** Days on which a fixed day off applies. */
  daysOff: Set<number>;
  /** Whether availability or time off may exclude a shift the days off allow (then check per shift). */
  restricted: boolean;
  group: number;
}

export interface SkillGroup {
  index: number;
  agents: number[];
  /** Mean proficiency of the members per queue index. */
  skills: Float64Array;
  /** Queue indexes with proficiency > 0. */
  queues: number[];
  templates: number[];
}

export interface PlanningProblem {
  index: RulesIndex;
  days: number;
  intervals: number;
  queues: QueueId[];
  /** Requirement per queue index, per interval. */
  required: Float64Array[];
  templates: ShiftTemplate[];
  types: ShiftType[];
  /** Shift types per template per day. */
  typesByTemplateDay: ShiftType[][][];
  agents: PlanningAgent[];
  groups: SkillGroup[];
}

export interface PlanningOptions {
  /** A shift ending after this many minutes past midnight of its day is a late shift (default 20:00). */
  lateEndMinutes?: number;
}

/**
 * Builds the planning problem. Throws a RangeError when the rules are unusable (see indexRules) or the
 * requirement is not a set of equally long, non-negative arrays covering the horizon.
 */
export function buildPlanningProblem(
  rules: SchedulingRules,
  requirement: Requirement,
  options: PlanningOptions = {},
): PlanningProblem {
  const index = indexRules(rules);
  const days = index.days;
  const intervals = (days * MINUTES_PER_DAY) / INTERVAL_MINUTES;
  const queues = Object.keys(requirement.queues);
  if (queues.length === 0) throw new RangeError('requirement.queues must name at least one queue');
  const required = queues.map((q) => {
    const line = requirement.queues[q];
    if (line.length !== intervals) {
      throw new RangeError(
        `requirement.queues.${q} must have ${intervals} intervals (${days} days), got ${line.length}`,
      );
    }
    return Float64Array.from(line, (v, i) => {
      if (!(v >= 0) || !Number.isFinite(v)) {
        throw new RangeError(`requirement.queues.${q}[${i}] must be a finite number ≥ 0, got ${v}`);
      }
      return v;
    });
  });
  const lateEnd = options.lateEndMinutes ?? 20 * 60;

  const templates = rules.templates;
  const types: ShiftType[] = [];
  const typesByTemplateDay: ShiftType[][][] = templates.map(() => Array.from({ length: days }, () => []));
  templates.forEach((t, ti) => {
    const step = t.startStepMinutes ?? INTERVAL_MINUTES;
    for (let day = 0; day < days; day++) {
      if (t.days && !t.days.includes(day)) continue;
      for (let s = t.earliestStartMinutes; s <= t.latestStartMinutes; s += step) {
        for (const length of t.lengthsMinutes) {
          const breaks = applicableBreakRules(t, length).map((r) => ({
            ruleIndex: t.breakRules.indexOf(r),
            ruleId: r.id,
            kind: r.kind,
            paid: r.paid,
            count: r.count,
            length: r.lengthMinutes,
            earliest: r.earliestOffsetMinutes,
            latest: r.latestOffsetMinutes,
          }));
          const type: ShiftType = {
            index: types.length,
            templateIndex: ti,
            templateId: t.id,
            day,
            start: day * MINUTES_PER_DAY + s,
            length,
            paid: templatePaidMinutes(t, length),
            breaks,
            late: s + length > lateEnd,
            weekend: day % 7 >= 5,
          };
          types.push(type);
          typesByTemplateDay[ti][day].push(type);
        }
      }
    }
  });

  const agents: PlanningAgent[] = rules.agents.map((agent, i) => {
    const contract = index.contracts.get(agent.contractId)!;
    const credit = creditedMinutes(index, agent.id);
    const skills = Float64Array.from(queues, (q) => agent.skills[q] ?? 0);
    const allowed = new Set<number>();
    templates.forEach((t, ti) => {
      if (templateAllowed(agent, t.id)) allowed.add(ti);
    });
    return {
      index: i,
      id: agent.id,
      agent,
      contract,
      minPaid: Math.max(0, contract.minHoursPerWeek * 60 - credit),
      maxPaid: Math.max(0, contract.maxHoursPerWeek * 60 - credit),
      maxDays: contract.maxWorkingDays,
      minRest: contract.minRestHours * 60,
      skills,
      templates: allowed,
      daysOff: index.daysOff.get(agent.id) ?? new Set(),
      restricted: agent.availability !== undefined || (index.timeOff.get(agent.id)?.length ?? 0) > 0,
      group: -1,
    };
  });

  // Skill groups: same queues and proficiencies (to 0.05), same contract, same templates.
  const groups: SkillGroup[] = [];
  const byKey = new Map<string, SkillGroup>();
  for (const a of agents) {
    const key = [
      Array.from(a.skills, (p) => Math.round(p * 20)).join(','),
      a.contract.id,
      [...a.templates].sort((x, y) => x - y).join(','),
    ].join('|');
    let g = byKey.get(key);
    if (!g) {
      g = {
        index: groups.length,
        agents: [],
        skills: new Float64Array(queues.length),
        queues: [],
        templates: [...a.templates],
      };
      byKey.set(key, g);
      groups.push(g);
    }
    g.agents.push(a.index);
    a.group = g.index;
  }
  for (const g of groups) {
    for (const ai of g.agents) for (let q = 0; q < queues.length; q++) g.skills[q] += agents[ai].skills[q];
    for (let q = 0; q < queues.length; q++) {
      g.skills[q] /= g.agents.length;
      if (g.skills[q] > 0) g.queues.push(q);
    }
  }

  return { index, days, intervals, queues, required, templates, types, typesByTemplateDay, agents, groups };
}

/** Whether planning agent `a` may work shift type `t` (template, day off, availability, time off). */
export function agentMayWorkType(problem: PlanningProblem, a: PlanningAgent, t: ShiftType): boolean {
  if (!a.templates.has(t.templateIndex)) return false;
  if (a.daysOff.has(t.day)) return false;
  if (!a.restricted) return true;
  return agentCanWork(problem.index, a.agent, t.start, t.start + t.length);
}
