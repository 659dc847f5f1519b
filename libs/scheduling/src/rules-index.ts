import type {
  Agent,
  BreakRule,
  Contract,
  DayIndex,
  ScheduledShift,
  SchedulingRules,
  ShiftTemplate,
  TimeOffRequest,
  ActivityRequest,
} from './model.js';

/*
 * Lookups over SchedulingRules shared by the validator and the generator, and the structural
 * checks that make a rule set usable at all. Internal: not exported from index.ts.
 */

/** Minutes per planning interval (metrics.md "Time": intervals are 15 minutes). */
export const INTERVAL_MINUTES = 15;
export const MINUTES_PER_DAY = 1440;
export const INTERVALS_PER_DAY = MINUTES_PER_DAY / INTERVAL_MINUTES;

/** The rules with their lists turned into maps, checked once. */
export interface RulesIndex {
  days: number;
  horizonMinutes: number;
  templates: Map<string, ShiftTemplate>;
  contracts: Map<string, Contract>;
  agents: Map<string, Agent>;
  /** Fixed days off per agent: the contract's and the agent's own. */
  daysOff: Map<string, Set<DayIndex>>;
  timeOff: Map<string, TimeOffRequest[]>;
  activities: Map<string, ActivityRequest>;
  /** Activity requests per attendee. */
  activitiesByAgent: Map<string, ActivityRequest[]>;
}

function fail(field: string, reason: string): never {
  throw new RangeError(`${field} ${reason}`);
}

function onGrid(field: string, value: number): void {
  if (!Number.isInteger(value) || value % INTERVAL_MINUTES !== 0) {
    fail(field, `must be a whole multiple of ${INTERVAL_MINUTES} minutes, got ${String(value)}`);
  }
}

/**
 * Checks a rule set and indexes it. Throws a RangeError naming the field and the reason for
 * anything no schedule could satisfy or the tools cannot read: times off the 15-minute grid,
 * min above max, a break window that does not fit in the shifts it applies to, an unknown
 * contract, a proficiency outside 0–1, duplicate ids.
 */
export function indexRules(rules: SchedulingRules): RulesIndex {
  const days = rules.days ?? 7;
  if (!Number.isInteger(days) || days < 1 || days > 28)
    fail('rules.days', `must be an integer 1–28, got ${days}`);
  const horizonMinutes = days * MINUTES_PER_DAY;

  const templates = new Map<string, ShiftTemplate>();
  rules.templates.forEach((t, i) => {
    const at = `templates[${i}]`;
    if (templates.has(t.id)) fail(`${at}.id`, `duplicates "${t.id}"`);
    templates.set(t.id, t);
    onGrid(`${at}.earliestStartMinutes`, t.earliestStartMinutes);
    onGrid(`${at}.latestStartMinutes`, t.latestStartMinutes);
    if (t.earliestStartMinutes < 0) fail(`${at}.earliestStartMinutes`, 'must be ≥ 0');
    if (t.latestStartMinutes < t.earliestStartMinutes) {
      fail(`${at}.latestStartMinutes`, 'must be ≥ earliestStartMinutes');
    }
    if (t.latestStartMinutes >= MINUTES_PER_DAY) fail(`${at}.latestStartMinutes`, 'must be before 24:00');
    onGrid(`${at}.startStepMinutes`, t.startStepMinutes ?? INTERVAL_MINUTES);
    if ((t.startStepMinutes ?? INTERVAL_MINUTES) <= 0) fail(`${at}.startStepMinutes`, 'must be positive');
    if (t.lengthsMinutes.length === 0) fail(`${at}.lengthsMinutes`, 'must list at least one length');
    t.lengthsMinutes.forEach((len, j) => {
      onGrid(`${at}.lengthsMinutes[${j}]`, len);
      if (len <= 0 || len > MINUTES_PER_DAY) fail(`${at}.lengthsMinutes[${j}]`, 'must be in (0, 1440]');
    });
    for (const d of t.days ?? []) {
      if (!Number.isInteger(d) || d < 0 || d >= days)
        fail(`${at}.days`, `must hold day indexes 0–${days - 1}`);
    }
    const ruleIds = new Set<string>();
    t.breakRules.forEach((r, j) => {
      const rat = `${at}.breakRules[${j}]`;
      if (ruleIds.has(r.id)) fail(`${rat}.id`, `duplicates "${r.id}"`);
      ruleIds.add(r.id);
      if (!Number.isInteger(r.count) || r.count < 1) fail(`${rat}.count`, 'must be an integer ≥ 1');
      onGrid(`${rat}.lengthMinutes`, r.lengthMinutes);
      onGrid(`${rat}.earliestOffsetMinutes`, r.earliestOffsetMinutes);
      onGrid(`${rat}.latestOffsetMinutes`, r.latestOffsetMinutes);
      if (r.lengthMinutes <= 0) fail(`${rat}.lengthMinutes`, 'must be positive');
      if (r.earliestOffsetMinutes < 0) fail(`${rat}.earliestOffsetMinutes`, 'must be ≥ 0');
      if (r.latestOffsetMinutes < r.earliestOffsetMinutes) {
        fail(`${rat}.latestOffsetMinutes`, 'must be ≥ earliestOffsetMinutes');
      }
      const room = (r.latestOffsetMinutes - r.earliestOffsetMinutes) / INTERVAL_MINUTES + 1;
      if (r.count > 1 && room * INTERVAL_MINUTES < r.count * r.lengthMinutes) {
        fail(`${rat}.count`, 'breaks do not fit side by side in their window');
      }
      for (const len of t.lengthsMinutes) {
        if (len >= (r.minShiftMinutes ?? 0) && r.latestOffsetMinutes + r.lengthMinutes > len) {
          fail(`${rat}.latestOffsetMinutes`, `lets the break end after a ${len}-minute shift`);
        }
      }
    });
  });

  const contracts = new Map<string, Contract>();
  rules.contracts.forEach((c, i) => {
    const at = `contracts[${i}]`;
    if (contracts.has(c.id)) fail(`${at}.id`, `duplicates "${c.id}"`);
    contracts.set(c.id, c);
    if (!(c.minHoursPerWeek >= 0)) fail(`${at}.minHoursPerWeek`, 'must be ≥ 0');
    if (!(c.maxHoursPerWeek >= c.minHoursPerWeek)) fail(`${at}.maxHoursPerWeek`, 'must be ≥ minHoursPerWeek');
    if (!Number.isInteger(c.maxWorkingDays) || c.maxWorkingDays < 0) {
      fail(`${at}.maxWorkingDays`, 'must be an integer ≥ 0');
    }
    if (!(c.minRestHours >= 0)) fail(`${at}.minRestHours`, 'must be ≥ 0');
  });

  const agents = new Map<string, Agent>();
  const daysOff = new Map<string, Set<DayIndex>>();
  rules.agents.forEach((a, i) => {
    const at = `agents[${i}]`;
    if (agents.has(a.id)) fail(`${at}.id`, `duplicates "${a.id}"`);
    agents.set(a.id, a);
    const contract = contracts.get(a.contractId);
    if (!contract) fail(`${at}.contractId`, `"${a.contractId}" is not a known contract`);
    for (const [q, p] of Object.entries(a.skills)) {
      if (!(p >= 0 && p <= 1)) fail(`${at}.skills.${q}`, `must be a proficiency in 0–1, got ${p}`);
    }
    for (const id of a.templateIds ?? []) {
      if (!templates.has(id)) fail(`${at}.templateIds`, `"${id}" is not a known template`);
    }
    daysOff.set(a.id, new Set([...(contract.fixedDaysOff ?? []), ...(a.fixedDaysOff ?? [])]));
  });

  const timeOff = new Map<string, TimeOffRequest[]>();
  (rules.timeOff ?? []).forEach((t, i) => {
    if (!agents.has(t.agentId)) fail(`timeOff[${i}].agentId`, `"${t.agentId}" is not a known agent`);
    if (!(t.end > t.start)) fail(`timeOff[${i}].end`, 'must be after start');
    if (!((t.paidHours ?? 0) >= 0)) fail(`timeOff[${i}].paidHours`, 'must be ≥ 0');
    const list = timeOff.get(t.agentId) ?? [];
    list.push(t);
    timeOff.set(t.agentId, list);
  });

  const activities = new Map<string, ActivityRequest>();
  const activitiesByAgent = new Map<string, ActivityRequest[]>();
  (rules.activities ?? []).forEach((r, i) => {
    const at = `activities[${i}]`;
    if (activities.has(r.id)) fail(`${at}.id`, `duplicates "${r.id}"`);
    activities.set(r.id, r);
    onGrid(`${at}.lengthMinutes`, r.lengthMinutes);
    onGrid(`${at}.earliestStart`, r.earliestStart);
    onGrid(`${at}.latestEnd`, r.latestEnd);
    if (r.lengthMinutes <= 0) fail(`${at}.lengthMinutes`, 'must be positive');
    if (r.latestEnd - r.earliestStart < r.lengthMinutes)
      fail(`${at}.latestEnd`, 'leaves no room for the activity');
    for (const id of r.agentIds) {
      if (!agents.has(id)) fail(`${at}.agentIds`, `"${id}" is not a known agent`);
      const list = activitiesByAgent.get(id) ?? [];
      list.push(r);
      activitiesByAgent.set(id, list);
    }
  });

  return {
    days,
    horizonMinutes,
    templates,
    contracts,
    agents,
    daysOff,
    timeOff,
    activities,
    activitiesByAgent,
  };
}

/** The break rules of `template` that apply to a shift of `lengthMinutes`. */
export function applicableBreakRules(template: ShiftTemplate, lengthMinutes: number): BreakRule[] {
  return template.breakRules.filter((r) => lengthMinutes >= (r.minShiftMinutes ?? 0));
}

/** Paid minutes of a template shift: its length less its unpaid breaks. */
export function templatePaidMinutes(template: ShiftTemplate, lengthMinutes: number): number {
  let unpaid = 0;
  for (const r of applicableBreakRules(template, lengthMinutes))
    if (!r.paid) unpaid += r.count * r.lengthMinutes;
  return lengthMinutes - unpaid;
}

/** Paid minutes an agent's time off counts for in the week. */
export function creditedMinutes(index: RulesIndex, agentId: string): number {
  return (index.timeOff.get(agentId) ?? []).reduce((sum, t) => sum + (t.paidHours ?? 0) * 60, 0);
}

/** Whether an agent's template list allows `templateId`. */
export function templateAllowed(agent: Agent, templateId: string): boolean {
  return agent.templateIds === undefined || agent.templateIds.includes(templateId);
}

/** Day of the horizon on which a time (minutes from the horizon start) falls. */
export function dayOf(minute: number): DayIndex {
  return Math.floor(minute / MINUTES_PER_DAY);
}

/**
 * Whether the agent may work [start, end) as far as days off, availability and time off go
 * (the shift-independent part of the validator's FIXED_DAY_OFF, AVAILABILITY and TIME_OFF checks).
 */
export function agentCanWork(index: RulesIndex, agent: Agent, start: number, end: number): boolean {
  if (index.daysOff.get(agent.id)?.has(dayOf(start))) return false;
  if (agent.availability && !agent.availability.some((w) => w.start <= start && w.end >= end)) return false;
  for (const t of index.timeOff.get(agent.id) ?? []) if (t.start < end && t.end > start) return false;
  return true;
}

/**
 * Paid minutes of a scheduled shift: its length less the unpaid breaks it contains.
 *
 * @example a 09:00–17:30 shift with an unpaid 30-minute meal is paid 480 minutes
 */
export function shiftPaidMinutes(shift: ScheduledShift): number {
  let unpaid = 0;
  for (const b of shift.breaks) if (!b.paid) unpaid += b.end - b.start;
  return shift.end - shift.start - unpaid;
}
