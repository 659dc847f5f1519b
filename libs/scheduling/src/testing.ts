import type { Requirement, Schedule, ScheduledShift, SchedulingRules } from './model.js';

/*
 * Test fixtures: a small valid rule set and schedule to mutate one rule at a time, and helpers to
 * write requirements. Not part of the build (tsconfig excludes it).
 */

export const DAY = 1440;

/** Minutes from the horizon start of day `day` at hh:mm. */
export function at(day: number, hh: number, mm = 0): number {
  return day * DAY + hh * 60 + mm;
}

/** A requirement of `days` days, zero except `value` staff in [from, to) minutes for each queue given. */
export function requirementOf(
  days: number,
  spans: { queue: string; from: number; to: number; value: number }[],
): Requirement {
  const queues: Record<string, number[]> = {};
  for (const s of spans) {
    const line = (queues[s.queue] ??= new Array<number>(days * 96).fill(0));
    for (let i = s.from / 15; i < s.to / 15; i++) line[i] += s.value;
  }
  return { queues };
}

/**
 * Rules of two agents on one 8.5-hour template (start 08:00–10:00, a paid 15-minute break 90–150
 * minutes in, an unpaid 30-minute meal 180–300 minutes in), contract 16–40 paid hours, at most 5
 * days, 11 h rest, Sundays off; a 60-minute training for a1 on day 1 between 10:00 and 16:00.
 */
export function baseRules(): SchedulingRules {
  return {
    days: 7,
    templates: [
      {
        id: 'DAY',
        earliestStartMinutes: 8 * 60,
        latestStartMinutes: 10 * 60,
        lengthsMinutes: [510],
        breakRules: [
          {
            id: 'break',
            kind: 'break',
            count: 1,
            lengthMinutes: 15,
            earliestOffsetMinutes: 90,
            latestOffsetMinutes: 150,
            paid: true,
          },
          {
            id: 'meal',
            kind: 'meal',
            count: 1,
            lengthMinutes: 30,
            earliestOffsetMinutes: 180,
            latestOffsetMinutes: 300,
            paid: false,
          },
        ],
      },
      {
        id: 'SHORT',
        earliestStartMinutes: 8 * 60,
        latestStartMinutes: 16 * 60,
        lengthsMinutes: [240],
        breakRules: [],
      },
    ],
    contracts: [
      {
        id: 'FT',
        minHoursPerWeek: 16,
        maxHoursPerWeek: 40,
        maxWorkingDays: 5,
        minRestHours: 11,
        fixedDaysOff: [6],
      },
    ],
    agents: [
      { id: 'a1', contractId: 'FT', skills: { Hotline: 1 } },
      { id: 'a2', contractId: 'FT', skills: { Hotline: 0.8, Online: 1 } },
    ],
    timeOff: [],
    activities: [
      {
        id: 'train',
        kind: 'training',
        agentIds: ['a1'],
        lengthMinutes: 60,
        earliestStart: at(1, 10),
        latestEnd: at(1, 16),
      },
    ],
  };
}

/** A 09:00–17:30 shift of the DAY template with its break at 10:30 and meal at 12:30. */
export function dayShift(id: string, agentId: string, queueId: string, day: number): ScheduledShift {
  return {
    id,
    agentId,
    templateId: 'DAY',
    queueId,
    start: at(day, 9),
    end: at(day, 17, 30),
    breaks: [
      { ruleId: 'break', kind: 'break', start: at(day, 10, 30), end: at(day, 10, 45), paid: true },
      { ruleId: 'meal', kind: 'meal', start: at(day, 12, 30), end: at(day, 13), paid: false },
    ],
    activities: [],
  };
}

/** A valid schedule for baseRules: both agents work days 0 and 1; a1 has its training on day 1 at 14:00. */
export function baseSchedule(): Schedule {
  const a1d1 = dayShift('a1/1', 'a1', 'Hotline', 1);
  a1d1.activities.push({ activityId: 'train', kind: 'training', start: at(1, 14), end: at(1, 15) });
  return {
    days: 7,
    agentSkills: { a1: { Hotline: 1 }, a2: { Hotline: 0.8, Online: 1 } },
    shifts: [
      dayShift('a1/0', 'a1', 'Hotline', 0),
      a1d1,
      dayShift('a2/0', 'a2', 'Online', 0),
      dayShift('a2/1', 'a2', 'Online', 1),
    ],
  };
}
