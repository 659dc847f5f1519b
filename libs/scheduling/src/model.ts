/*
 * The scheduling domain: rules (templates, breaks, activities, contracts, agents, time off),
 * the demand a schedule is built for, and the schedule itself.
 *
 * Time inside a schedule is counted in whole minutes from the start of the planning horizon
 * (Monday 00:00 in the site's time zone, metrics.md "Time"), so day `d` spans
 * [d·1440, (d+1)·1440). Every rule and every generated time sits on the 15-minute grid.
 */

/** Name of a queue (or skill group) that demand is stated for, e.g. "Hotline General". */
export type QueueId = string;

/** Day of the planning horizon: 0 = Monday of the planning week, 6 = Sunday. */
export type DayIndex = number;

/** A half-open span [start, end) in minutes from the start of the horizon. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** A break or meal every shift of a template must contain (when the shift is long enough). */
export interface BreakRule {
  id: string;
  kind: 'break' | 'meal';
  /** How many breaks of this rule each shift contains (≥ 1). */
  count: number;
  lengthMinutes: number;
  /** Earliest start of the break, in minutes after the shift's start. */
  earliestOffsetMinutes: number;
  /** Latest start of the break, in minutes after the shift's start. */
  latestOffsetMinutes: number;
  /** Paid breaks count towards paid hours; unpaid ones (typically meals) do not. */
  paid: boolean;
  /** The rule applies to shifts at least this long (default 0: every shift of the template). */
  minShiftMinutes?: number;
}

/** A kind of shift: when it may start, how long it lasts and which breaks it carries. */
export interface ShiftTemplate {
  id: string;
  /** Earliest start, minutes after local midnight of the shift's day. */
  earliestStartMinutes: number;
  /** Latest start, minutes after local midnight (may exceed 1440 − length: the shift then runs past midnight). */
  latestStartMinutes: number;
  /** Step between allowed starts (default 15). */
  startStepMinutes?: number;
  /** Allowed total lengths (paid and unpaid parts together), in minutes. */
  lengthsMinutes: number[];
  /** Days the template may be used on (default: every day). */
  days?: DayIndex[];
  breakRules: BreakRule[];
}

/** Kinds of off-phone activity that can be scheduled inside a shift. */
export type ActivityKind = 'training' | 'meeting' | 'coaching';

/**
 * A request to schedule an activity for some agents, inside their shifts. The window is fixed
 * when `latestEnd − earliestStart === lengthMinutes`, flexible otherwise.
 */
export interface ActivityRequest {
  id: string;
  kind: ActivityKind;
  agentIds: string[];
  lengthMinutes: number;
  earliestStart: number;
  latestEnd: number;
  /** All attendees at the same time (default: true for meetings, false otherwise). */
  together?: boolean;
}

/** Working-time rules an agent is employed under. */
export interface Contract {
  id: string;
  minHoursPerWeek: number;
  maxHoursPerWeek: number;
  maxWorkingDays: number;
  /** Minimum time between the end of one shift and the start of the next. */
  minRestHours: number;
  fixedDaysOff?: DayIndex[];
}

/** An agent to be scheduled. */
export interface Agent {
  id: string;
  contractId: string;
  /** Proficiency (0–1) per queue the agent can work; a missing queue means no skill. */
  skills: Record<QueueId, number>;
  /** Templates the agent may work (default: every template). */
  templateIds?: string[];
  /** When the agent can work; a shift must lie inside one window (default: any time). */
  availability?: TimeWindow[];
  /** Days off of this agent in addition to the contract's. */
  fixedDaysOff?: DayIndex[];
}

/** Approved time off: no shift of the agent may overlap it. */
export interface TimeOffRequest {
  id: string;
  agentId: string;
  start: number;
  end: number;
  /** Paid hours the time off counts for towards the weekly minimum and maximum (default 0). */
  paidHours?: number;
}

/** Everything a schedule is checked against. */
export interface SchedulingRules {
  /** Length of the horizon in days (default 7). */
  days?: number;
  templates: ShiftTemplate[];
  contracts: Contract[];
  agents: Agent[];
  timeOff?: TimeOffRequest[];
  activities?: ActivityRequest[];
}

/**
 * Fractional agents needed per queue (or skill group) per 15-minute interval: `queues[q][i]` is
 * the need in [i·15, (i+1)·15) minutes from the start of the horizon.
 */
export interface Requirement {
  queues: Record<QueueId, readonly number[]>;
}

/** A break placed inside a shift. */
export interface ScheduledBreak {
  ruleId: string;
  kind: 'break' | 'meal';
  start: number;
  end: number;
  paid: boolean;
}

/** An activity placed inside a shift; `activityId` links it to its request (absent for ad-hoc ones). */
export interface ScheduledActivityBlock {
  activityId?: string;
  kind: ActivityKind;
  start: number;
  end: number;
}

/** One shift of one agent, staffing one queue outside its breaks and activities. */
export interface ScheduledShift {
  id: string;
  agentId: string;
  templateId: string;
  queueId: QueueId;
  start: number;
  end: number;
  breaks: ScheduledBreak[];
  activities: ScheduledActivityBlock[];
}

/** A schedule over a horizon, with the skills its coverage is weighted by. */
export interface Schedule {
  days: number;
  /** Proficiency per agent per queue, copied from the agents when the schedule was made. */
  agentSkills: Record<string, Record<QueueId, number>>;
  shifts: ScheduledShift[];
}

/** The rules a schedule can break (one validator check each). */
export const VIOLATION_RULES = [
  'UNKNOWN_AGENT',
  'UNKNOWN_TEMPLATE',
  'TEMPLATE_NOT_ALLOWED',
  'HORIZON',
  'SHIFT_LENGTH',
  'SHIFT_START_WINDOW',
  'BREAK_COUNT',
  'BREAK_WINDOW',
  'OVERLAP',
  'ACTIVITY_WINDOW',
  'WEEKLY_HOURS_MIN',
  'WEEKLY_HOURS_MAX',
  'MAX_WORKING_DAYS',
  'MIN_REST',
  'FIXED_DAY_OFF',
  'AVAILABILITY',
  'TIME_OFF',
  'SKILL',
] as const;
export type ViolationRule = (typeof VIOLATION_RULES)[number];

/** One broken rule. */
export interface Violation {
  rule: ViolationRule;
  agentId: string;
  shiftId?: string;
  message: string;
}
