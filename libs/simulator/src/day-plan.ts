import type { ActivityState, CenterDefinition, PlanningGroupDefinition } from './center.js';
import { INTERVALS_PER_DAY } from './center.js';
import { expectedArrivals } from './arrival-rate.js';
import { Random } from './random.js';
import { seedHash } from './seed-hash.js';
import { localMidnight, weekdayOf, ZoneClock } from './zone-clock.js';

/** Stream tag for rosters (see seedHash). */
const PLAN_STREAM = 0x706c616e;
const MINUTE = 60;

/** A scheduled activity within a shift, epoch seconds. */
export interface PlannedActivity {
  state: ActivityState;
  startSec: number;
  lengthSec: number;
  /** The reason shown with the state (training topic, meeting, OTHER reason). */
  label: string | undefined;
}

/** One agent's working day. */
export interface PlannedShift {
  /** Index into center.agents. */
  agent: number;
  /** Index into center.groups. */
  group: number;
  /** The rostered shift, epoch seconds. */
  startSec: number;
  endSec: number;
  /** When the agent actually logs in and out (lateness, overtime), epoch seconds. */
  loginSec: number;
  logoutSec: number;
  /** Breaks, meal, training, meetings, other, in time order, not overlapping. */
  activities: PlannedActivity[];
}

export interface DayPlan {
  dayNumber: number;
  dayStartSec: number;
  dayEndSec: number;
  /** Agents who work, in no particular order. */
  shifts: PlannedShift[];
  /** Indexes of rostered agents who did not come in. */
  absent: number[];
}

export interface PlanOptions {
  /** Multiplies the number of rostered shifts (what-if staffing cuts); default 1. */
  staffingFactor?: number;
}

/**
 * The roster of one local day (days since 1970-01-01): who works which shift, with breaks, meal,
 * training, meetings and unplanned OTHER episodes. Deterministic for (center, day, seed).
 *
 * For a 'demand' group the required agents on duty per interval are N = A + β·√A (square-root
 * staffing; Halfin & Whitt 1981; β = serviceFactor), A the forecast erlangs of its queues
 * (expected arrivals × mean handle time / 900 s), scaled up by 1 / (1 − inShiftShrinkage); shifts
 * are added by coverDemand. Agents on a rest day are not rostered; a shortage of agents leaves shifts unfilled.
 */
export function planDay(
  center: CenterDefinition,
  dayNumber: number,
  seed: number,
  options: PlanOptions = {},
): DayPlan {
  const dayStartSec = localMidnight(center.timeZone, dayNumber) / 1000;
  const dayEndSec = localMidnight(center.timeZone, dayNumber + 1) / 1000;
  const shifts: PlannedShift[] = [];
  const absent: number[] = [];
  center.groups.forEach((_, g) => {
    const part = planGroup(center, g, dayNumber, seed, options);
    shifts.push(...part.shifts);
    absent.push(...part.absent);
  });
  return { dayNumber, dayStartSec, dayEndSec, shifts, absent };
}

/**
 * The roster of one planning group (index into center.groups) on a day: the part of planDay for
 * that group, from its own random stream, so a group can be planned alone.
 */
export function planGroup(
  center: CenterDefinition,
  g: number,
  dayNumber: number,
  seed: number,
  options: PlanOptions = {},
): { shifts: PlannedShift[]; absent: number[] } {
  const staffingFactor = options.staffingFactor ?? 1;
  const group = center.groups[g];
  const rng = new Random(seedHash(seed, dayNumber, PLAN_STREAM, g));
  const clock = new ZoneClock(center.timeZone);
  const dayStartSec = localMidnight(center.timeZone, dayNumber) / 1000;
  const dayEndSec = localMidnight(center.timeZone, dayNumber + 1) / 1000;
  const weekday = weekdayOf(dayNumber);
  const startOffset = clock.offsetMs(dayStartSec * 1000);
  /** Epoch seconds of a local wall-clock minute of this day (DST-safe). */
  const localSec = (minute: number): number => {
    const t = dayStartSec + minute * MINUTE;
    return t - (clock.offsetMs(t * 1000) - startOffset) / 1000;
  };
  const teams = new Set(center.teams.filter((t) => t.group === group.name).map((t) => t.name));
  const pool: number[] = [];
  center.agents.forEach((a, i) => {
    if (teams.has(a.team) && !a.daysOff.includes(weekday)) pool.push(i);
  });
  rng.shuffle(pool);
  const templates =
    group.staffing === 'all'
      ? pool.map((_, j) => j % group.shifts.length)
      : rng.shuffle(coverDemand(center, group, dayNumber));
  const count = Math.min(pool.length, Math.round(templates.length * staffingFactor));
  const shifts: PlannedShift[] = [];
  const absent: number[] = [];
  const w = center.workforce;
  for (let j = 0; j < count; j++) {
    const agent = pool[j];
    if (rng.chance(w.absenceRate)) {
      absent.push(agent);
      continue;
    }
    const template = group.shifts[templates[j]];
    const startSec = localSec(template.startMinute);
    const endSec = localSec(template.startMinute + template.lengthMinutes);
    const loginSec = Math.max(
      dayStartSec,
      Math.round(startSec + w.loginOffsetSeconds.mean + w.loginOffsetSeconds.sd * rng.normal()),
    );
    const logoutSec = Math.min(
      dayEndSec,
      Math.max(
        loginSec + 30 * MINUTE,
        Math.round(endSec + w.logoutOffsetSeconds.mean + w.logoutOffsetSeconds.sd * rng.normal()),
      ),
    );
    shifts.push({
      agent,
      group: g,
      startSec,
      endSec,
      loginSec,
      logoutSec,
      activities: planActivities(center, rng, startSec, endSec, loginSec, logoutSec),
    });
  }
  return { shifts, absent };
}

/**
 * The shift templates (indexes into group.shifts, one per shift) that cover a 'demand' group's
 * required agents per interval on the day (see planDay). Greedy in time order: while an interval is
 * short of agents, add the template covering it that helps most — +1 for each interval of the
 * template still short, −½ for each already covered (a weighted set-cover greedy). Its length is
 * the number of shifts the day needs.
 */
export function coverDemand(
  center: CenterDefinition,
  group: PlanningGroupDefinition,
  dayNumber: number,
): number[] {
  const erlangs = new Float64Array(INTERVALS_PER_DAY);
  for (const name of group.queues) {
    const q = center.queues.find((x) => x.name === name);
    if (q === undefined) continue;
    const aht = q.talk.mean + q.hold.probability * q.hold.duration.mean + q.acw.mean;
    const arrivals = expectedArrivals(center, q.demand, q.channel, dayNumber);
    for (let i = 0; i < INTERVALS_PER_DAY; i++) erlangs[i] += (arrivals[i] * aht) / 900;
  }
  const shrink = center.workforce.inShiftShrinkage;
  const short = new Int32Array(INTERVALS_PER_DAY);
  for (let i = 0; i < INTERVALS_PER_DAY; i++) {
    const a = erlangs[i];
    if (a <= 0) continue;
    const onDuty = Math.max(group.minimumAgents, Math.ceil(a + group.serviceFactor * Math.sqrt(a)));
    short[i] = Math.ceil(onDuty / (1 - shrink));
  }
  const spans = group.shifts.map((s) => [
    Math.floor(s.startMinute / 15),
    Math.min(INTERVALS_PER_DAY, Math.ceil((s.startMinute + s.lengthMinutes) / 15)),
  ]);
  const chosen: number[] = [];
  for (let i = 0; i < INTERVALS_PER_DAY; i++) {
    while (short[i] > 0) {
      let best = -1;
      let bestScore = -Infinity;
      spans.forEach(([first, last], k) => {
        if (i < first || i >= last) return;
        let score = 0;
        for (let j = first; j < last; j++) score += short[j] > 0 ? 1 : -0.5;
        if (score > bestScore || (score === bestScore && first > spans[best][0])) {
          best = k;
          bestScore = score;
        }
      });
      if (best < 0) break;
      chosen.push(best);
      for (let j = spans[best][0]; j < spans[best][1]; j++) short[j]--;
    }
  }
  return chosen;
}

/**
 * Breaks, meal, training, meeting and OTHER episodes of one shift, in time order and apart by at
 * least five minutes. Breaks sit near a quarter and three quarters of the shift, the meal near
 * its middle, each shifted at random so that agents do not all leave at once; an activity that no
 * longer fits before logout is dropped.
 */
function planActivities(
  center: CenterDefinition,
  rng: Random,
  startSec: number,
  endSec: number,
  loginSec: number,
  logoutSec: number,
): PlannedActivity[] {
  const w = center.workforce;
  const length = endSec - startSec;
  const wanted: PlannedActivity[] = [];
  const add = (state: ActivityState, at: number, minutes: number, label: string | undefined): void => {
    if (minutes > 0)
      wanted.push({ state, startSec: Math.round(at), lengthSec: Math.round(minutes * MINUTE), label });
  };
  const jitter = (minutes: number): number => (rng.uniform() * 2 - 1) * minutes * MINUTE;
  const meal = w.mealMinutes > 0 && length >= w.mealAfterShiftMinutes * MINUTE;
  if (length >= 6 * 3600) {
    add('BREAK', startSec + length / 4 + jitter(30), w.breakMinutes, undefined);
    add('BREAK', startSec + (3 * length) / 4 + jitter(30), w.breakMinutes, undefined);
  } else if (length >= 4 * 3600 && !meal) {
    add('BREAK', startSec + length / 2 + jitter(30), w.breakMinutes, undefined);
  }
  if (meal)
    add('MEAL', startSec + length / 2 - (w.mealMinutes * MINUTE) / 2 + jitter(75), w.mealMinutes, undefined);
  const randomStart = (minutes: number, margin: number): number =>
    loginSec + margin + rng.uniform() * Math.max(0, logoutSec - loginSec - 2 * margin - minutes * MINUTE);
  if (w.trainingRate > 0 && rng.chance(w.trainingRate)) {
    const minutes = Math.round(rng.draw(w.trainingMinutes) / 15) * 15 || 15;
    const topic = w.trainingTopics[rng.int(0, w.trainingTopics.length - 1)];
    add('TRAINING', randomStart(minutes, 3600), minutes, topic);
  }
  if (w.meetingRate > 0 && rng.chance(w.meetingRate)) {
    add('MEETING', randomStart(w.meetingMinutes, 3600), w.meetingMinutes, 'Team meeting');
  }
  const others = w.otherPerShift > 0 ? rng.poisson(w.otherPerShift) : 0;
  for (let k = 0; k < others; k++) {
    const minutes = Math.max(1, Math.round(rng.draw(w.otherMinutes)));
    add('OTHER', randomStart(minutes, 600), minutes, w.otherReasons[rng.int(0, w.otherReasons.length - 1)]);
  }
  wanted.sort((a, b) => a.startSec - b.startSec);
  const placed: PlannedActivity[] = [];
  let free = loginSec + 5 * MINUTE;
  for (const a of wanted) {
    const start = Math.max(a.startSec, free);
    if (start + a.lengthSec > logoutSec - 5 * MINUTE) continue;
    placed.push({ ...a, startSec: start });
    free = start + a.lengthSec + 5 * MINUTE;
  }
  return placed;
}
