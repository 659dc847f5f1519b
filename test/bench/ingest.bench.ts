import { Readable } from 'node:stream';
import type { Report } from './report.js';
import { sampleMemory, type MemorySample } from './support/memory.js';
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
  const samples: MemorySample[] = [];
  // Events handed to the request bodies so far, and the server's CPU time, at each sample: the rate
  // by tenth of the stream shows whether ingestion slows as the database grows.
  const progress: Progress[] = [];
  let sent = 0;
  const sampler = setInterval(() => {
    progress.push({ sent, ...server.cpuTimes() });
    sampleMemory(server).then(
      (m) => samples.push(m),
      () => undefined,
    );
  }, 1000);
  const started = performance.now();
  const cpuBefore = server.cpuSeconds();
  const events = counted(contactEvents(total, names, `b${Date.now()}`), () => sent++);
  let accepted = 0;
  for (let requested = 0; requested < total; requested += REQUEST_EVENTS) {
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
  reportMemory(report, label, samples);
  reportRates(label, progress);
}

interface Progress {
  /** Events handed to the request bodies so far. */
  sent: number;
  /** The server's CPU time so far, seconds. */
  user: number;
  system: number;
}

/**
 * Events per second, per server CPU second, and the system (kernel) share of the server's CPU
 * time, by tenth of the stream: whether ingestion slows as the database grows, and whether the
 * slowdown is in the kernel (pages read and written that SQLite's cache no longer holds).
 */
function reportRates(label: string, progress: Progress[]): void {
  if (progress.length < 20) return;
  const wall: number[] = [];
  const perCpu: number[] = [];
  const systemShare: number[] = [];
  for (let t = 0; t < 10; t++) {
    const from = Math.floor((t * (progress.length - 1)) / 10);
    const to = Math.floor(((t + 1) * (progress.length - 1)) / 10);
    const [a, b] = [progress[from], progress[to]];
    const cpu = Math.max(0.01, b.user + b.system - a.user - a.system);
    wall.push(Math.round((b.sent - a.sent) / (to - from)));
    perCpu.push(Math.round((b.sent - a.sent) / cpu));
    systemShare.push(Math.round((100 * (b.system - a.system)) / cpu));
  }
  console.log(`  ${label} events/s by tenth of the stream: ${wall.join(' ')}`);
  console.log(`  ${label} events per server CPU second by tenth of the stream: ${perCpu.join(' ')}`);
  console.log(
    `  ${label} system share of the server's CPU time by tenth of the stream, %: ${systemShare.join(' ')}`,
  );
}

/** Passes the items through, calling `onItem` for each (progress of a lazily consumed stream). */
function* counted<T>(items: Iterable<T>, onItem: () => void): Generator<T> {
  for (const item of items) {
    onItem();
    yield item;
  }
}

/**
 * Where the server's memory went while streaming: RSS by tenth of the stream, split into the V8
 * heap, external buffers and native memory (anonymous RSS less the V8 heap and external: SQLite's
 * page caches and statements, malloc), and whether it was still growing in the second half.
 */
function reportMemory(report: Report, label: string, samples: MemorySample[]): void {
  if (samples.length < 10) return;
  const of = (pick: (m: MemorySample) => number) => samples.map(pick);
  const native = (m: MemorySample) => m.anon - m.heapTotal - m.external;
  report(`${label}: server RSS, peak`, Math.round(Math.max(...of((m) => m.rss))), 'MB');
  report(`${label}: server RSS at the end`, Math.round(samples.at(-1)!.rss), `MB`);
  const rows: [string, (m: MemorySample) => number][] = [
    ['RSS', (m) => m.rss],
    ['  anonymous', (m) => m.anon],
    ['  file-backed', (m) => m.file],
    ['  shared (WAL index)', (m) => m.shmem],
    ['  V8 heap used', (m) => m.heapUsed],
    ['  V8 heap total', (m) => m.heapTotal],
    ['  V8 heap live (after the latest full GC)', (m) => m.heapLive],
    ['  external (buffers)', (m) => m.external],
    ['  native (anon − heap total − external; the writer thread’s heap counts here)', native],
  ];
  for (const [name, pick] of rows)
    console.log(`  ${label} ${name} by tenth of the stream, MB: ${tenths(of(pick))}`);
  // Flat: the last 30 % of the stream holds no more than the middle (40–60 %) did.
  const part = (from: number, to: number, pick: (m: MemorySample) => number) =>
    mean(of(pick).slice(Math.floor(from * samples.length), Math.floor(to * samples.length)));
  report(
    `${label}: server RSS, middle of the stream (40–60 %)`,
    Math.round(part(0.4, 0.6, (m) => m.rss)),
    'MB',
  );
  report(`${label}: server RSS, end of the stream (70–100 %)`, Math.round(part(0.7, 1, (m) => m.rss)), 'MB');
  report(
    `${label}: server RSS growth, end less middle`,
    Math.round(part(0.7, 1, (m) => m.rss) - part(0.4, 0.6, (m) => m.rss)),
    'MB',
    'flat (≈ 0)',
  );
  report(
    `${label}: V8 heap live growth, end less middle`,
    Math.round(part(0.7, 1, (m) => m.heapLive) - part(0.4, 0.6, (m) => m.heapLive)),
    'MB',
  );
  report(
    `${label}: V8 heap total growth, end less middle`,
    Math.round(part(0.7, 1, (m) => m.heapTotal) - part(0.4, 0.6, (m) => m.heapTotal)),
    'MB',
  );
  report(
    `${label}: native memory growth, end less middle`,
    Math.round(part(0.7, 1, native) - part(0.4, 0.6, native)),
    'MB',
  );
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
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
    if (part.length > 0) means.push(Math.round(mean(part)));
  }
  return means.join(' ');
}
