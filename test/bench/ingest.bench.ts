import { Readable } from 'node:stream';
import type { Report } from './report.js';
import { graphql, startServer, waitForDemoCatchUp, type BenchServer } from './support/server.js';

/*
 * Ingest throughput through POST /api/events (NDJSON, streamed), on SQLite and PostgreSQL, with
 * the server's resident memory sampled while streaming. Contact events only (OFFERED, ANSWERED,
 * COMPLETED per contact), spread over past days of the demo directory's queues.
 * BENCH_INGEST_EVENTS (default 1,000,000; 5000000 for the 5-million-event memory check) and
 * BENCH_INGEST_PG_EVENTS (default 300,000) set the sizes.
 */
const SQLITE_EVENTS = Number(process.env.BENCH_INGEST_EVENTS ?? 1_000_000);
const PG_EVENTS = Number(process.env.BENCH_INGEST_PG_EVENTS ?? 300_000);
/**
 * Events per request (BENCH_INGEST_REQUEST_EVENTS, default 1,000,000): one stream longer than
 * Node's requestTimeout (300 s) is cut by the server, so 5 million go as consecutive streams.
 */
const REQUEST_EVENTS = Number(process.env.BENCH_INGEST_REQUEST_EVENTS ?? 1_000_000);

function* contactEvents(total: number, queues: string[], runId: string): Generator<string> {
  const start = Date.now() - 30 * 86_400_000;
  for (let i = 0, n = 0; n < total; i++) {
    const offeredAt = start + i * 1_500;
    const queue = queues[i % queues.length];
    const c = `${runId}-${i}`;
    const base = `"contactId":"${c}","queue":"${queue}"`;
    const iso = (ms: number) => new Date(ms).toISOString();
    yield `{"kind":"contact","eventId":"${c}-o","type":"OFFERED","occurredAt":"${iso(offeredAt)}",${base},"customerId":"u${i % 50_000}"}\n`;
    yield `{"kind":"contact","eventId":"${c}-a","type":"ANSWERED","occurredAt":"${iso(offeredAt + 15_000)}",${base},"agentId":"a${(i % 500) + 1}"}\n`;
    yield `{"kind":"contact","eventId":"${c}-c","type":"COMPLETED","occurredAt":"${iso(offeredAt + 200_000)}",${base},"agentId":"a${(i % 500) + 1}","talkSeconds":160,"holdSeconds":5,"acwSeconds":20}\n`;
    n += 3;
  }
}

/** The next `count` items of an iterator (the rest stay for the next call). */
function* take<T>(items: Iterator<T>, count: number): Generator<T> {
  for (let i = 0; i < count; i++) {
    const next = items.next();
    if (next.done) return;
    yield next.value;
  }
}

async function ingest(
  server: BenchServer,
  total: number,
  report: Report,
  label: string,
  target: string,
): Promise<void> {
  const { queues } = await graphql<{ queues: { name: string; channel: string }[] }>(
    server,
    '{ queues { name channel } }',
  );
  const names = queues.filter((q) => q.channel !== 'CLAIM_DESK').map((q) => q.name);
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(server.rssMb()), 1000);
  const started = performance.now();
  const cpuBefore = server.cpuSeconds();
  const events = contactEvents(total, names, `b${Date.now()}`);
  let accepted = 0;
  for (let sent = 0; sent < total; sent += REQUEST_EVENTS) {
    const body = Readable.from(take(events, REQUEST_EVENTS));
    const res = await fetch(`${server.url}/api/events?results=errors`, {
      method: 'POST',
      headers: { ...server.headers, 'content-type': 'application/x-ndjson' },
      body: Readable.toWeb(body) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    const last = (await res.text()).trim().split('\n').at(-1)!;
    const answer = JSON.parse(last) as { summary: { accepted: number }; error?: string };
    if (answer.error) throw new Error(`${label}: the stream failed: ${answer.error}`);
    accepted += answer.summary.accepted;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = server.cpuSeconds() - cpuBefore;
  clearInterval(sampler);
  const summary = { accepted };
  report(`${label}: events accepted`, summary.accepted, 'events');
  report(`${label}: throughput`, Math.round(summary.accepted / seconds), 'events/s', target);
  // On a shared machine the wall-clock rate falls with others' load; the server's CPU time does not.
  report(`${label}: server CPU time`, cpu, 's');
  report(`${label}: events per server CPU second`, Math.round(summary.accepted / cpu), 'events/s');
  if (rss.length > 2) {
    const firstQuarter = rss.slice(0, Math.max(1, Math.floor(rss.length / 4)));
    const lastQuarter = rss.slice(-Math.max(1, Math.floor(rss.length / 4)));
    const avg = (l: number[]) => l.reduce((a, b) => a + b, 0) / l.length;
    report(`${label}: server RSS, first quarter of the stream`, Math.round(avg(firstQuarter)), 'MB');
    report(`${label}: server RSS, last quarter of the stream`, Math.round(avg(lastQuarter)), 'MB', 'flat');
    report(`${label}: server RSS, peak`, Math.round(Math.max(...rss)), 'MB');
    report(
      `${label}: server RSS at the end`,
      Math.round(rss.at(-1)!),
      `MB (by tenth of the stream: ${tenths(rss)})`,
    );
  }
}

export default async function (report: Report): Promise<void> {
  const sqlite = await startServer({ database: 'sqlite', env: { DEMO_HISTORY_DAYS: '0' } });
  try {
    await waitForDemoCatchUp(sqlite);
    await ingest(sqlite, SQLITE_EVENTS, report, 'SQLite', '≥ 20,000 events/s');
  } finally {
    await sqlite.stop();
  }
  const postgres = await startServer({ database: 'postgres', env: { DEMO_HISTORY_DAYS: '0' } });
  try {
    await waitForDemoCatchUp(postgres);
    await ingest(postgres, PG_EVENTS, report, 'PostgreSQL', '≥ 10,000 events/s');
  } finally {
    await postgres.stop();
  }
}

/** Mean RSS of each tenth of the samples, e.g. "402 415 … 431": where memory grows, if it does. */
function tenths(samples: number[]): string {
  const means: number[] = [];
  for (let t = 0; t < 10; t++) {
    const part = samples.slice(
      Math.floor((t * samples.length) / 10),
      Math.floor(((t + 1) * samples.length) / 10),
    );
    if (part.length > 0) means.push(Math.round(part.reduce((a, b) => a + b, 0) / part.length));
  }
  return means.join(' ');
}
