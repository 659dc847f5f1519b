import type { AgentState, Channel, QueueSettings } from '@servicefloor/contracts';
import { CHANNELS } from '@servicefloor/contracts';
import type { Distribution } from './random.js';
import { zoneOffsetMinutes } from './zone-clock.js';

/*
 * The definition of a simulated center: its directory (sites, queues, teams, agents with skills)
 * and the model that drives it (demand profiles, handle times, patience, rosters, claims). Plain
 * data, JSON-serialisable, so a definition can be stored, edited and sent to the API.
 */

/** Intervals per local day (15 minutes each, metrics.md "Time"). */
export const INTERVALS_PER_DAY = 96;

export interface SiteDefinition {
  name: string;
  /** IANA time zone, e.g. Asia/Shanghai. */
  timeZone: string;
}

/** Expected volume of a queue: a reference daily volume shaped by intraday and weekly profiles. */
export interface DemandDefinition {
  /** Expected contacts on a day whose weekly factor is 1 (before special days). */
  dailyVolume: number;
  /** 96 relative weights, one per 15-minute interval of the local day from 00:00; normalised. */
  intraday: readonly number[];
  /** 7 factors, Monday first, multiplying dailyVolume. */
  weekly: readonly number[];
}

export interface QueueDefinition {
  /** The queue's name, as events name it. */
  name: string;
  channel: Channel;
  site: string;
  /** Thresholds and targets (defaultQueueSettings of the channel unless changed). */
  settings: QueueSettings;
  demand: DemandDefinition;
  /** Talk time, seconds (lognormal in the demo). */
  talk: Distribution;
  /** Share of contacts put on hold, and the hold time in seconds. */
  hold: { probability: number; duration: Distribution };
  /** After-contact work, seconds (mean 0: none). */
  acw: Distribution;
  /** Customer patience, seconds (exponential when no cv); null: customers never abandon. */
  patience: Distribution | null;
  /** A contact still waiting after this many seconds flows out (timeout); null: never. */
  maxWaitSeconds: number | null;
  /** Share of answered contacts transferred to another queue at the end of their talk. */
  transfer: { probability: number; targetQueue: string } | null;
  /** Share of handled contacts whose customer answers the survey, and its delay in seconds. */
  survey: { probability: number; delay: Distribution };
  /** Share of handled contacts evaluated by quality inspection (within a day). */
  qualityProbability: number;
  /** Share of contacts whose customer is identified (carry a customerId). */
  identifiedShare: number;
}

export interface TeamDefinition {
  name: string;
  site: string;
  /** The planning group whose roster the team's agents follow. */
  group: string;
}

export interface SkillDefinition {
  queue: string;
  /** 1 (trainee) … 5 (expert): routing offers a queue's contacts to its most proficient agents first. */
  proficiency: number;
}

export interface AgentDefinition {
  id: string;
  name: string;
  team: string;
  skills: SkillDefinition[];
  /** Fixed rest days, Monday = 0 … Sunday = 6. */
  daysOff: number[];
}

export interface ShiftTemplate {
  /** Local start, minutes after midnight. */
  startMinute: number;
  lengthMinutes: number;
}

/** A set of interchangeable agents rostered together against the demand of some queues. */
export interface PlanningGroupDefinition {
  name: string;
  /** Queues whose demand the group is rostered to cover. */
  queues: string[];
  shifts: ShiftTemplate[];
  /**
   * How many agents are rostered: 'demand' covers, interval by interval, N = A + β·√A agents on
   * duty (square-root staffing, Halfin & Whitt 1981) with β = serviceFactor; 'all' rosters every
   * agent not on a rest day, shift templates dealt in turn.
   */
  staffing: 'demand' | 'all';
  serviceFactor: number;
  /** Agents on duty in any interval with demand, at least. */
  minimumAgents: number;
}

/** How agents spend a shift besides contacts. */
export interface WorkforceDefinition {
  /** Share of rostered agents absent for the day (no login at all). */
  absenceRate: number;
  /** Login time minus shift start, seconds: normal with this mean and standard deviation. */
  loginOffsetSeconds: { mean: number; sd: number };
  /** Logout time minus shift end, seconds: normal with this mean and standard deviation. */
  logoutOffsetSeconds: { mean: number; sd: number };
  /** Two breaks of this length in shifts of 6 h or more, one in shifts of 4–6 h; 0: none. */
  breakMinutes: number;
  /** A meal in the middle of shifts of at least mealAfterShiftMinutes; 0: none. */
  mealMinutes: number;
  mealAfterShiftMinutes: number;
  /** Share of working agents with a training session that day, its length in minutes, topics. */
  trainingRate: number;
  trainingMinutes: Distribution;
  trainingTopics: string[];
  /** Share of working agents with a team meeting that day, and its length in minutes. */
  meetingRate: number;
  meetingMinutes: number;
  /** Expected unplanned OTHER episodes per shift (coaching, system issues), their length, reasons. */
  otherPerShift: number;
  otherMinutes: Distribution;
  otherReasons: string[];
  /** The share of a shift spent off contacts, used to roster enough agents ('demand' groups). */
  inShiftShrinkage: number;
  /** Spread of agents' handle-time factor (lognormal, mean 1): some agents are faster. 0: none. */
  agentSpeedCv: number;
}

/** A day whose demand differs from the profiles: a holiday, a campaign, a typhoon. */
export interface SpecialDay {
  /** Local date YYYY-MM-DD. */
  date: string;
  label: string;
  multiplier: number;
  /** Channels it applies to; omitted: all. */
  channels?: Channel[];
}

/** The claim desk: claims are work items that live hours to days (metrics.md, "Claim desk"). */
export interface ClaimDeskDefinition {
  /** The CLAIM_DESK queue claims are filed in. */
  queue: string;
  /** The planning group whose agents handle claims. */
  group: string;
  /** Claims opened per day (intraday: when customers file them). */
  demand: DemandDefinition;
  /** When the desk works claims: local minutes [start, end) on these weekdays (Monday = 0). */
  deskHours: { startMinute: number; endMinute: number; weekdays: number[] };
  /** Opened → assigned, minutes of elapsed time (then moved into desk hours). */
  assignDelayMinutes: Distribution;
  /** Assigned → settled or rejected, hours of elapsed time (then moved into desk hours). */
  settleHours: Distribution;
  rejectShare: number;
  /** Share of settled claims reopened, reopenAfterDays later (uniform between min and max). */
  reopenShare: number;
  reopenAfterDays: { min: number; max: number };
  /** Claimed amount, yuan. */
  amount: Distribution;
}

export interface RepeatContactsDefinition {
  /** Share of identified customers who contact the center again. */
  probability: number;
  /** The repeat comes 1 … maxDelayDays days later (uniform). */
  maxDelayDays: number;
}

export interface CenterDefinition {
  name: string;
  /** The zone whose local days the simulation runs by (days start at local midnight). */
  timeZone: string;
  sites: SiteDefinition[];
  queues: QueueDefinition[];
  teams: TeamDefinition[];
  groups: PlanningGroupDefinition[];
  agents: AgentDefinition[];
  workforce: WorkforceDefinition;
  specialDays: SpecialDay[];
  claims: ClaimDeskDefinition | null;
  repeatContacts: RepeatContactsDefinition;
  /** Day-to-day volume noise: each day's volume is multiplied by a lognormal factor with this cv. */
  dailyVolumeCv: number;
  /** Names of quality evaluators. */
  qualityEvaluators: string[];
}

/** Agent states of scheduled activities. */
export type ActivityState = Extract<AgentState, 'BREAK' | 'MEAL' | 'TRAINING' | 'MEETING' | 'OTHER'>;

/**
 * Checks a center definition for what the simulator relies on; the error names the field and the
 * reason, e.g. `queues[1].demand.intraday must have 96 weights, got 24`.
 *
 * @throws Error on the first problem found.
 */
export function validateCenter(center: CenterDefinition): void {
  const fail = (field: string, reason: string): never => {
    throw new Error(`${field} ${reason}`);
  };
  zoneName('timeZone', center.timeZone);
  const sites = new Set<string>();
  center.sites.forEach((s, i) => {
    if (sites.has(s.name)) fail(`sites[${i}].name`, `is a duplicate: ${JSON.stringify(s.name)}`);
    sites.add(s.name);
    zoneName(`sites[${i}].timeZone`, s.timeZone);
  });
  if (sites.size === 0) fail('sites', 'must not be empty');
  const queues = new Set<string>();
  center.queues.forEach((q, i) => {
    const at = `queues[${i}]`;
    if (queues.has(q.name)) fail(`${at}.name`, `is a duplicate: ${JSON.stringify(q.name)}`);
    queues.add(q.name);
    if (!sites.has(q.site)) fail(`${at}.site`, `is not a site: ${JSON.stringify(q.site)}`);
    if (!(CHANNELS as readonly string[]).includes(q.channel))
      fail(`${at}.channel`, `is not a channel: ${q.channel}`);
    demand(`${at}.demand`, q.demand);
    distribution(`${at}.talk`, q.talk);
    distribution(`${at}.hold.duration`, q.hold.duration, true);
    distribution(`${at}.acw`, q.acw, true);
    if (q.patience !== null) distribution(`${at}.patience`, q.patience);
    probability(`${at}.hold.probability`, q.hold.probability);
    probability(`${at}.survey.probability`, q.survey.probability);
    distribution(`${at}.survey.delay`, q.survey.delay);
    probability(`${at}.qualityProbability`, q.qualityProbability);
    probability(`${at}.identifiedShare`, q.identifiedShare);
    if (q.maxWaitSeconds !== null && !(q.maxWaitSeconds > 0))
      fail(`${at}.maxWaitSeconds`, 'must be > 0 or null');
    if (q.transfer !== null) probability(`${at}.transfer.probability`, q.transfer.probability);
  });
  center.queues.forEach((q, i) => {
    if (q.transfer !== null && (!queues.has(q.transfer.targetQueue) || q.transfer.targetQueue === q.name)) {
      fail(
        `queues[${i}].transfer.targetQueue`,
        `must be another queue, got ${JSON.stringify(q.transfer.targetQueue)}`,
      );
    }
  });
  const groups = new Set<string>();
  center.groups.forEach((g, i) => {
    const at = `groups[${i}]`;
    if (groups.has(g.name)) fail(`${at}.name`, `is a duplicate: ${JSON.stringify(g.name)}`);
    groups.add(g.name);
    g.queues.forEach((q, j) => {
      if (!queues.has(q)) fail(`${at}.queues[${j}]`, `is not a queue: ${JSON.stringify(q)}`);
    });
    if (g.shifts.length === 0) fail(`${at}.shifts`, 'must not be empty');
    g.shifts.forEach((s, j) => {
      if (!(s.startMinute >= 0 && s.lengthMinutes > 0 && s.startMinute + s.lengthMinutes <= 1440)) {
        fail(`${at}.shifts[${j}]`, 'must start at or after 00:00 and end by 24:00 of the same day');
      }
    });
  });
  const teams = new Set<string>();
  center.teams.forEach((t, i) => {
    if (teams.has(t.name)) fail(`teams[${i}].name`, `is a duplicate: ${JSON.stringify(t.name)}`);
    teams.add(t.name);
    if (!sites.has(t.site)) fail(`teams[${i}].site`, `is not a site: ${JSON.stringify(t.site)}`);
    if (!groups.has(t.group))
      fail(`teams[${i}].group`, `is not a planning group: ${JSON.stringify(t.group)}`);
  });
  const agents = new Set<string>();
  center.agents.forEach((a, i) => {
    const at = `agents[${i}]`;
    if (agents.has(a.id)) fail(`${at}.id`, `is a duplicate: ${JSON.stringify(a.id)}`);
    agents.add(a.id);
    if (!teams.has(a.team)) fail(`${at}.team`, `is not a team: ${JSON.stringify(a.team)}`);
    a.skills.forEach((s, j) => {
      if (!queues.has(s.queue))
        fail(`${at}.skills[${j}].queue`, `is not a queue: ${JSON.stringify(s.queue)}`);
      if (!(Number.isInteger(s.proficiency) && s.proficiency >= 1 && s.proficiency <= 5)) {
        fail(`${at}.skills[${j}].proficiency`, `must be a whole number 1–5, got ${s.proficiency}`);
      }
    });
    a.daysOff.forEach((d, j) => {
      if (!(Number.isInteger(d) && d >= 0 && d <= 6))
        fail(`${at}.daysOff[${j}]`, `must be 0 (Monday) … 6, got ${d}`);
    });
  });
  center.specialDays.forEach((s, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date))
      fail(`specialDays[${i}].date`, `must be YYYY-MM-DD, got ${s.date}`);
    if (!(s.multiplier >= 0)) fail(`specialDays[${i}].multiplier`, 'must be ≥ 0');
  });
  if (center.claims !== null) {
    const c = center.claims;
    const q = center.queues.find((x) => x.name === c.queue);
    if (q === undefined || q.channel !== 'CLAIM_DESK')
      fail('claims.queue', `must be a CLAIM_DESK queue, got ${c.queue}`);
    if (!groups.has(c.group)) fail('claims.group', `is not a planning group: ${JSON.stringify(c.group)}`);
    demand('claims.demand', c.demand);
    distribution('claims.assignDelayMinutes', c.assignDelayMinutes);
    distribution('claims.settleHours', c.settleHours);
    distribution('claims.amount', c.amount);
    probability('claims.rejectShare', c.rejectShare);
    probability('claims.reopenShare', c.reopenShare);
    if (!(c.deskHours.startMinute < c.deskHours.endMinute && c.deskHours.weekdays.length > 0)) {
      fail('claims.deskHours', 'must have startMinute < endMinute and at least one weekday');
    }
  }
  probability('repeatContacts.probability', center.repeatContacts.probability);
  if (!(Number.isInteger(center.repeatContacts.maxDelayDays) && center.repeatContacts.maxDelayDays >= 1)) {
    fail('repeatContacts.maxDelayDays', 'must be a whole number ≥ 1');
  }
  probability('workforce.absenceRate', center.workforce.absenceRate);
  probability('workforce.trainingRate', center.workforce.trainingRate);
  probability('workforce.meetingRate', center.workforce.meetingRate);
  if (!(center.workforce.inShiftShrinkage >= 0 && center.workforce.inShiftShrinkage < 1)) {
    fail('workforce.inShiftShrinkage', 'must be in [0, 1)');
  }
  if (center.qualityEvaluators.length === 0) fail('qualityEvaluators', 'must not be empty');

  function demand(field: string, d: DemandDefinition): void {
    if (!(d.dailyVolume >= 0)) fail(`${field}.dailyVolume`, 'must be ≥ 0');
    if (d.intraday.length !== INTERVALS_PER_DAY) {
      fail(`${field}.intraday`, `must have ${INTERVALS_PER_DAY} weights, got ${d.intraday.length}`);
    }
    if (d.intraday.some((w) => !(w >= 0))) fail(`${field}.intraday`, 'must hold weights ≥ 0');
    if (d.dailyVolume > 0 && !d.intraday.some((w) => w > 0))
      fail(`${field}.intraday`, 'must have a weight > 0');
    if (d.weekly.length !== 7 || d.weekly.some((w) => !(w >= 0)))
      fail(`${field}.weekly`, 'must have 7 factors ≥ 0');
  }
  function distribution(field: string, d: Distribution, zeroAllowed = false): void {
    if (!((zeroAllowed ? d.mean >= 0 : d.mean > 0) && Number.isFinite(d.mean))) {
      fail(`${field}.mean`, `must be ${zeroAllowed ? '≥ 0' : '> 0'}, got ${d.mean}`);
    }
    if (d.cv !== undefined && !(d.cv >= 0)) fail(`${field}.cv`, `must be ≥ 0, got ${d.cv}`);
  }
  function probability(field: string, p: number): void {
    if (!(p >= 0 && p <= 1)) fail(field, `must be a probability in [0, 1], got ${p}`);
  }
  function zoneName(field: string, zone: string): void {
    try {
      zoneOffsetMinutes(zone, 0);
    } catch {
      fail(field, `must be an IANA time zone name, got ${JSON.stringify(zone)}`);
    }
  }
}
