/*
 * Scheduling benchmark: a week of 15-minute intervals for 600 agents on three channels
 * (Hotline, Online chat, Claims back office) with daily peaks, generated and then checked with
 * validateSchedule; then the same week again with activities. Agents: 65 % full-time (8.5 h shifts starting 06:30–14:30, two paid breaks and
 * an unpaid meal, 36–40 h, 5 days, 11 h rest, a fifth of them with Sundays off), 35 % part-time
 * (4–6 h shifts starting 07:00–17:00, 16–30 h, up to 5 days; a third of them students free only on
 * weekday evenings and at weekends); five skill profiles (voice, chat, voice + chat, claims,
 * voice + claims) with proficiencies 0.8–1; 3 % on two days' paid leave. The second run adds weekly
 * team meetings (together), coaching sessions and a training. Demand is scaled so that peaks exceed what the
 * agents can staff: the bound and the gap then measure how close to the best possible the schedule
 * gets.
 */
import {
  generateSchedule,
  validateSchedule,
  type ActivityRequest,
  type Agent,
  type Contract,
  type Requirement,
  type SchedulingRules,
  type ShiftTemplate,
  type TimeOffRequest,
} from '@servicefloor/scheduling';
import { cpus, loadavg } from 'node:os';
import type { Report } from './report.js';
import { generateAndReport } from './support/generation-report.js';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function center(agentCount: number, seed: number): { rules: SchedulingRules; requirement: Requirement } {
  const rand = random(seed);
  const templates: ShiftTemplate[] = [
    {
      id: 'FULL',
      earliestStartMinutes: 6 * 60 + 30,
      latestStartMinutes: 14 * 60 + 30,
      lengthsMinutes: [510],
      breakRules: [
        {
          id: 'b1',
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
        {
          id: 'b2',
          kind: 'break',
          count: 1,
          lengthMinutes: 15,
          earliestOffsetMinutes: 360,
          latestOffsetMinutes: 435,
          paid: true,
        },
      ],
    },
    {
      id: 'PART',
      earliestStartMinutes: 7 * 60,
      latestStartMinutes: 17 * 60,
      lengthsMinutes: [240, 300, 360],
      breakRules: [
        {
          id: 'b1',
          kind: 'break',
          count: 1,
          lengthMinutes: 15,
          earliestOffsetMinutes: 90,
          latestOffsetMinutes: 165,
          paid: true,
        },
        {
          id: 'meal',
          kind: 'meal',
          count: 1,
          lengthMinutes: 30,
          earliestOffsetMinutes: 180,
          latestOffsetMinutes: 255,
          paid: false,
          minShiftMinutes: 360,
        },
      ],
    },
  ];
  const contracts: Contract[] = [
    { id: 'FT', minHoursPerWeek: 36, maxHoursPerWeek: 40, maxWorkingDays: 5, minRestHours: 11 },
    { id: 'PT', minHoursPerWeek: 16, maxHoursPerWeek: 30, maxWorkingDays: 5, minRestHours: 11 },
  ];
  const profiles: { share: number; skills: Record<string, number> }[] = [
    { share: 0.4, skills: { Hotline: 1 } },
    { share: 0.2, skills: { Online: 1 } },
    { share: 0.2, skills: { Hotline: 0.9, Online: 0.8 } },
    { share: 0.1, skills: { Claims: 1 } },
    { share: 0.1, skills: { Hotline: 0.8, Claims: 0.9 } },
  ];
  const agents: Agent[] = [];
  const timeOff: TimeOffRequest[] = [];
  for (let i = 0; i < agentCount; i++) {
    const u = rand();
    let acc = 0;
    const profile = profiles.find((p) => (acc += p.share) >= u) ?? profiles[0];
    const fullTime = rand() < 0.65;
    const agent: Agent = {
      id: `a${i}`,
      contractId: fullTime ? 'FT' : 'PT',
      skills: profile.skills,
      templateIds: [fullTime ? 'FULL' : 'PART'],
    };
    if (!fullTime && rand() < 0.3) {
      agent.availability = [0, 1, 2, 3, 4]
        .map((d) => ({ start: d * 1440 + 16 * 60, end: d * 1440 + 24 * 60 }))
        .concat([{ start: 5 * 1440, end: 7 * 1440 }]);
    }
    if (fullTime && rand() < 0.2) agent.fixedDaysOff = [6];
    if (rand() < 0.03) {
      const d = Math.floor(rand() * 5);
      timeOff.push({
        id: `leave-${i}`,
        agentId: agent.id,
        start: d * 1440,
        end: (d + 2) * 1440,
        paidHours: fullTime ? 16 : 8,
      });
    }
    agents.push(agent);
  }
  const activities: ActivityRequest[] = [];
  for (let t = 0; t * 12 < 120; t++) {
    activities.push({
      id: `team-${t}`,
      kind: 'meeting',
      agentIds: agents.slice(t * 12, t * 12 + 12).map((a) => a.id),
      lengthMinutes: 30,
      earliestStart: 2 * 1440 + 9 * 60,
      latestEnd: 2 * 1440 + 16 * 60,
    });
  }
  for (let i = 0; i < 40; i++) {
    activities.push({
      id: `coaching-${i}`,
      kind: 'coaching',
      agentIds: [agents[(i * 7) % agentCount].id],
      lengthMinutes: 30,
      earliestStart: 3 * 1440 + 8 * 60,
      latestEnd: 3 * 1440 + 20 * 60,
    });
  }
  activities.push({
    id: 'product-training',
    kind: 'training',
    agentIds: agents.slice(200, 230).map((a) => a.id),
    lengthMinutes: 120,
    earliestStart: 1440 + 9 * 60,
    latestEnd: 1440 + 17 * 60,
    together: false,
  });

  // Demand: double peak on the hotline (Monday heavier, weekends lighter), midday and evening chat,
  // flat weekday claims; weekly staff-hours 12,500 / 5,200 / 2,600.
  const intervals = 7 * 96;
  const bumps = (hour: number, peaks: [number, number, number][]): number =>
    peaks.reduce((s, [mu, sd, h]) => s + h * Math.exp(-0.5 * ((hour - mu) / sd) ** 2), 0);
  const shape = (queue: string, day: number, hour: number): number => {
    const weekend = day >= 5;
    if (queue === 'Hotline') {
      if (hour < 7 || hour >= 22) return 0;
      const level = weekend ? 0.55 : day === 0 ? 1.15 : 1;
      return (
        level *
        (0.15 +
          bumps(hour, [
            [10.5, 1.6, 1],
            [14.5, 1.8, 0.85],
            [19, 1.5, 0.35],
          ]))
      );
    }
    if (queue === 'Online') {
      if (hour < 8 || hour >= 23) return 0;
      return (
        (weekend ? 0.8 : 1) *
        (0.2 +
          bumps(hour, [
            [12.5, 2, 0.6],
            [20, 1.5, 0.8],
          ]))
      );
    }
    if (hour < 8 || hour >= 18 || weekend) return 0;
    return 0.6 + bumps(hour, [[10, 1.5, 0.4]]);
  };
  const weekly: Record<string, number> = { Hotline: 12_500, Online: 5_200, Claims: 2_600 };
  const queues: Record<string, number[]> = {};
  for (const q of Object.keys(weekly)) {
    const line = Array.from({ length: intervals }, (_, i) =>
      shape(q, Math.floor(i / 96), ((i % 96) + 0.5) / 4),
    );
    const staffHours = line.reduce((a, b) => a + b, 0) / 4;
    queues[q] = line.map((v) => Math.round(((v * weekly[q] * agentCount) / 600 / staffHours) * 100) / 100);
  }
  return { rules: { days: 7, templates, contracts, agents, timeOff, activities }, requirement: { queues } };
}

export default async function (report: Report): Promise<void> {
  const load = loadavg()[0];
  report(`load average at start (${cpus().length} cores)`, Math.round(load * 100) / 100, '');

  // The week as specified: agents, contracts, templates, availability, leave and demand.
  const { rules, requirement } = center(600, 7);
  const activities = rules.activities ?? [];
  rules.activities = [];
  const { result, violations } = await generateAndReport(report, rules, requirement);
  report('MILP: shift counts changed from the rounded LP', result.solver.milp.changedCounts, 'shifts');
  report('weekend shifts per agent, max', result.fairness.weekendShifts.max, 'shifts');
  report('late shifts per agent, max', result.fairness.lateShifts.max, 'shifts');
  console.log(
    `  MILP status: ${result.solver.milp.status}; model ${result.solver.model.integerColumns} integer of ` +
      `${result.solver.model.columns} columns, ${result.solver.model.rows} rows`,
  );
  for (const v of violations.slice(0, 5)) console.log(`  violation: ${v.rule} ${v.agentId}: ${v.message}`);

  // The same week with weekly team meetings (held together), coaching sessions and a training.
  rules.activities = activities;
  const started = performance.now();
  const busy = await generateSchedule(rules, requirement);
  const seconds = (performance.now() - started) / 1000;
  const busyViolations = validateSchedule(busy.schedule, rules);
  const attendances = activities.reduce((n, a) => n + a.agentIds.length, 0);
  report('with activities: generation time', seconds, 's', '< 60 s');
  report('with activities: under-coverage', busy.underCoverageStaffHours, 'staff-hours');
  report('with activities: LP lower bound', busy.lowerBoundUnderStaffHours, 'staff-hours');
  report('with activities: gap to the LP bound', 100 * (busy.gapRatio ?? Number.NaN), '%', '≤ 3 %');
  report('with activities: over-coverage', busy.overCoverageStaffHours, 'staff-hours');
  report('with activities: violations', busyViolations.length, 'violations', '0');
  report('with activities: attendances not placed', busy.unplacedActivities.length, `of ${attendances}`);
}
