import { describe, expect, it } from 'vitest';
import { buildPlanningProblem } from './planning-problem.js';
import { Roster, type RosterShift } from './roster.js';
import { RosterSearch, randomSource } from './improve-roster.js';
import { DEFAULT_WEIGHTS } from './covering-model.js';
import type { SchedulingRules } from './model.js';
import { at, requirementOf } from './testing.js';

const rules: SchedulingRules = {
  days: 2,
  templates: [
    {
      id: 'EARLY',
      earliestStartMinutes: 7 * 60,
      latestStartMinutes: 9 * 60,
      lengthsMinutes: [480],
      breakRules: [],
    },
    {
      id: 'LATE',
      earliestStartMinutes: 13 * 60,
      latestStartMinutes: 15 * 60,
      lengthsMinutes: [480],
      breakRules: [],
    },
  ],
  contracts: [{ id: 'C', minHoursPerWeek: 0, maxHoursPerWeek: 40, maxWorkingDays: 1, minRestHours: 11 }],
  agents: [{ id: 'a', contractId: 'C', skills: { Q: 1 } }],
};

/** A roster of agent a with one EARLY shift at 07:00 on `day`, and its search. */
function setUp(demand: { from: number; to: number }): {
  roster: Roster;
  search: RosterSearch;
  shift: RosterShift;
} {
  const problem = buildPlanningProblem(rules, requirementOf(2, [{ queue: 'Q', ...demand, value: 1 }]));
  const roster = new Roster(problem, { ...DEFAULT_WEIGHTS, fairness: 2, activity: 5000 });
  const type = problem.types.find((t) => t.templateId === 'EARLY' && t.start === at(0, 7))!;
  const shift: RosterShift = { agent: 0, type, queue: 0, weight: 1, breakStarts: [], activities: [] };
  roster.insert(shift, true);
  return { roster, search: new RosterSearch(roster, randomSource(1)), shift };
}

describe('RosterSearch: moves a single random step cannot make', () => {
  it('reshape turns a morning shift of one template into the evening shift of another', () => {
    const { roster, search, shift } = setUp({ from: at(0, 15), to: at(0, 23) });
    expect(search.reshapeShift(shift)).toBe(true);
    const [now] = roster.all();
    expect([now.type.templateId, now.type.start, now.type.length]).toEqual(['LATE', at(0, 15), 480]);
    expect(roster.state.totalCost()).toBe(0);
  });

  it('reshape onto another day moves the shift to the day the demand is on (one working day allowed)', () => {
    const { roster, search, shift } = setUp({ from: at(1, 8), to: at(1, 16) });
    expect(search.reshapeShift(shift, 1)).toBe(true);
    expect(roster.all().map((s) => [s.type.day, s.type.start])).toEqual([[1, at(1, 8)]]);
    expect(roster.daysWorked[0]).toBe(1);
  });

  it('keeps the shift when nothing is better', () => {
    const { roster, search, shift } = setUp({ from: at(0, 7), to: at(0, 15) });
    expect(search.reshapeShift(shift)).toBe(false);
    expect(roster.all()).toEqual([shift]);
  });
});
