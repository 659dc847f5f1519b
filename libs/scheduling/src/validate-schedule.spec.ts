import { describe, expect, it } from 'vitest';
import { validateSchedule } from './validate-schedule.js';
import type { Schedule, SchedulingRules, ViolationRule } from './model.js';
import { at, baseRules, baseSchedule, dayShift } from './testing.js';

/** The rules broken by a schedule, once each. */
function broken(schedule: Schedule, rules: SchedulingRules = baseRules()): ViolationRule[] {
  return [...new Set(validateSchedule(schedule, rules).map((v) => v.rule))].sort();
}

/** baseSchedule with one shift replaced through `edit`. */
function withShift(id: string, edit: (s: Schedule['shifts'][number]) => void): Schedule {
  const schedule = baseSchedule();
  edit(schedule.shifts.find((s) => s.id === id)!);
  return schedule;
}

describe('validateSchedule', () => {
  it('finds nothing wrong with a schedule that keeps every rule', () => {
    expect(validateSchedule(baseSchedule(), baseRules())).toEqual([]);
  });

  it('UNKNOWN_AGENT: a shift of an agent the rules do not know', () => {
    const schedule = baseSchedule();
    schedule.shifts.push(dayShift('zz/0', 'zz', 'Hotline', 0));
    expect(broken(schedule)).toEqual(['UNKNOWN_AGENT']);
  });

  it('UNKNOWN_TEMPLATE: a shift of a template the rules do not know', () => {
    expect(broken(withShift('a1/0', (s) => (s.templateId = 'NIGHT')))).toEqual(['UNKNOWN_TEMPLATE']);
  });

  it('TEMPLATE_NOT_ALLOWED: an agent restricted to other templates', () => {
    const rules = baseRules();
    rules.agents[0].templateIds = ['SHORT'];
    expect(broken(baseSchedule(), rules)).toEqual(['TEMPLATE_NOT_ALLOWED']);
  });

  it('HORIZON: a shift starting after the last day', () => {
    const schedule = baseSchedule();
    schedule.shifts.push({ ...dayShift('late', 'a2', 'Online', 7) });
    expect(broken(schedule)).toContain('HORIZON');
  });

  it('SHIFT_LENGTH: a shift of a length the template does not allow', () => {
    expect(broken(withShift('a1/0', (s) => (s.end = at(0, 18))))).toEqual(['SHIFT_LENGTH']);
  });

  it('SHIFT_START_WINDOW: a start before the earliest start', () => {
    const schedule = baseSchedule();
    const early = dayShift('a1/0', 'a1', 'Hotline', 0);
    const by = -2 * 60; // 07:00
    early.start += by;
    early.end += by;
    early.breaks = early.breaks.map((b) => ({ ...b, start: b.start + by, end: b.end + by }));
    schedule.shifts[0] = early;
    expect(broken(schedule)).toEqual(['SHIFT_START_WINDOW']);
  });

  it('BREAK_COUNT: a shift without its meal', () => {
    expect(
      broken(withShift('a1/0', (s) => (s.breaks = s.breaks.filter((b) => b.ruleId !== 'meal')))),
    ).toContain('BREAK_COUNT');
  });

  it('BREAK_WINDOW: a break taken before its window opens', () => {
    expect(
      broken(
        withShift('a1/0', (s) => {
          s.breaks[0] = { ...s.breaks[0], start: at(0, 10), end: at(0, 10, 15) }; // 60 minutes in, window 90–150
        }),
      ),
    ).toEqual(['BREAK_WINDOW']);
  });

  it('OVERLAP: an activity over the meal', () => {
    expect(
      broken(
        withShift('a1/1', (s) => {
          s.activities[0] = { ...s.activities[0], start: at(1, 12), end: at(1, 13) };
        }),
      ),
    ).toEqual(['OVERLAP']);
  });

  it('ACTIVITY_WINDOW: training placed after its window closes', () => {
    expect(
      broken(
        withShift('a1/1', (s) => {
          s.activities[0] = { ...s.activities[0], start: at(1, 16), end: at(1, 17) };
        }),
      ),
    ).toEqual(['ACTIVITY_WINDOW']);
  });

  it('WEEKLY_HOURS_MIN: 8 paid hours against a 16-hour minimum', () => {
    const schedule = baseSchedule();
    schedule.shifts = schedule.shifts.filter((s) => s.id !== 'a2/1');
    expect(broken(schedule)).toEqual(['WEEKLY_HOURS_MIN']);
  });

  it('WEEKLY_HOURS_MAX: 16 paid hours against a 12-hour maximum', () => {
    const rules = baseRules();
    rules.contracts[0].maxHoursPerWeek = 12;
    rules.contracts[0].minHoursPerWeek = 0;
    expect(broken(baseSchedule(), rules)).toEqual(['WEEKLY_HOURS_MAX']);
  });

  it('MAX_WORKING_DAYS: two days against a one-day maximum', () => {
    const rules = baseRules();
    rules.contracts[0].maxWorkingDays = 1;
    expect(broken(baseSchedule(), rules)).toEqual(['MAX_WORKING_DAYS']);
  });

  it('MIN_REST: 15.5 h between shifts against a 16 h minimum', () => {
    const rules = baseRules();
    rules.contracts[0].minRestHours = 16;
    expect(broken(baseSchedule(), rules)).toEqual(['MIN_REST']);
  });

  it('FIXED_DAY_OFF: a shift on the agent’s fixed day off', () => {
    const rules = baseRules();
    rules.agents[1].fixedDaysOff = [1];
    expect(broken(baseSchedule(), rules)).toEqual(['FIXED_DAY_OFF']);
  });

  it('AVAILABILITY: a shift outside the agent’s availability', () => {
    const rules = baseRules();
    rules.agents[0].availability = [{ start: at(0, 0), end: at(1, 0) }];
    expect(broken(baseSchedule(), rules)).toEqual(['AVAILABILITY']);
  });

  it('TIME_OFF: a shift over approved time off', () => {
    const rules = baseRules();
    rules.timeOff = [{ id: 'dentist', agentId: 'a2', start: at(1, 15), end: at(1, 16) }];
    expect(broken(baseSchedule(), rules)).toEqual(['TIME_OFF']);
  });

  it('SKILL: a shift on a queue the agent has no skill for', () => {
    expect(broken(withShift('a1/0', (s) => (s.queueId = 'Online')))).toEqual(['SKILL']);
  });

  it('counts paid time off towards the weekly hours', () => {
    const schedule = baseSchedule();
    schedule.shifts = schedule.shifts.filter((s) => s.id !== 'a2/1');
    const rules = baseRules();
    rules.timeOff = [{ id: 'holiday', agentId: 'a2', start: at(3, 0), end: at(4, 0), paidHours: 8 }];
    expect(broken(schedule, rules)).toEqual([]);
  });

  it('names the field when the rules are unusable', () => {
    const rules = baseRules();
    rules.agents[0].contractId = 'PT';
    expect(() => validateSchedule(baseSchedule(), rules)).toThrow(
      'agents[0].contractId "PT" is not a known contract',
    );
    const off = baseRules();
    off.templates[0].earliestStartMinutes = 8 * 60 + 5;
    expect(() => validateSchedule(baseSchedule(), off)).toThrow(
      'templates[0].earliestStartMinutes must be a whole multiple of 15',
    );
  });
});
