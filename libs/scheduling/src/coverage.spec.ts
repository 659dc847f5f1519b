import { describe, expect, it } from 'vitest';
import { coverage } from './coverage.js';
import type { Schedule } from './model.js';
import { at, requirementOf } from './testing.js';

// Hand-computed: a (proficiency 1) works 09:00–11:00 with a break 10:00–10:15; b (proficiency 0.5)
// works 09:30–10:30 with a meeting 10:00–10:30; 1 agent is needed 09:00–11:00.
// Staff per interval 09:00…10:45: 1, 1, 1.5, 1.5, 0, 1, 1, 1.
const schedule: Schedule = {
  days: 1,
  agentSkills: { a: { Q: 1 }, b: { Q: 0.5 } },
  shifts: [
    {
      id: 'a',
      agentId: 'a',
      templateId: 'T',
      queueId: 'Q',
      start: at(0, 9),
      end: at(0, 11),
      breaks: [{ ruleId: 'b', kind: 'break', start: at(0, 10), end: at(0, 10, 15), paid: true }],
      activities: [],
    },
    {
      id: 'b',
      agentId: 'b',
      templateId: 'T',
      queueId: 'Q',
      start: at(0, 9, 30),
      end: at(0, 10, 30),
      breaks: [],
      activities: [{ kind: 'meeting', start: at(0, 10), end: at(0, 10, 30) }],
    },
  ],
};
const requirement = requirementOf(1, [{ queue: 'Q', from: at(0, 9), to: at(0, 11), value: 1 }]);

describe('coverage', () => {
  it('weights staff by proficiency and takes breaks and activities off the queue', () => {
    const report = coverage(schedule, requirement);
    const q = report.queues[0];
    expect(q.scheduled.slice(36, 44)).toEqual([1, 1, 1.5, 1.5, 0, 1, 1, 1]);
    expect(q.under.slice(36, 44)).toEqual([0, 0, 0, 0, 1, 0, 0, 0]);
    expect(q.over.slice(36, 44)).toEqual([0, 0, 0.5, 0.5, 0, 0, 0, 0]);
  });

  it('totals in staff-hours (staff × 0.25 h per interval)', () => {
    expect(coverage(schedule, requirement).totals).toEqual({
      requiredStaffHours: 2,
      scheduledStaffHours: 2,
      underStaffHours: 0.25,
      overStaffHours: 0.25,
    });
  });

  it('counts a shift off the 15-minute grid for the part of each interval it covers', () => {
    const odd: Schedule = {
      ...schedule,
      shifts: [{ ...schedule.shifts[0], start: at(0, 9, 5), end: at(0, 9, 20), breaks: [] }],
    };
    const line = coverage(odd, requirement).queues[0].scheduled;
    expect(line[36]).toBeCloseTo(10 / 15, 12);
    expect(line[37]).toBeCloseTo(5 / 15, 12);
  });

  it('reports a staffed queue the requirement does not name, with a requirement of 0', () => {
    const other: Schedule = {
      ...schedule,
      shifts: [{ ...schedule.shifts[0], queueId: 'R' }],
      agentSkills: { a: { R: 1 } },
    };
    const r = coverage(other, requirement).queues.find((q) => q.queueId === 'R')!;
    expect(r.overStaffHours).toBe(1.75);
  });

  it('names the queue and interval of a bad requirement value', () => {
    const bad = requirementOf(1, [{ queue: 'Q', from: 0, to: 15, value: -1 }]);
    expect(() => coverage(schedule, bad)).toThrow(
      'requirement.queues.Q[0] must be a finite number ≥ 0, got -1',
    );
  });
});
