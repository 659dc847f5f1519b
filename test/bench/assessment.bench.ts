/*
 * Assessment math speed: the service-level gap of one month (31 days × 96 intervals × 12 contact
 * queues: one Erlang C requirement per queue and interval for the actual demand and one for the
 * forecast, then the decomposition against a published schedule, 10 % of intervals without one),
 * and scoring a 13-criterion scorecard over 12 months. The API computes exactly this for
 * `serviceLevelGap(month)` and `assessmentScorecard`, after reading roll-ups, schedules and agent
 * states. Also the scheduled agents' work per interval for one published week (intervalAdherence:
 * 150 agents, 5 shifts of 8.5 h with two breaks and a meal, states that drift from the schedule),
 * which the gap reads for every week of the month. The workload comes from a fixed seed.
 */
import {
  decomposeServiceLevelGap,
  DEFAULT_CRITERIA,
  requiredForTarget,
  scoreCriterion,
  totalScore,
  type StaffingInterval,
} from '@servicefloor/assessment';
import {
  intervalAdherence,
  type TimedActivity,
  type TimedState,
} from '../../apps/api/src/assessment/interval-adherence.js';
import type { Report } from './report.js';

const DAYS = 31;
const INTERVALS = DAYS * 96;
const QUEUES = 12;

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shape(interval: number): number {
  const hour = (interval % 96) / 4;
  return 0.03 + Math.exp(-(((hour - 10.5) / 2) ** 2)) + 0.8 * Math.exp(-(((hour - 15) / 2.2) ** 2));
}

function gapOfMonth(next: () => number): { ms: number; solves: number; gapHours: number } {
  const started = performance.now();
  const memo = new Map<string, number>();
  let solves = 0;
  const need = (contacts: number, aht: number, threshold: number) => {
    const key = `${contacts.toFixed(3)}|${Math.round(aht)}|${threshold}`;
    let value = memo.get(key);
    if (value === undefined) {
      solves++;
      value = requiredForTarget({
        contacts,
        ahtSeconds: Math.round(aht),
        targetServiceLevel: 0.8,
        thresholdSeconds: threshold,
      });
      memo.set(key, value);
    }
    return value;
  };
  const intervals: StaffingInterval[] = [];
  for (let i = 0; i < INTERVALS; i++) {
    let actual = 0;
    let forecast = 0;
    for (let q = 0; q < QUEUES; q++) {
      const peak = 10 + 15 * q;
      const expected = peak * shape(i);
      const offered = Math.round(expected * (0.8 + 0.4 * next()));
      const threshold = q < 8 ? 20 : 60;
      actual += need(offered, 240 + 10 * q + 30 * next(), threshold);
      forecast += need(Math.round(expected * 1000) / 1000, 250 + 10 * q, threshold);
    }
    // A published schedule near the forecast; agents on shift, logged in and working as they happen.
    const paid = Math.max(0, forecast / 0.75 + (next() - 0.5) * 10);
    const scheduled = paid * (0.7 + 0.1 * next());
    const loggedIn = scheduled * (0.85 + 0.15 * next());
    const adherent = loggedIn * (0.85 + 0.15 * next());
    intervals.push({
      requiredActual: actual,
      requiredForecast: forecast,
      plan: next() < 0.1 ? null : { paid, scheduled, loggedIn, adherent },
      delivered: adherent + 2 * next(),
    });
  }
  const gap = decomposeServiceLevelGap(intervals);
  return { ms: performance.now() - started, solves, gapHours: gap.gapHours };
}

function scorecard(next: () => number): number {
  const started = performance.now();
  for (let run = 0; run < 100; run++) {
    const months = Array.from({ length: 12 }, () =>
      DEFAULT_CRITERIA.map((c) => ({
        weight: c.weight,
        points: scoreCriterion(c.target * (0.7 + 0.6 * next()), c).points,
      })),
    );
    for (const m of months) totalScore(m);
  }
  return (performance.now() - started) / 100;
}

/** One week of a 150-agent published schedule and the agents' states around it. */
function week(next: () => number): { activities: TimedActivity[]; states: TimedState[] } {
  const activities: TimedActivity[] = [];
  const states: TimedState[] = [];
  const MIN = 60_000;
  const monday = Date.UTC(2026, 10, 30) - 8 * 3_600_000; // Asia/Shanghai local midnight
  for (let a = 0; a < 150; a++) {
    const agentId = `agent-${a}`;
    for (let day = 0; day < 5; day++) {
      const start = monday + day * 1440 * MIN + (7 * 60 + 15 * Math.floor(next() * 20)) * MIN;
      const plan: [TimedActivity['activity'], number][] = [
        ['work', 120],
        ['break', 15],
        ['work', 105],
        ['meal', 30],
        ['work', 120],
        ['break', 15],
        ['work', 105],
      ];
      let at = start;
      for (const [activity, minutes] of plan) {
        activities.push({ agentId, activity, start: at, end: at + minutes * MIN });
        at += minutes * MIN;
      }
      // Logged in a little late or early, a break taken late, a few minutes of other work.
      let t = start + Math.round((next() - 0.3) * 10) * MIN;
      for (const [activity, minutes] of plan) {
        const state =
          activity === 'work'
            ? next() < 0.1
              ? 'OTHER'
              : 'AVAILABLE'
            : activity === 'meal'
              ? 'MEAL'
              : 'BREAK';
        const end = t + (minutes + Math.round((next() - 0.5) * 6)) * MIN;
        states.push({ agentId, state, start: t, end });
        t = end;
      }
      states.push({ agentId, state: 'LOGGED_OUT', start: t, end: t + 60 * MIN });
    }
  }
  return { activities, states };
}

function adherenceOfWeek(next: () => number): number {
  const { activities, states } = week(next);
  const started = performance.now();
  intervalAdherence({ activities, states, tolerances: {}, timeZone: 'Asia/Shanghai' });
  return performance.now() - started;
}

export default async function (report: Report): Promise<void> {
  const next = random(20261125);
  gapOfMonth(next); // warm-up: the JIT compiles the Erlang recursion
  const runs = [gapOfMonth(next), gapOfMonth(next), gapOfMonth(next)];
  const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
  report('SL gap of a month (2,976 intervals × 12 queues, actual + forecast requirement)', best.ms, 'ms');
  report('distinct Erlang C solves in that month (memoized)', best.solves, 'solves');
  report('scorecard scoring, 13 criteria × 12 months', scorecard(next), 'ms');
  adherenceOfWeek(next); // warm-up
  const weeks = [adherenceOfWeek(next), adherenceOfWeek(next), adherenceOfWeek(next)];
  report('scheduled work per interval of a published week (150 agents × 5 shifts)', Math.min(...weeks), 'ms');
}
