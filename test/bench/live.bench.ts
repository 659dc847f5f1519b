import { readFileSync } from 'node:fs';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { percentile, type Report } from './report.js';
import { graphql, startServer, type BenchServer } from './support/server.js';

/*
 * The live floor under load, against the built server (`npm run build -w @servicefloor/api`
 * first). On SQLite with the demo directory; the bench adds queues of its own so that its
 * figures are not mixed with the demo's live day.
 *
 * 1. Event → subscriber latency while ingesting 5,000 events/s (BENCH_LIVE_RATE): contact
 *    lifecycles on four busy queues, sent in batches every 100 ms; one wallboard subscriber of
 *    every queue. A probe OFFERED on a quiet queue every 300 ms (slower than the 4 pushes a second
 *    a queue may get, so no probe waits for a push slot): send → the push that shows it.
 *    Busy queues are reported too: send → the first push with that batch's figures, which
 *    includes waiting for the queue's next push slot (at most 4 pushes per second per queue).
 * 2. 2,000 concurrent wallboard subscriptions (BENCH_LIVE_SUBSCRIBERS), one socket each, on ten
 *    queues that change about once a second: push lag (event sent → received, and server time →
 *    received), dropped connections, server memory and CPU.
 */
const RATE = Number(process.env.BENCH_LIVE_RATE ?? 5000);
const LOAD_SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 20);
const SUBSCRIBERS = Number(process.env.BENCH_LIVE_SUBSCRIBERS ?? 2000);
const FANOUT_SECONDS = Number(process.env.BENCH_LIVE_FANOUT_SECONDS ?? 30);
const PROBE_EVERY_MS = 300;

const LIVE_QUEUES = `subscription($f: LiveQueueFilter) { liveQueues(filter: $f) {
  kind serverTime queues { id name depth longestWaitSeconds agents { available loggedIn }
  today { offered serviceLevel asa abandonRate } last30Minutes { offered serviceLevel } activeAlerts } } }`;

interface LiveQueue {
  id: string;
  name: string;
  depth: number;
  today: { offered: number };
}
interface QueuesUpdate {
  kind: string;
  serverTime: string;
  queues: LiveQueue[];
}

const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function wsClient(server: BenchServer, onClosed?: (code: number) => void): Client {
  return createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    connectionParams: server.headers.authorization
      ? { authorization: server.headers.authorization }
      : undefined,
    on: { closed: (event) => onClosed?.((event as { code?: number }).code ?? 0) },
  });
}

function subscribe(
  client: Client,
  filter: Record<string, unknown>,
  onUpdate: (u: QueuesUpdate, at: number) => void,
) {
  return client.subscribe<{ liveQueues: QueuesUpdate }>(
    { query: LIVE_QUEUES, variables: { f: filter } },
    {
      next: (r) => {
        if (r.data) onUpdate(r.data.liveQueues, Date.now());
      },
      error: (e) => console.error('subscription error', JSON.stringify(e).slice(0, 300)),
      complete: () => undefined,
    },
  );
}

async function createQueues(server: BenchServer, names: string[]): Promise<Map<string, string>> {
  const { sites } = await graphql<{ sites: { id: string }[] }>(server, '{ sites { id } }');
  const ids = new Map<string, string>();
  for (const name of names) {
    const created = await graphql<{ createQueue: { id: string } }>(
      server,
      `
        mutation ($input: CreateQueueInput!) {
          createQueue(input: $input) {
            id
          }
        }
      `,
      { input: { name, channel: 'HOTLINE', siteId: Number(sites[0].id) } },
    );
    ids.set(name, created.createQueue.id);
  }
  return ids;
}

/** One batch through the bulk door (POST /api/events, NDJSON), as an integration would send it. */
async function ingest(server: BenchServer, events: unknown[]): Promise<void> {
  const res = await fetch(`${server.url}/api/events?results=errors`, {
    method: 'POST',
    headers: { ...server.headers, 'content-type': 'application/x-ndjson' },
    body: events.map((e) => JSON.stringify(e)).join('\n') + '\n',
  });
  const text = await res.text();
  const summary = JSON.parse(text.trim().split('\n').at(-1)!) as { summary?: { rejected: number } };
  if (!res.ok || !summary.summary || summary.summary.rejected > 0)
    throw new Error(`ingest: ${text.slice(0, 300)}`);
}

/** Waits until the demo's start-up burst (today so far) has been ingested: offered stops moving. */
async function settle(server: BenchServer): Promise<void> {
  let last = -1;
  for (let i = 0; i < 60; i++) {
    const { liveQueues } = await graphql<{ liveQueues: { queues: { today: { offered: number } }[] } }>(
      server,
      '{ liveQueues { queues { today { offered } } } }',
    );
    const offered = liveQueues.queues.reduce((s, q) => s + q.today.offered, 0);
    if (offered === last) return;
    last = offered;
    await sleep(2000);
  }
}

async function latencyUnderLoad(report: Report): Promise<void> {
  const server = await startServer({ database: 'sqlite', env: { DEMO_HISTORY_DAYS: '0' } });
  try {
    await settle(server);
    const load = ['Bench Load 1', 'Bench Load 2', 'Bench Load 3', 'Bench Load 4'];
    const ids = await createQueues(server, [...load, 'Bench Probe']);
    const probeId = ids.get('Bench Probe')!;
    await sleep(1500); // the live directory is re-read at most once a second

    // A wallboard of every queue (demo and bench).
    const client = wsClient(server);
    const offeredSeen = new Map<string, { at: number; offered: number }[]>();
    const probeSeen: { at: number; depth: number; serverTime: number }[] = [];
    let snapshot = false;
    subscribe(client, {}, (u, at) => {
      if (u.kind === 'SNAPSHOT') snapshot = true;
      for (const q of u.queues) {
        if (q.id === probeId) probeSeen.push({ at, depth: q.depth, serverTime: Date.parse(u.serverTime) });
        else if (ids.get(q.name) === q.id) {
          const list = offeredSeen.get(q.name) ?? [];
          list.push({ at, offered: q.today.offered });
          offeredSeen.set(q.name, list);
        }
      }
    });
    while (!snapshot) await sleep(20);

    const batchEvery = 100;
    const perBatch = Math.round((RATE * batchEvery) / 1000);
    const contactsPerBatch = Math.floor(perBatch / 3);
    const sentBatches: { at: number; offered: Map<string, number> }[] = [];
    const offeredSoFar = new Map(load.map((q) => [q, 0]));
    const probes: { at: number; depth: number; answeredAt: number }[] = [];
    const cpuBefore = cpuSeconds(server.pid);
    const rss: number[] = [];
    const started = Date.now();
    let contact = 0;
    let sentEvents = 0;
    const inflight: Promise<void>[] = [];
    const probeTimer = setInterval(() => {
      const n = probes.length + 1;
      const at = Date.now();
      const probe = { at, depth: n, answeredAt: Number.NaN };
      probes.push(probe);
      inflight.push(
        ingest(server, [
          {
            kind: 'contact',
            eventId: `probe-${n}`,
            type: 'OFFERED',
            occurredAt: iso(at),
            contactId: `probe-${n}`,
            queue: 'Bench Probe',
          },
        ]).then(() => {
          probe.answeredAt = Date.now();
        }),
      );
    }, PROBE_EVERY_MS);
    const rssTimer = setInterval(() => rss.push(server.rssMb()), 1000);
    for (let tick = 0; Date.now() - started < LOAD_SECONDS * 1000; tick++) {
      const now = Date.now();
      const events: unknown[] = [];
      for (let i = 0; i < contactsPerBatch; i++, contact++) {
        const queue = load[contact % load.length];
        const id = `bl-${contact}`;
        const base = { kind: 'contact', contactId: id, queue };
        events.push({ ...base, eventId: `${id}-o`, type: 'OFFERED', occurredAt: iso(now - 30_000) });
        events.push({
          ...base,
          eventId: `${id}-a`,
          type: 'ANSWERED',
          occurredAt: iso(now - 15_000),
          agentId: `ba${contact % 50}`,
        });
        events.push({
          ...base,
          eventId: `${id}-c`,
          type: 'COMPLETED',
          occurredAt: iso(now - 1_000),
          agentId: `ba${contact % 50}`,
          talkSeconds: 14,
        });
        offeredSoFar.set(queue, offeredSoFar.get(queue)! + 1);
      }
      sentBatches.push({ at: now, offered: new Map(offeredSoFar) });
      sentEvents += events.length;
      inflight.push(ingest(server, events));
      await sleep(Math.max(0, started + (tick + 1) * batchEvery - Date.now()));
    }
    clearInterval(probeTimer);
    await Promise.all(inflight);
    const elapsed = (Date.now() - started) / 1000;
    const cpu = cpuSeconds(server.pid) - cpuBefore;
    clearInterval(rssTimer);
    await sleep(1000);
    await client.dispose();

    const probeLatency = probes
      .map((p) => (probeSeen.find((s) => s.depth >= p.depth)?.at ?? Number.NaN) - p.at)
      .filter((x) => Number.isFinite(x));
    // Where the time goes: until the server computed the push (HTTP, ingestion, fold, coalescing),
    // then until the subscriber had it (GraphQL execution, socket, client).
    const probeToServer = probes
      .map((p) => (probeSeen.find((s) => s.depth >= p.depth)?.serverTime ?? Number.NaN) - p.at)
      .filter((x) => Number.isFinite(x));
    const probeFanOut = probes
      .map((p) => probeSeen.find((s) => s.depth >= p.depth))
      .filter((s) => s !== undefined)
      .map((s) => s.at - s.serverTime);
    const busyLatency: number[] = [];
    for (const batch of sentBatches) {
      for (const [queue, offered] of batch.offered) {
        const seen = (offeredSeen.get(queue) ?? []).find((s) => s.offered >= offered);
        if (seen) busyLatency.push(seen.at - batch.at);
      }
    }
    report('load: events sent (contacts, plus probes)', sentEvents + probes.length, 'events');
    report('load: ingest rate achieved', Math.round(sentEvents / elapsed), 'events/s', `${RATE} events/s`);
    report('quiet queue: event → subscriber latency p50', percentile(probeLatency, 50), 'ms');
    report('quiet queue: event → subscriber latency p99', percentile(probeLatency, 99), 'ms', '< 250 ms');
    report('quiet queue: probes seen', probeLatency.length, `of ${probes.length}`);
    report(
      'quiet queue: event sent → ingestion answered (committed), p99',
      percentile(
        probes.map((p) => p.answeredAt - p.at),
        99,
      ),
      'ms',
    );
    report('quiet queue: event sent → push computed, p99', percentile(probeToServer, 99), 'ms');
    report('quiet queue: push computed → received, p99', percentile(probeFanOut, 99), 'ms');
    report('busy queues: batch → first push showing it, p50', percentile(busyLatency, 50), 'ms');
    report(
      'busy queues: batch → first push showing it, p99 (includes the ≤ 250 ms coalescing wait)',
      percentile(busyLatency, 99),
      'ms',
    );
    report('load: server CPU', Math.round((cpu / elapsed) * 100), '% of one core');
    report('load: server RSS, peak', Math.round(Math.max(...rss)), 'MB');
  } finally {
    await server.stop();
  }
}

async function fanOut(report: Report): Promise<void> {
  const server = await startServer({ database: 'sqlite', env: { DEMO_HISTORY_DAYS: '0' } });
  const clients: Client[] = [];
  try {
    await settle(server);
    const names = Array.from({ length: 10 }, (_, i) => `Bench Board ${i + 1}`);
    const ids = await createQueues(server, names);
    await sleep(1500);
    const rssIdle = server.rssMb();

    let dropped = 0;
    let closing = false;
    let snapshots = 0;
    const lags: number[] = [];
    const serverLags: number[] = [];
    const toServer: number[] = [];
    const perSubscriber = new Array<number>(SUBSCRIBERS).fill(0);
    /** Per queue: the send time of each event (the latest depth it produces → when it was sent). */
    const sentAt = new Map<string, Map<number, number>>(names.map((n) => [ids.get(n)!, new Map()]));
    let measuring = false;
    const connectStarted = Date.now();
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const client = wsClient(server, () => {
        if (!closing) dropped++;
      });
      clients.push(client);
      const queueId = ids.get(names[i % names.length])!;
      subscribe(client, { queueIds: [queueId] }, (u, at) => {
        if (u.kind === 'SNAPSHOT') {
          snapshots++;
          return;
        }
        if (!measuring) return;
        perSubscriber[i]++;
        serverLags.push(at - Date.parse(u.serverTime));
        const q = u.queues[0];
        const sent = q && u.kind === 'CHANGES' ? sentAt.get(queueId)!.get(q.depth) : undefined;
        if (sent !== undefined) {
          lags.push(at - sent);
          toServer.push(Date.parse(u.serverTime) - sent);
        }
      });
      if (i % 100 === 99) await sleep(50);
    }
    while (snapshots < SUBSCRIBERS && Date.now() - connectStarted < 120_000) await sleep(50);
    report('wallboards: subscriptions open', snapshots, `of ${SUBSCRIBERS}`);
    report('wallboards: time to open them all', Date.now() - connectStarted, 'ms');
    report('wallboards: server RSS with no subscriptions', Math.round(rssIdle), 'MB');

    // Each queue changes about once a second: a contact offered, the next second abandoned, …
    // so the depth alternates 1, 0 — distinct per step: offered at step 2k, abandoned at 2k+1.
    const rss: number[] = [];
    const rssTimer = setInterval(() => rss.push(server.rssMb()), 1000);
    const cpuBefore = cpuSeconds(server.pid);
    measuring = true;
    const started = Date.now();
    let step = 0;
    while (Date.now() - started < FANOUT_SECONDS * 1000) {
      // Spread the ten queues over the second.
      for (let k = 0; k < names.length; k++) {
        const queue = names[k];
        const queueId = ids.get(queue)!;
        const at = Date.now();
        const offered = step % 2 === 0;
        const contactId = `wb-${k}-${Math.floor(step / 2)}`;
        sentAt.get(queueId)!.clear();
        sentAt.get(queueId)!.set(offered ? 1 : 0, at);
        void ingest(server, [
          {
            kind: 'contact',
            eventId: `${contactId}-${offered ? 'o' : 'x'}`,
            type: offered ? 'OFFERED' : 'ABANDONED',
            occurredAt: iso(at),
            contactId,
            queue,
          },
        ]);
        await sleep(Math.max(0, started + step * 1000 + ((k + 1) * 1000) / names.length - Date.now()));
      }
      step++;
    }
    const elapsed = (Date.now() - started) / 1000;
    const cpu = cpuSeconds(server.pid) - cpuBefore;
    measuring = false;
    clearInterval(rssTimer);

    const rates = perSubscriber.map((n) => n / elapsed);
    report(
      'wallboards: updates received per subscriber, mean',
      rates.reduce((a, b) => a + b, 0) / rates.length,
      '/s',
      '≈ 1/s',
    );
    report('wallboards: updates received per subscriber, min', Math.min(...rates), '/s');
    report(
      'wallboards: pushes received in all',
      perSubscriber.reduce((a, b) => a + b, 0),
      'messages',
    );
    report('wallboards: event → subscriber lag p50', percentile(lags, 50), 'ms');
    report('wallboards: event → subscriber lag p99', percentile(lags, 99), 'ms', '< 500 ms');
    report('wallboards: event sent → push computed, p99', percentile(toServer, 99), 'ms');
    report('wallboards: push computed → received, p99 (fan-out)', percentile(serverLags, 99), 'ms');
    report('wallboards: dropped connections', dropped, 'connections', '0');
    report('wallboards: server CPU', Math.round((cpu / elapsed) * 100), '% of one core');
    report('wallboards: server RSS, peak', Math.round(Math.max(...rss)), 'MB');
    closing = true;
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await server.stop();
  }
}

export default async function (report: Report): Promise<void> {
  await latencyUnderLoad(report);
  await fanOut(report);
}
