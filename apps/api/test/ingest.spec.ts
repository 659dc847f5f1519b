import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST, QUEUE_METRICS, seedSmallCenter, type IngestResponse } from './support/directory.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

/** The example of metrics.md, "Events". */
const EXAMPLE = [
  {
    kind: 'contact',
    eventId: 'e1',
    type: 'OFFERED',
    occurredAt: '2026-03-02T09:00:00+08:00',
    contactId: 'c1',
    queue: 'Hotline General',
    channel: 'HOTLINE',
    customerId: 'u7',
  },
  {
    kind: 'contact',
    eventId: 'e2',
    type: 'ANSWERED',
    occurredAt: '2026-03-02T09:00:12+08:00',
    contactId: 'c1',
    queue: 'Hotline General',
    agentId: 'a1',
  },
  {
    kind: 'contact',
    eventId: 'e3',
    type: 'COMPLETED',
    occurredAt: '2026-03-02T09:04:30+08:00',
    contactId: 'c1',
    queue: 'Hotline General',
    agentId: 'a1',
    talkSeconds: 228,
    holdSeconds: 0,
    acwSeconds: 30,
  },
  {
    kind: 'agentState',
    eventId: 'e4',
    agentId: 'a1',
    state: 'AVAILABLE',
    occurredAt: '2026-03-02T09:04:31+08:00',
  },
  {
    kind: 'claim',
    eventId: 'e5',
    claimId: 'k9',
    type: 'OPENED',
    occurredAt: '2026-03-02T10:00:00+08:00',
    queue: 'Claims',
    amount: 120.5,
  },
  {
    kind: 'survey',
    eventId: 'e6',
    contactId: 'c1',
    occurredAt: '2026-03-02T09:10:00+08:00',
    csat: 5,
    nps: 9,
    resolved: true,
  },
  {
    kind: 'qualityEvaluation',
    eventId: 'e7',
    contactId: 'c1',
    agentId: 'a1',
    occurredAt: '2026-03-03T11:00:00+08:00',
    score: 92,
    evaluator: 'qa-3',
  },
];

describe('event ingestion', () => {
  let db: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApp(db.url);
    await seedSmallCenter(api);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const metricsOf = async (from: string, to = from, granularity = 'DAY') => {
    const res = await api.gql<{
      queueMetrics: {
        queues: {
          points: { label: string; metrics: Record<string, unknown> }[];
          total: Record<string, unknown>;
        }[];
      };
    }>(QUEUE_METRICS, {
      from,
      to,
      granularity,
      queues: ['Hotline General'],
    });
    expect(res.errors).toBeUndefined();
    return res.data!.queueMetrics.queues[0];
  };

  it('accepts the example events of metrics.md and counts them', async () => {
    const res = await api.gql<IngestResponse>(INGEST, { events: EXAMPLE });
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestEvents).toMatchObject({ accepted: 7, duplicates: 0, rejected: 0 });
    const q = await metricsOf('2026-03-02');
    expect(q.points).toHaveLength(1);
    expect(q.points[0].label).toBe('2026-03-02');
    expect(q.points[0].metrics).toMatchObject({
      offered: 1,
      answered: 1,
      answeredWithinThreshold: 1,
      serviceLevel: 1,
      asa: 12,
      aht: 258,
      maxWait: 12,
      csat: 1,
      csatMean: 5,
      nps: 1,
      fcr: 1,
      definition: { serviceLevelVariant: 'DEFAULT', slThresholdSeconds: 20, source: 'BUCKETS' },
    });
  });

  it('acknowledges a repeat as a duplicate and changes nothing', async () => {
    const res = await api.gql<IngestResponse>(INGEST, { events: EXAMPLE.slice(0, 3) });
    expect(res.data!.ingestEvents).toMatchObject({ accepted: 0, duplicates: 3, rejected: 0 });
    expect((await metricsOf('2026-03-02')).total).toMatchObject({ offered: 1, answered: 1 });
  });

  it('rejects bad events with the field and reason while accepting the rest of the batch', async () => {
    const good = {
      kind: 'contact',
      eventId: 'g1',
      type: 'OFFERED',
      occurredAt: '2026-03-02T10:00:00+08:00',
      contactId: 'c2',
      queue: 'Hotline General',
    };
    const res = await api.gql<IngestResponse>(INGEST, {
      events: [
        { ...good, eventId: 'b1', queue: 'Nowhere' },
        { ...good, eventId: 'b2', occurredAt: '2026-03-02T10:00:00' },
        { ...good, eventId: 'b3', kind: 'fax' },
        { ...good, eventId: 'b4', contactId: undefined },
        { ...good, eventId: 'b5', type: 'ANSWERED' },
        { ...good, eventId: 'b6', occurredAt: '2099-01-01T00:00:00+08:00' },
        { ...good, eventId: 'b7', contactId: 42 },
        { ...good, eventId: 'b8', channel: 'ONLINE' },
        good,
      ],
    });
    const { results, accepted, rejected } = res.data!.ingestEvents;
    expect(accepted).toBe(1);
    expect(rejected).toBe(8);
    const errorOf = (i: number) => results[i].errors[0];
    expect(errorOf(0)).toEqual({ field: 'queue', reason: 'unknown queue "Nowhere"' });
    expect(errorOf(1).field).toBe('occurredAt');
    expect(errorOf(2).field).toBe('kind');
    expect(errorOf(3).field).toBe('contactId');
    expect(errorOf(4)).toEqual({ field: 'agentId', reason: 'is required for ANSWERED' });
    expect(errorOf(5)).toEqual({ field: 'occurredAt', reason: 'is too far in the future' });
    expect(errorOf(6).field).toBe('contactId');
    expect(errorOf(7).field).toBe('channel');
    expect(results[8]).toMatchObject({ eventId: 'g1', status: 'ACCEPTED' });
    expect((await metricsOf('2026-03-02')).total.offered).toBe(2);
  });

  it('holds an ANSWERED that arrives before its OFFERED, and counts it when OFFERED comes', async () => {
    const answered = {
      kind: 'contact',
      eventId: 'late-2',
      type: 'ANSWERED',
      occurredAt: '2026-03-04T09:00:40+08:00',
      contactId: 'c-late',
      queue: 'Hotline General',
      agentId: 'a1',
    };
    await api.gql<IngestResponse>(INGEST, { events: [answered] });
    expect((await metricsOf('2026-03-04')).total.offered).toBe(0);
    await api.gql<IngestResponse>(INGEST, {
      events: [
        {
          ...answered,
          eventId: 'late-1',
          type: 'OFFERED',
          occurredAt: '2026-03-04T09:00:00+08:00',
          agentId: undefined,
        },
      ],
    });
    const total = (await metricsOf('2026-03-04')).total;
    expect(total).toMatchObject({ offered: 1, answered: 1, asa: 40, serviceLevel: 0 });
  });

  it('streams NDJSON through POST /api/events with per-line results and a summary', async () => {
    const lines = [
      JSON.stringify({
        kind: 'contact',
        eventId: 'n1',
        type: 'OFFERED',
        occurredAt: '2026-03-05T09:00:00+08:00',
        contactId: 'n-c1',
        queue: 'Hotline General',
      }),
      '{"kind": "contact", oops',
      '',
      JSON.stringify({
        kind: 'contact',
        eventId: 'n2',
        type: 'ABANDONED',
        occurredAt: '2026-03-05T09:00:03+08:00',
        contactId: 'n-c1',
        queue: 'Hotline General',
      }),
      JSON.stringify({
        kind: 'contact',
        eventId: 'n1',
        type: 'OFFERED',
        occurredAt: '2026-03-05T09:00:00+08:00',
        contactId: 'n-c1',
        queue: 'Hotline General',
      }),
      'x'.repeat(70_000),
    ];
    const res = await fetch(`${api.baseUrl}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines.join('\n'),
    });
    expect(res.status).toBe(200);
    const out = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.at(-1)).toEqual({ summary: { lines: 5, accepted: 2, duplicates: 1, rejected: 2 } });
    expect(out[0]).toEqual({ line: 1, eventId: 'n1', status: 'ACCEPTED' });
    expect(out[1]).toMatchObject({
      line: 2,
      status: 'REJECTED',
      errors: [{ field: '(line)', reason: expect.stringContaining('not valid JSON') }],
    });
    expect(out[2]).toMatchObject({ line: 4, status: 'ACCEPTED' });
    expect(out[3]).toMatchObject({ line: 5, status: 'DUPLICATE' });
    expect(out[4]).toMatchObject({
      line: 6,
      status: 'REJECTED',
      errors: [{ field: '(line)', reason: 'line is longer than 65536 bytes' }],
    });
    const total = (await metricsOf('2026-03-05')).total;
    // A 3-second abandon is short (< 5 s): it leaves the abandonment rate's numerator and denominator.
    expect(total).toMatchObject({ offered: 1, abandoned: 1, answered: 0, abandonRate: null });
  });

  it('refuses an unknown queue name and a reversed range in metrics queries, naming the field', async () => {
    const unknown = await api.gql(QUEUE_METRICS, { from: '2026-03-01', to: '2026-03-02', queues: ['Nope'] });
    expect(unknown.errors?.[0].extensions?.fields).toEqual([
      { field: 'queues.0', reason: 'unknown queue "Nope"' },
    ]);
    const reversed = await api.gql(QUEUE_METRICS, { from: '2026-03-05', to: '2026-03-01' });
    expect(reversed.errors?.[0].extensions?.fields?.[0].field).toBe('to');
  });
});
