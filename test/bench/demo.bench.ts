/*
 * The living demo's first start (issue #6): the built API on an empty SQLite database with the
 * demo on, as `npm start` runs it. Measures when the app answers, when the last 14 days of history
 * are queryable (ingested through the public pipeline, newest first) and, within a time cap, when
 * all six months are. Targets: 14 days < 30 s, six months < 5 minutes.
 * BENCH_DEMO_CAP_SECONDS (default 330) bounds the wait for the whole history.
 */
import type { Report } from './report.js';
import { graphql, startServer } from './support/server.js';

interface DemoStatus {
  phase: string;
  historyDaysDone: number;
  historyDaysTotal: number;
  eventsIngested: number;
}

const CAP_SECONDS = Number(process.env.BENCH_DEMO_CAP_SECONDS ?? 330);

export default async function demoBench(report: Report): Promise<void> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const server = await startServer({ database: 'sqlite', env: { DEMO: 'on' } });
  try {
    report('first start: app answers (directory created)', seconds(), 's');
    const status = async () =>
      (
        await graphql<{ demoStatus: DemoStatus }>(
          server,
          '{ demoStatus { phase historyDaysDone historyDaysTotal eventsIngested } }',
        )
      ).demoStatus;
    let fourteenDays: number | null = null;
    let fourteenDaysCpu: number | null = null;
    let last = await status();
    const rss: number[] = [];
    while (seconds() < CAP_SECONDS) {
      last = await status();
      rss.push(server.rssMb());
      if (
        fourteenDays === null &&
        last.historyDaysDone >= Math.min(14, last.historyDaysTotal) &&
        last.historyDaysTotal > 0
      ) {
        fourteenDays = seconds();
        fourteenDaysCpu = server.cpuSeconds();
      }
      if (last.historyDaysTotal > 0 && last.historyDaysDone >= last.historyDaysTotal) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const elapsed = seconds();
    report('last 14 days of history queryable', fourteenDays ?? Number.NaN, 's', '< 30 s');
    // On a shared machine wall-clock times stretch with others' load; the server's CPU time does not.
    report('server CPU time until then (all threads)', fourteenDaysCpu ?? Number.NaN, 's');
    const complete = last.historyDaysDone >= last.historyDaysTotal && last.historyDaysTotal > 0;
    report(
      complete ? 'all history queryable' : `history days done when the ${CAP_SECONDS} s cap ended the wait`,
      complete ? elapsed : last.historyDaysDone,
      complete ? `s (${last.historyDaysTotal} days)` : `of ${last.historyDaysTotal} days`,
      '< 5 min for six months',
    );
    report('events ingested (history and today so far)', last.eventsIngested, 'events');
    report('ingestion rate over the run', Math.round(last.eventsIngested / elapsed), 'events/s');
    const cpu = server.cpuSeconds();
    report('server CPU time over the run (all threads)', cpu, 's');
    report('events per server CPU second', Math.round(last.eventsIngested / cpu), 'events/s');
    report('server RSS, peak', Math.round(Math.max(...rss)), 'MB');
  } finally {
    await server.stop();
  }
}
