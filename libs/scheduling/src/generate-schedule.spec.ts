import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateSchedule, type GenerateOptions } from './generate-schedule.js';
import { validateSchedule } from './validate-schedule.js';
import type { Agent, BreakRule, SchedulingRules, ShiftTemplate } from './model.js';
import { at, requirementOf } from './testing.js';

const fast: GenerateOptions = { milpSeconds: 5, localSearchIterations: 20_000, timeLimitSeconds: 30 };

function rules(over: Partial<SchedulingRules> & { agents: Agent[] }): SchedulingRules {
  return {
    days: 1,
    templates: [
      {
        id: 'T',
        earliestStartMinutes: 9 * 60,
        latestStartMinutes: 9 * 60,
        lengthsMinutes: [480],
        breakRules: [],
      },
    ],
    contracts: [{ id: 'C', minHoursPerWeek: 0, maxHoursPerWeek: 40, maxWorkingDays: 5, minRestHours: 11 }],
    ...over,
  };
}

const agents = (n: number, skills: Record<string, number> = { Q: 1 }): Agent[] =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i}`, contractId: 'C', skills }));

describe('generateSchedule: small instances with a known optimum', () => {
  it('two agents for two needed 09:00–17:00: exact cover', async () => {
    // Optimum by hand: two 09:00–17:00 shifts; no under- or over-coverage, 16 paid hours.
    const r = await generateSchedule(
      rules({ agents: agents(3) }),
      requirementOf(1, [{ queue: 'Q', from: at(0, 9), to: at(0, 17), value: 2 }]),
      fast,
    );
    expect(r.schedule.shifts).toHaveLength(2);
    expect([r.underCoverageStaffHours, r.overCoverageStaffHours, r.paidHours]).toEqual([0, 0, 16]);
    expect([r.lowerBoundUnderStaffHours, r.gapRatio]).toEqual([0, 0]);
    expect(r.violations).toEqual([]);
  });

  it('covers a break with a second agent: under-coverage first, then over-coverage', async () => {
    // One agent leaves its 30-minute break uncovered (0.5 staff-hours under). Two agents with breaks at
    // different times leave nothing uncovered, at 16 − 2·0.5 − 8 = 7 staff-hours over: the optimum.
    const template: ShiftTemplate = {
      id: 'T',
      earliestStartMinutes: 9 * 60,
      latestStartMinutes: 9 * 60,
      lengthsMinutes: [480],
      breakRules: [
        {
          id: 'b',
          kind: 'break',
          count: 1,
          lengthMinutes: 30,
          earliestOffsetMinutes: 180,
          latestOffsetMinutes: 240,
          paid: true,
        },
      ],
    };
    const r = await generateSchedule(
      rules({ agents: agents(2), templates: [template] }),
      requirementOf(1, [{ queue: 'Q', from: at(0, 9), to: at(0, 17), value: 1 }]),
      fast,
    );
    expect([r.underCoverageStaffHours, r.overCoverageStaffHours, r.paidHours]).toEqual([0, 7, 16]);
    const [b1, b2] = r.schedule.shifts.map((s) => s.breaks[0].start);
    expect(Math.abs(b1 - b2)).toBeGreaterThanOrEqual(30);
    expect(r.violations).toEqual([]);
  });

  it('starts a shift where the demand is, within the template’s window', async () => {
    // Window 08:00–12:00, 4-hour shifts, demand 10:00–14:00: the only exact cover starts at 10:00.
    const template: ShiftTemplate = {
      id: 'T',
      earliestStartMinutes: 8 * 60,
      latestStartMinutes: 12 * 60,
      lengthsMinutes: [240],
      breakRules: [],
    };
    const r = await generateSchedule(
      rules({ agents: agents(1), templates: [template] }),
      requirementOf(1, [{ queue: 'Q', from: at(0, 10), to: at(0, 14), value: 1 }]),
      fast,
    );
    expect(r.schedule.shifts.map((s) => s.start)).toEqual([at(0, 10)]);
    expect(r.underCoverageStaffHours + r.overCoverageStaffHours).toBe(0);
  });

  it('gives a 40-hour contract its five weekdays when demand is Monday to Friday', async () => {
    const r = await generateSchedule(
      rules({
        days: 7,
        agents: agents(1),
        contracts: [
          { id: 'C', minHoursPerWeek: 40, maxHoursPerWeek: 40, maxWorkingDays: 5, minRestHours: 11 },
        ],
      }),
      requirementOf(
        7,
        [0, 1, 2, 3, 4].map((d) => ({ queue: 'Q', from: at(d, 9), to: at(d, 17), value: 1 })),
      ),
      fast,
    );
    expect(r.schedule.shifts.map((s) => s.start)).toEqual([0, 1, 2, 3, 4].map((d) => at(d, 9)));
    expect([r.underCoverageStaffHours, r.overCoverageStaffHours, r.paidHours]).toEqual([0, 0, 40]);
  });

  it('weights staff by proficiency and staffs each queue with the agent who can', async () => {
    // Two agents at 0.5 make one on A; only the multi-skilled agent can staff B.
    const r = await generateSchedule(
      rules({
        agents: [
          { id: 'x1', contractId: 'C', skills: { A: 0.5 } },
          { id: 'x2', contractId: 'C', skills: { A: 0.5 } },
          { id: 'y', contractId: 'C', skills: { A: 1, B: 1 } },
        ],
      }),
      requirementOf(1, [
        { queue: 'A', from: at(0, 9), to: at(0, 17), value: 1 },
        { queue: 'B', from: at(0, 9), to: at(0, 17), value: 1 },
      ]),
      fast,
    );
    expect(r.schedule.shifts.find((s) => s.agentId === 'y')!.queueId).toBe('B');
    expect([r.underCoverageStaffHours, r.overCoverageStaffHours]).toEqual([0, 0]);
  });
});

describe('generateSchedule: demand the agents cannot meet', () => {
  it('returns the best schedule and reports every unmet interval', async () => {
    // Three needed, two agents: one staff short in each of the 32 intervals 09:00–17:00 = 8 staff-hours,
    // which is also the LP bound.
    const r = await generateSchedule(
      rules({ agents: agents(2) }),
      requirementOf(1, [{ queue: 'Q', from: at(0, 9), to: at(0, 17), value: 3 }]),
      fast,
    );
    expect(r.schedule.shifts).toHaveLength(2);
    expect(r.unmet).toHaveLength(32);
    expect(r.unmet[0]).toEqual({ queueId: 'Q', interval: 36, start: at(0, 9), shortfall: 1 });
    expect(r.underCoverageStaffHours).toBe(8);
    expect(r.lowerBoundUnderStaffHours).toBeCloseTo(8, 6);
    expect(r.gapStaffHours).toBeCloseTo(0, 6);
    expect(r.violations).toEqual([]);
  });

  it('returns an empty schedule and every interval unmet when there is nobody to schedule', async () => {
    const r = await generateSchedule(
      rules({ agents: [] }),
      requirementOf(1, [{ queue: 'Q', from: 0, to: 1440, value: 1 }]),
      fast,
    );
    expect([
      r.schedule.shifts.length,
      r.unmet.length,
      r.underCoverageStaffHours,
      r.lowerBoundUnderStaffHours,
    ]).toEqual([0, 96, 24, 24]);
  });

  it('keeps the rest between shifts even when that leaves demand unmet, and so does the bound', async () => {
    // Late shift 14:00–22:00 on day 0 and early 06:00–14:00 on day 1 leave 8 h rest, under the 11 h
    // minimum: one agent can only cover one of them (8 staff-hours unmet). The LP's rest rows know it.
    const template: ShiftTemplate = {
      id: 'T',
      earliestStartMinutes: 6 * 60,
      latestStartMinutes: 14 * 60,
      startStepMinutes: 480,
      lengthsMinutes: [480],
      breakRules: [],
    };
    const r = await generateSchedule(
      rules({ days: 2, agents: agents(1), templates: [template] }),
      requirementOf(2, [
        { queue: 'Q', from: at(0, 14), to: at(0, 22), value: 1 },
        { queue: 'Q', from: at(1, 6), to: at(1, 14), value: 1 },
      ]),
      fast,
    );
    expect(r.underCoverageStaffHours).toBe(8);
    expect(r.lowerBoundUnderStaffHours).toBeCloseTo(8, 6);
    expect(r.violations).toEqual([]);
  });

  it('reports an activity an attendee cannot attend instead of failing', async () => {
    const r = await generateSchedule(
      rules({
        agents: agents(1),
        activities: [
          {
            id: 'm',
            kind: 'meeting',
            agentIds: ['a0'],
            lengthMinutes: 30,
            earliestStart: at(0, 18),
            latestEnd: at(0, 19),
          },
        ],
      }),
      requirementOf(1, [{ queue: 'Q', from: at(0, 9), to: at(0, 17), value: 1 }]),
      fast,
    );
    expect(r.unplacedActivities).toEqual([{ activityId: 'm', agentId: 'a0', reason: expect.any(String) }]);
    expect(r.violations).toEqual([]);
  });
});

describe('generateSchedule: weekly minimums', () => {
  const full: ShiftTemplate = {
    id: 'FULL',
    earliestStartMinutes: 7 * 60,
    latestStartMinutes: 12 * 60,
    lengthsMinutes: [510],
    breakRules: [
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
  };
  const part: ShiftTemplate = {
    id: 'PART',
    earliestStartMinutes: 8 * 60,
    latestStartMinutes: 17 * 60,
    lengthsMinutes: [240],
    breakRules: [],
  };
  const contract = { id: 'C', minHoursPerWeek: 32, maxHoursPerWeek: 40, maxWorkingDays: 5, minRestHours: 11 };

  it('never leaves an agent short of a minimum it can meet, though short shifts would cover better', async () => {
    // Peaks 10:00–14:00 and 17:00–21:00 are covered best by four-hour shifts, but an agent with five
    // days of at most 8 paid hours can take only two of them and still reach 32 hours (3 × 8 + 2 × 4):
    // a third leaves it short with no day left to make it up (the plan only bounds the group's hours).
    const team = agents(30).map((a, i) => ({ ...a, fixedDaysOff: i % 3 === 0 ? [6] : [] }));
    const spans = Array.from({ length: 7 }, (_, d) => [
      { queue: 'Q', from: at(d, 10), to: at(d, 14), value: 21 },
      { queue: 'Q', from: at(d, 17), to: at(d, 21), value: 9 },
      { queue: 'Q', from: at(d, 9), to: at(d, 17), value: 3 },
    ]).flat();
    const rulesOfWeek = rules({ days: 7, agents: team, templates: [full, part], contracts: [contract] });
    const r = await generateSchedule(rulesOfWeek, requirementOf(7, spans), fast);
    expect(validateSchedule(r.schedule, rulesOfWeek)).toEqual([]);
    expect(r.violations).toEqual([]);
    expect(r.schedule.shifts.filter((s) => s.templateId === 'PART').length).toBeGreaterThan(30);
  });

  it('reports a minimum time off puts out of reach, and gives the agent its longest shifts', async () => {
    // a0 is off from Tuesday to Sunday: one 8-hour shift on Monday is all it can work (min 32 h).
    const team = agents(2);
    const rulesOfWeek = rules({
      days: 7,
      agents: team,
      templates: [full, part],
      contracts: [contract],
      timeOff: [{ id: 'off', agentId: 'a0', start: at(1, 0), end: at(7, 0) }],
    });
    const spans = Array.from({ length: 7 }, (_, d) => ({
      queue: 'Q',
      from: at(d, 8),
      to: at(d, 18),
      value: 2,
    }));
    const r = await generateSchedule(rulesOfWeek, requirementOf(7, spans), fast);
    expect(r.violations.map((v) => [v.rule, v.agentId])).toEqual([['WEEKLY_HOURS_MIN', 'a0']]);
    expect(r.schedule.shifts.filter((s) => s.agentId === 'a0').map((s) => s.templateId)).toEqual(['FULL']);
    // two staff wanted 70 hours a week, one agent at most 40 paid hours plus a0's 8: demand is unmet
    expect(r.unmet.length).toBeGreaterThan(0);
    expect(r.underCoverageStaffHours).toBeGreaterThanOrEqual(r.lowerBoundUnderStaffHours - 1e-6);
  });
});

describe('generateSchedule: lower bound and gap', () => {
  it('counts demand no allowed shift reaches apart, in the bound and in the under-coverage', async () => {
    // A 24-hour queue wants one staff all day and a second 09:00–17:00; the only shift is 09:00–17:00
    // and there is one agent: 16 night hours no shift reaches, 8 day hours short.
    const r = await generateSchedule(
      rules({ agents: agents(1) }),
      requirementOf(1, [
        { queue: 'Q', from: 0, to: 1440, value: 1 },
        { queue: 'Q', from: at(0, 9), to: at(0, 17), value: 1 },
      ]),
      fast,
    );
    expect(r.unreachableStaffHours).toBeCloseTo(16, 9);
    expect(r.lowerBoundUnderStaffHours).toBeCloseTo(24, 6);
    expect(r.underCoverageStaffHours).toBe(24);
    expect(r.gapRatio).toBe(0);
  });
});

describe('generateSchedule: activities', () => {
  it('holds a meeting at one time for its attendees, inside their shifts and window', async () => {
    const template: ShiftTemplate = {
      id: 'T',
      earliestStartMinutes: 8 * 60,
      latestStartMinutes: 10 * 60,
      lengthsMinutes: [480],
      breakRules: [
        {
          id: 'b',
          kind: 'break',
          count: 1,
          lengthMinutes: 15,
          earliestOffsetMinutes: 120,
          latestOffsetMinutes: 180,
          paid: true,
        },
      ],
    };
    const r = await generateSchedule(
      rules({
        agents: agents(3),
        templates: [template],
        activities: [
          {
            id: 'team',
            kind: 'meeting',
            agentIds: ['a0', 'a1'],
            lengthMinutes: 30,
            earliestStart: at(0, 11),
            latestEnd: at(0, 15),
          },
        ],
      }),
      requirementOf(1, [{ queue: 'Q', from: at(0, 8), to: at(0, 18), value: 2 }]),
      fast,
    );
    const blocks = r.schedule.shifts.flatMap((s) => s.activities);
    expect(blocks).toHaveLength(2);
    expect(new Set(blocks.map((b) => b.start)).size).toBe(1);
    expect(r.violations).toEqual([]);
  });
});

// Random small instances: whatever the rules and demand, the generated schedule keeps every rule.
const breakRule = (
  id: string,
  kind: 'break' | 'meal',
  length: number,
  from: number,
  paid: boolean,
): BreakRule => ({
  id,
  kind,
  count: 1,
  lengthMinutes: length,
  earliestOffsetMinutes: from,
  latestOffsetMinutes: from + 60,
  paid,
});

const instance = fc
  .record({
    days: fc.integer({ min: 1, max: 3 }),
    queues: fc.integer({ min: 1, max: 2 }),
    agents: fc.array(
      fc.record({
        skills: fc.array(fc.constantFrom(0, 0.5, 0.8, 1), { minLength: 2, maxLength: 2 }),
        partTime: fc.boolean(),
        evenings: fc.boolean(),
        dayOff: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
        timeOffHour: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    demand: fc.array(
      fc.record({
        queue: fc.integer({ min: 0, max: 1 }),
        day: fc.integer({ min: 0, max: 2 }),
        from: fc.integer({ min: 6, max: 18 }),
        hours: fc.integer({ min: 1, max: 8 }),
        value: fc.double({ min: 0.2, max: 3, noNaN: true }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    rest: fc.constantFrom(8, 11, 14),
    activity: fc.boolean(),
  })
  .map((x) => {
    const queues = ['Q0', 'Q1'].slice(0, x.queues);
    const templates: ShiftTemplate[] = [
      {
        id: 'FULL',
        earliestStartMinutes: 6 * 60,
        latestStartMinutes: 14 * 60,
        lengthsMinutes: [480, 510],
        breakRules: [breakRule('b', 'break', 15, 90, true), breakRule('m', 'meal', 30, 210, false)],
      },
      {
        id: 'PART',
        earliestStartMinutes: 8 * 60,
        latestStartMinutes: 19 * 60,
        startStepMinutes: 30,
        lengthsMinutes: [240, 300],
        breakRules: [{ ...breakRule('b', 'break', 15, 90, true), minShiftMinutes: 300 }],
      },
    ];
    const agentList: Agent[] = x.agents.map((a, i) => {
      const skills: Record<string, number> = {};
      queues.forEach((q, k) => {
        if (a.skills[k] > 0) skills[q] = a.skills[k];
      });
      if (Object.keys(skills).length === 0) skills[queues[0]] = 1;
      return {
        id: `a${i}`,
        contractId: a.partTime ? 'PT' : 'FT',
        skills,
        templateIds: [a.partTime ? 'PART' : 'FULL'],
        ...(a.evenings
          ? { availability: Array.from({ length: x.days }, (_, d) => ({ start: at(d, 15), end: at(d, 24) })) }
          : {}),
        ...(a.dayOff !== undefined && a.dayOff < x.days && x.days > 1 ? { fixedDaysOff: [a.dayOff] } : {}),
      };
    });
    const r: SchedulingRules = {
      days: x.days,
      templates,
      contracts: [
        {
          id: 'FT',
          minHoursPerWeek: 0,
          maxHoursPerWeek: 8 * x.days,
          maxWorkingDays: x.days,
          minRestHours: x.rest,
        },
        {
          id: 'PT',
          minHoursPerWeek: 4,
          maxHoursPerWeek: 5 * x.days,
          maxWorkingDays: Math.max(1, x.days - 1),
          minRestHours: x.rest,
        },
      ],
      agents: agentList,
      timeOff: x.agents.flatMap((a, i) =>
        a.timeOffHour !== undefined && a.timeOffHour < x.days * 24
          ? [{ id: `t${i}`, agentId: `a${i}`, start: a.timeOffHour * 60, end: a.timeOffHour * 60 + 180 }]
          : [],
      ),
      activities: x.activity
        ? [
            {
              id: 'coach',
              kind: 'coaching',
              agentIds: agentList.slice(0, 2).map((a) => a.id),
              lengthMinutes: 30,
              earliestStart: at(0, 10),
              latestEnd: at(0, 16),
            },
          ]
        : [],
    };
    const spans = x.demand
      .filter((d) => d.queue < queues.length && d.day < x.days)
      .map((d) => ({
        queue: queues[d.queue],
        from: at(d.day, d.from),
        to: Math.min(at(d.day, d.from + d.hours), x.days * 1440),
        value: d.value,
      }));
    const requirement = requirementOf(x.days, spans);
    for (const q of queues) requirement.queues[q] ??= new Array<number>(x.days * 96).fill(0);
    return { rules: r, requirement };
  });

describe('generateSchedule: property', () => {
  it('never breaks a rule, and never does worse than its own LP bound claims possible', async () => {
    await fc.assert(
      fc.asyncProperty(instance, async ({ rules: r, requirement }) => {
        const result = await generateSchedule(r, requirement, {
          milpSeconds: 2,
          localSearchIterations: 3_000,
          timeLimitSeconds: 20,
        });
        expect(validateSchedule(result.schedule, r)).toEqual([]);
        expect(result.violations).toEqual([]);
        // the bound assumes every attendee who can work in an activity's window attends it
        if (result.unplacedActivities.length === 0) {
          expect(result.underCoverageStaffHours).toBeGreaterThanOrEqual(
            result.lowerBoundUnderStaffHours - 1e-6,
          );
        }
      }),
      { numRuns: 40, seed: 20261124 },
    );
  }, 120_000);
});
