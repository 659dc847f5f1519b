import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { CONTACT_COUNTER_KEYS, periodStart } from '@servicefloor/metrics';
import type { Report } from './report.js';
import { graphql, startServer, waitForDemoCatchUp } from './support/server.js';

/*
 * A day-granularity trend of every queue over six months, through GraphQL, on SQLite: latency
 * percentiles and requests/s on one instance (autocannon, 10 connections, 10 s).
 * The history is six months of roll-up rows (per interval and per local day, six queues, ~20,000
 * contacts a day) written straight into the roll-up tables: trend queries read only roll-ups, so
 * their cost depends on those rows, not on how the contacts were ingested.
 */
const DAYS = 183;

export function fillHistory(databaseUrl: string, queues: { id: number }[]): number {
  const db = new Database(databaseUrl.slice('sqlite:'.length));
  const columns = ['queueId', 'start', 'maxWait', ...CONTACT_COUNTER_KEYS];
  const insert = (table: string, key: string) =>
    db.prepare(
      `INSERT INTO ${table} (${columns.map((c) => `"${c === 'start' ? key : c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
  const intervalInsert = insert('queue_interval_stats', 'intervalStart');
  const dayInsert = insert('queue_day_stats', 'dayStart');
  const today = periodStart(Date.now(), 'DAY', 'Asia/Shanghai');
  let contacts = 0;
  db.transaction(() => {
    for (const queue of queues) {
      for (let d = DAYS; d >= 1; d--) {
        const dayStart = periodStart(today - d * 86_400_000 + 3_600_000, 'DAY', 'Asia/Shanghai');
        const day = Object.fromEntries(columns.map((c) => [c, 0])) as Record<string, number>;
        for (let i = 0; i < 96; i++) {
          const shape = Math.max(0, Math.sin(((i - 28) / 64) * Math.PI));
          const offered = Math.round(70 * shape * (1 + 0.1 * Math.sin(d + queue.id)));
          const answered = Math.round(offered * 0.9);
          const row: Record<string, number> = Object.fromEntries(columns.map((c) => [c, 0]));
          Object.assign(row, {
            queueId: queue.id,
            start: dayStart + i * 900_000,
            offered,
            answered,
            answeredWithinThreshold: Math.round(answered * 0.82),
            abandoned: offered - answered,
            handled: answered,
            sumAnswerWait: answered * 14_000,
            sumTalk: answered * 190_000,
            sumAcw: answered * 25_000,
            answerWait0: Math.round(answered * 0.5),
            answerWait3: Math.round(answered * 0.32),
            answerWait6: answered - Math.round(answered * 0.5) - Math.round(answered * 0.32),
            maxWait: offered > 0 ? 95_000 : 0,
          });
          intervalInsert.run(...columns.map((c) => row[c]));
          for (const c of columns)
            if (c !== 'queueId' && c !== 'start')
              day[c] = c === 'maxWait' ? Math.max(day[c], row[c]) : day[c] + row[c];
          contacts += offered;
        }
        dayInsert.run(
          ...columns.map((c) => (c === 'queueId' ? queue.id : c === 'start' ? dayStart : day[c])),
        );
      }
    }
  })();
  db.close();
  return contacts;
}

export default async function (report: Report): Promise<void> {
  const server = await startServer({ database: 'sqlite', env: { DEMO_HISTORY_DAYS: '0' } });
  try {
    await waitForDemoCatchUp(server);
    const { queues } = await graphql<{ queues: { id: string }[] }>(server, '{ queues { id } }');
    const contacts = fillHistory(
      server.databaseUrl,
      queues.map((q) => ({ id: Number(q.id) })),
    );
    report('history: queues', queues.length, 'queues');
    report('history: contacts in the roll-ups', contacts, 'contacts');
    const to = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const from = new Date(Date.now() - DAYS * 86_400_000).toISOString().slice(0, 10);
    const body = JSON.stringify({
      query: `query($from: String!, $to: String!) { queueMetrics(from: $from, to: $to, granularity: DAY) { queues { queue total { offered serviceLevel asa } previousTotal { offered } points { label metrics { offered serviceLevel asa aht abandonRate } } } } }`,
      variables: { from, to },
    });
    const check = (await (
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: server.headers,
        body,
      })
    ).json()) as {
      data: { queueMetrics: { queues: { points: unknown[] }[] } };
    };
    report('points per series', check.data.queueMetrics.queues[0].points.length, 'days');
    const result = await autocannon({
      url: `${server.url}/graphql`,
      method: 'POST',
      headers: server.headers,
      body,
      connections: 10,
      duration: 10,
    });
    report('trend request latency p50', result.latency.p50, 'ms');
    report('trend request latency p97.5', result.latency.p97_5, 'ms', 'p95 < 50 ms');
    report('trend request latency p99', result.latency.p99, 'ms');
    report('trend requests per second', Math.round(result.requests.average), 'requests/s', '≥ 1,000');
    report('errors and non-2xx', result.errors + result.non2xx, 'responses', '0');
  } finally {
    await server.stop();
  }
}
