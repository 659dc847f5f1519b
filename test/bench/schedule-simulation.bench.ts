/*
 * The schedule page's simulation check (scheduleSimulation): a week of six demo-sized queues —
 * 672 intervals each, weekday peaks like the demo hotline's, scheduled agents a little above
 * Erlang's square-root staffing — through the API's simulatePlans (libs/simulator
 * simulateStaffingPlan per queue, 20 replications), as the background job runs it in its worker.
 * Reported: wall and CPU time of the whole week, contacts simulated, and per queue-week.
 */
import { simulatePlans, type QueuePlan } from '../../apps/api/src/scheduling/schedule-simulation.js';
import type { Report } from './report.js';

const WEEK = 7 * 96;
/** Peak contacts per 15 minutes of each queue (the demo's hotline is the busiest). */
const PEAKS = [450, 220, 160, 120, 90, 60];
const AHT = 280;

function plan(peak: number, index: number): QueuePlan {
  const arrivals = Array.from({ length: WEEK }, (_, k) => {
    const day = Math.floor(k / 96);
    const i = k % 96;
    const weekend = day >= 5 ? 0.4 : 1;
    return i < 32 || i >= 88
      ? peak * 0.04
      : weekend * peak * (0.55 + 0.45 * Math.sin(((i - 32) / 56) * Math.PI));
  });
  const agents = arrivals.map((a) => {
    const erlangs = (a * AHT) / 900;
    return Math.ceil(erlangs + 1.5 * Math.sqrt(erlangs));
  });
  return {
    queue: `queue-${index}`,
    plan: {
      arrivals,
      agents,
      ahtSeconds: arrivals.map(() => AHT),
      thresholdSeconds: 20,
      patienceSeconds: null,
    },
  };
}

export default async function (report: Report): Promise<void> {
  const plans = PEAKS.map(plan);
  const contacts = plans.reduce((sum, p) => sum + p.plan!.arrivals.reduce((a, b) => a + b, 0), 0);
  report('queues × intervals', plans.length * WEEK, 'queue-intervals');
  report('contacts in the week (forecast)', Math.round(contacts), 'contacts');
  simulatePlans([plan(20, 99)], 2, 1); // warm the JIT
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = simulatePlans(plans, 20, 1);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e6;
  report(
    'simulation check of the week, 20 replications (wall)',
    seconds,
    's',
    '< 30 s in the background worker',
  );
  report('the same, process CPU', cpuSeconds, 's');
  report('per queue-week (wall)', seconds / plans.length, 's');
  report('contacts simulated per second', Math.round((contacts * 20) / seconds), 'contacts/s');
  const mean = result[0].week.mean ?? Number.NaN;
  report('busiest queue, simulated week service level', Math.round(mean * 1000) / 10, '%');
}
