import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { CONTACT_COUNTER_KEYS, periodStart } from '@servicefloor/metrics';
import { percentile, type Report } from './report.js';
import { graphql, startServer, waitForDemoCatchUp, type BenchServer } from './support/server.js';

/*
 * Trend queries through GraphQL over HTTP on SQLite, on one instance:
 * - cold: every request a different range, so no answer is cached: latency one at a time, then
 *   requests/s with 10 connections;
 * - mixed: what several dashboards ask (six distinct trend views — ranges, granularities, filters —
 *   by three signed-in users, compressed as a browser accepts), 10 connections for 10 s, while the
 *   demo center's live feed keeps ingesting today's events.
 * The history is a year of roll-up rows (per interval and per local day, six queues, ~20,000
 * contacts a day: six months and the six months before, which the previous-period figures read)
 * written straight into the roll-up tables: trend queries read only roll-ups, so their cost
 * depends on those rows, not on how the contacts were ingested.
 */
const DAYS = 366;
const SITE_ZONE = 'Asia/Shanghai';
const DAY_MS = 86_400_000;

export function fillHistory(databaseUrl: string, queues: { id: number }[], days = DAYS): number {
  const db = new Database(databaseUrl.slice('sqlite:'.length));
  const columns = ['queueId', 'start', 'maxWait', ...CONTACT_COUNTER_KEYS];
  const insert = (table: string, key: string) =>
    db.prepare(
      `INSERT INTO ${table} (${columns.map((c) => `"${c === 'start' ? key : c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
  const intervalInsert = insert('queue_interval_stats', 'intervalStart');
  const dayInsert = insert('queue_day_stats', 'dayStart');
  const today = periodStart(Date.now(), 'DAY', SITE_ZONE);
  let contacts = 0;
  db.transaction(() => {
    for (const queue of queues) {
      for (let d = days; d >= 1; d--) {
        const dayStart = periodStart(today - d * DAY_MS + 3_600_000, 'DAY', SITE_ZONE);
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

/** The Trends page's contact query (apps/dashboard/src/pages/trends/trendsQueries.ts), fragments inlined. */
const FIGURES = 'offered answered abandoned serviceLevel asa aht abandonRate csat fcr';
const POINT = `label periodStart metrics { ${FIGURES} }`;
const SERIES = `timeZone points { ${POINT} } previousPoints { ${POINT} } total { ${FIGURES} } previousTotal { ${FIGURES} }`;
const TRENDS_CONTACTS = `query TrendsContacts($from: String!, $to: String!, $granularity: Granularity!, $queues: [String!], $channel: Channel, $byQueue: Boolean!) {
  queueMetrics(from: $from, to: $to, granularity: $granularity, queues: $queues, channel: $channel) {
    queues @include(if: $byQueue) { queue channel slTarget ${SERIES} }
    channels @skip(if: $byQueue) { channel ${SERIES} }
  }
}`;

interface TrendVariables {
  from: string;
  to: string;
  granularity: 'INTERVAL' | 'DAY' | 'WEEK' | 'MONTH';
  queues?: string[] | null;
  channel?: string | null;
  byQueue: boolean;
}

/** A site-local date (YYYY-MM-DD) `days` after today. */
function siteDate(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toLocaleDateString('en-CA', { timeZone: SITE_ZONE });
}

/** The first of the month `months` after this one, in the site's calendar. */
function firstOfMonth(months: number): string {
  const [y, m] = siteDate(0).split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 10);
}

/** The headline: a day-granularity trend of every queue over six months. */
function sixMonthsByQueue(endDaysAgo = 1, length = 183): TrendVariables {
  return {
    from: siteDate(-endDaysAgo - length + 1),
    to: siteDate(-endDaysAgo),
    granularity: 'DAY',
    byQueue: true,
  };
}

/** What the Trends page asks for its presets and filters. */
function dashboardViews(queueNames: string[]): TrendVariables[] {
  return [
    sixMonthsByQueue(),
    { from: siteDate(-30), to: siteDate(-1), granularity: 'DAY', byQueue: false },
    {
      from: firstOfMonth(-6),
      to: siteDate(-Number(siteDate(0).slice(8))),
      granularity: 'WEEK',
      byQueue: false,
    },
    {
      from: firstOfMonth(-6),
      to: siteDate(-Number(siteDate(0).slice(8))),
      granularity: 'MONTH',
      byQueue: true,
    },
    { from: siteDate(-7), to: siteDate(-1), granularity: 'DAY', queues: [queueNames[0]], byQueue: true },
    { from: siteDate(-30), to: siteDate(-1), granularity: 'DAY', channel: 'HOTLINE', byQueue: true },
  ];
}

/** Server CPU time (user + system) so far, ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The server's count of cacheable trend requests answered from its cache (hit) or computed (miss). */
async function cacheLookups(server: BenchServer): Promise<{ hit: number; miss: number }> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const count = (result: string) =>
    Number(
      text
        .split('\n')
        .find((l) => l.startsWith(`servicefloor_graphql_answer_cache_total{result="${result}"}`))
        ?.split(' ')
        .at(-1) ?? 0,
    );
  return { hit: count('hit'), miss: count('miss') };
}

/** Creates a user with a role and signs in: the request headers of their dashboard. */
async function dashboardOf(server: BenchServer, role: string): Promise<Record<string, string>> {
  const username = `bench-${role.toLowerCase()}`;
  const password = `${username}-password-123`;
  const { createUser } = await graphql<{ createUser: { id: string } }>(
    server,
    `
      mutation ($input: CreateUserInput!) {
        createUser(input: $input) {
          id
        }
      }
    `,
    { input: { username, displayName: username, role } },
  );
  await graphql(
    server,
    `
      mutation ($id: ID!, $p: String!) {
        setUserPassword(userId: $id, password: $p) {
          id
        }
      }
    `,
    {
      id: createUser.id,
      p: password,
    },
  );
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    'accept-encoding': 'gzip, deflate, br, zstd',
    authorization: `Bearer ${accessToken}`,
  };
}

/** The question of issue #3's target (the figures a six-month chart of every queue draws). */
const ISSUE_QUERY = `query($from: String!, $to: String!) { queueMetrics(from: $from, to: $to, granularity: DAY) { queues { queue total { offered serviceLevel asa } previousTotal { offered } points { label metrics { offered serviceLevel asa aht abandonRate } } } } }`;

function issueBody({ from, to }: TrendVariables): string {
  return JSON.stringify({ query: ISSUE_QUERY, variables: { from, to } });
}

function trendBody(variables: TrendVariables): string {
  return JSON.stringify({ operationName: 'TrendsContacts', query: TRENDS_CONTACTS, variables });
}

export default async function (report: Report): Promise<void> {
  const server = await startServer({ database: 'sqlite', env: { DEMO_HISTORY_DAYS: '0' } });
  try {
    await waitForDemoCatchUp(server);
    const { queues } = await graphql<{ queues: { id: string; name: string }[] }>(
      server,
      '{ queues { id name } }',
    );
    const contacts = fillHistory(
      server.databaseUrl,
      queues.map((q) => ({ id: Number(q.id) })),
    );
    report('history: queues', queues.length, 'queues');
    report('history: days × queues of roll-ups', DAYS * queues.length, 'queue-days');
    report('history: contacts in the roll-ups', contacts, 'contacts');
    const dashboards = [
      await dashboardOf(server, 'MANAGER'),
      await dashboardOf(server, 'EXECUTIVE'),
      await dashboardOf(server, 'SCHEDULER'),
    ];

    const headline = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...dashboards[0], 'accept-encoding': 'identity' },
      body: trendBody(sixMonthsByQueue()),
    });
    const answer = await headline.text();
    const parsed = JSON.parse(answer) as {
      data: { queueMetrics: { queues: { points: unknown[]; previousPoints: unknown[] }[] } };
    };
    report('headline: series × points', parsed.data.queueMetrics.queues.length, 'series');
    report('headline: points per series', parsed.data.queueMetrics.queues[0].points.length, 'days');
    report('headline: answer size', Math.round(answer.length / 1024), 'kB');

    // Cold, one at a time: every request a six-month range ending on a different day, so never
    // cached: the issue's question (points of five figures, totals), then the Trends page's (points
    // and previous points of nine figures, totals).
    const cold = async (name: string, bodyOf: (endDaysAgo: number) => string, firstEnd: number) => {
      const latencies: number[] = [];
      const cpuBefore = cpuMs(server.pid);
      const count = 100;
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: dashboards[i % dashboards.length],
          body: bodyOf(firstEnd + i),
        });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`cold request: HTTP ${res.status}`);
        latencies.push(performance.now() - started);
      }
      report(`cold ${name}: latency p50 (one at a time)`, percentile(latencies, 50), 'ms');
      report(`cold ${name}: latency p95 (one at a time)`, percentile(latencies, 95), 'ms', 'p95 < 50 ms');
      report(`cold ${name}: latency p99 (one at a time)`, percentile(latencies, 99), 'ms');
      report(`cold ${name}: server CPU per request`, (cpuMs(server.pid) - cpuBefore) / count, 'ms');
    };
    await cold('issue query', (end) => issueBody(sixMonthsByQueue(end)), 2);
    await cold('Trends page query', (end) => trendBody(sixMonthsByQueue(end)), 2);

    // Cold, 10 connections: each request another range (ends 160–219 days back, 150–199 days long).
    let coldSerial = 0;
    const coldRun = await autocannon({
      url: `${server.url}/graphql`,
      method: 'POST',
      headers: dashboards[0],
      connections: 10,
      duration: 10,
      requests: [
        {
          setupRequest: (request) => {
            const n = coldSerial++;
            return {
              ...request,
              headers: dashboards[n % dashboards.length],
              body: trendBody(sixMonthsByQueue(160 + (n % 60), 150 + (Math.floor(n / 60) % 50))),
            };
          },
        },
      ],
    });
    report(
      'cold 6-month trends per second (10 connections)',
      Math.round(coldRun.requests.average),
      'requests/s',
    );
    report('cold 6-month trend latency p50 (10 connections)', coldRun.latency.p50, 'ms');
    report('cold 6-month trend latency p97.5 (10 connections)', coldRun.latency.p97_5, 'ms');

    // Mixed: three dashboards, six views each, cycling; compressed where the browser accepts it.
    const views = dashboardViews(queues.map((q) => q.name));
    const mixed = dashboards.flatMap((headers) =>
      views.map((variables) => ({ method: 'POST' as const, headers, body: trendBody(variables) })),
    );
    const mixedCpuBefore = cpuMs(server.pid);
    const lookupsBefore = await cacheLookups(server);
    const result = await autocannon({
      url: `${server.url}/graphql`,
      method: 'POST',
      connections: 10,
      duration: 10,
      requests: mixed,
    });
    const mixedCount = result.requests.total;
    const lookupsAfter = await cacheLookups(server);
    const hits = lookupsAfter.hit - lookupsBefore.hit;
    const computed = lookupsAfter.miss - lookupsBefore.miss;
    report('mixed: distinct requests (users × views)', mixed.length, 'requests');
    report('mixed trend latency p50', result.latency.p50, 'ms');
    report('mixed trend latency p90', result.latency.p90, 'ms');
    report('mixed trend latency p97.5', result.latency.p97_5, 'ms', 'p95 < 50 ms');
    report('mixed trend latency p99', result.latency.p99, 'ms');
    report('mixed trend requests per second', Math.round(result.requests.average), 'requests/s', '≥ 1,000');
    report('mixed: answered from the cache', (100 * hits) / Math.max(1, hits + computed), '%');
    report('mixed: answers computed', computed, 'answers');
    report('mixed: bytes per answer', Math.round(result.throughput.total / Math.max(1, mixedCount)), 'bytes');
    report(
      'mixed: server CPU used (of one core; the rest went to other processes)',
      (100 * (cpuMs(server.pid) - mixedCpuBefore)) / 10_000,
      '%',
    );
    report(
      'mixed: server CPU per request',
      (cpuMs(server.pid) - mixedCpuBefore) / Math.max(1, mixedCount),
      'ms',
    );
    report(
      'errors and non-2xx',
      result.errors + result.non2xx + coldRun.errors + coldRun.non2xx,
      'responses',
      '0',
    );
  } finally {
    await server.stop();
  }
}
