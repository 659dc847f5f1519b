/*
 * Simulator speed: one weekday of the demo center (about 600 agents, six queues) through
 * simulateDay — every contact, agent state, survey, evaluation and claim that starts that day —
 * counted event by event, as a consumer would take them. Reported: the first (cold) run, the median
 * of three warm runs, events per second and per day; a one-day window of simulate() (which also
 * simulates the day before for its late events); and simulateStaffingPlan over a day of 96
 * intervals with 30 replications.
 */
import { demoCenter, simulate, simulateDay, simulateStaffingPlan, dayBounds } from '@servicefloor/simulator';
import type { Report } from './report.js';

const DATE = '2026-03-02'; // a Monday, the busiest weekday
const SEED = 1;

function runDay(center: ReturnType<typeof demoCenter>): {
  seconds: number;
  events: number;
  contacts: number;
} {
  const started = performance.now();
  let events = 0;
  let contacts = 0;
  for (const e of simulateDay({ center, date: DATE, seed: SEED })) {
    events++;
    if (e.kind === 'contact' && e.type === 'OFFERED') contacts++;
  }
  return { seconds: (performance.now() - started) / 1000, events, contacts };
}

export default async function (report: Report): Promise<void> {
  const center = demoCenter();
  report('demo center agents', center.agents.length, 'agents');
  const cold = runDay(center);
  report('one demo day, first run (cold)', cold.seconds, 's', '< 2 s on one core');
  const warm = [runDay(center), runDay(center), runDay(center)].sort((a, b) => a.seconds - b.seconds)[1];
  report('one demo day, warm (median of 3)', warm.seconds, 's', '< 2 s on one core');
  report('events per second (warm)', Math.round(warm.events / warm.seconds), 'events/s');
  report('events per day', warm.events, 'events');
  report('contacts offered per day', warm.contacts, 'contacts');

  const { fromMs, toMs } = dayBounds(center.timeZone, DATE);
  const started = performance.now();
  let windowEvents = 0;
  for (const _ of simulate({ center, fromMs, toMs, seed: SEED })) windowEvents++;
  report('simulate() one-day window (also runs the day before)', (performance.now() - started) / 1000, 's');
  report('events in the one-day window', windowEvents, 'events');

  const arrivals = Array.from({ length: 96 }, (_, i) =>
    i < 32 || i >= 88 ? 20 : 300 + 150 * Math.sin(((i - 32) / 56) * Math.PI),
  );
  const agents = arrivals.map((a) => Math.ceil((a * 280) / 900 + 2 * Math.sqrt((a * 280) / 900)));
  const planStarted = performance.now();
  simulateStaffingPlan({
    arrivals,
    agents,
    ahtSeconds: 280,
    handleTimeCv: 0.9,
    patienceSeconds: 160,
    thresholdSeconds: 20,
    replications: 30,
    seed: SEED,
  });
  report(
    'simulateStaffingPlan, 96 intervals × 30 replications',
    (performance.now() - planStarted) / 1000,
    's',
  );
}
