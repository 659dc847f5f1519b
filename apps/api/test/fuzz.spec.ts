import { AGENT_STATES, CHANNELS, parseEvent } from '@servicefloor/contracts';
import { CONTACTS_CSV_HEADER, importContactsCsv, importQueueLog } from '@servicefloor/importers';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST, seedSmallCenter } from './support/directory.js';
import {
  createTestDatabase,
  rawFetch,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './support/test-app.js';

/*
 * Fuzzing with fast-check: malformed input to the ingestion endpoint (NDJSON and GraphQL), to
 * GraphQL inputs and to the importers. Properties: the server never fails (no 5xx, no
 * INTERNAL_SERVER_ERROR, still healthy), every refusal names a field and a reason, and nothing
 * is accepted that should not be (only lines generated as valid events may be ACCEPTED).
 */

const QUEUE = 'Hotline General';
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

/** A valid wire event (contacts to a known queue, agent states), with a fresh random eventId. */
const validEvent = fc.oneof(
  fc.record({
    kind: fc.constant('contact'),
    eventId: fc.uuid(),
    type: fc.constant('OFFERED'),
    occurredAt: fc
      .integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-06-30T00:00:00Z') })
      .map((ms) => new Date(ms).toISOString()),
    contactId: fc.uuid(),
    queue: fc.constant(QUEUE),
    channel: fc.constant('HOTLINE'),
  }),
  fc.record({
    kind: fc.constant('agentState'),
    eventId: fc.uuid(),
    agentId: fc.stringMatching(/^a[0-9]{1,4}$/),
    state: fc.constantFrom(...AGENT_STATES),
    occurredAt: fc.constant('2026-03-02T09:00:00+08:00'),
  }),
);

/** A valid event broken in one way that the contract forbids. */
const brokenEvent = fc
  .tuple(
    validEvent,
    fc.constantFrom(
      (e: Record<string, unknown>) => ({ ...e, eventId: undefined }),
      (e: Record<string, unknown>) => ({ ...e, eventId: '' }),
      (e: Record<string, unknown>) => ({ ...e, occurredAt: 'yesterday at nine' }),
      (e: Record<string, unknown>) => ({ ...e, occurredAt: '2026-03-02T09:00:00' }),
      (e: Record<string, unknown>) => ({ ...e, occurredAt: '2999-01-01T00:00:00Z' }),
      (e: Record<string, unknown>) => ({ ...e, kind: 'bogus' }),
      (e: Record<string, unknown>) => ({ ...e, unexpected: 1 }),
      (e: Record<string, unknown>) => ({ ...e, eventId: 'x'.repeat(201) }),
      (e: Record<string, unknown>) =>
        e.kind === 'contact' ? { ...e, queue: 'No such queue' } : { ...e, state: 'DANCING' },
      (e: Record<string, unknown>) =>
        e.kind === 'contact' ? { ...e, channel: 'ONLINE' } : { ...e, agentId: 42 },
      (e: Record<string, unknown>) =>
        e.kind === 'contact' ? { ...e, type: 'ANSWERED' } : { ...e, agentId: '' },
      (e: Record<string, unknown>) =>
        e.kind === 'contact' ? { ...e, talkSeconds: -5 } : { ...e, reason: 'r'.repeat(201) },
    ),
  )
  .map(([e, breakIt]) => breakIt(e as Record<string, unknown>));

/** Anything but a valid event: JSON of any shape, or text that is not JSON. */
const junkLine = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '{',
    '{"kind":"contact"',
    'null',
    '[]',
    '"contact"',
    '{"__proto__":{"polluted":1}}',
    '\u0000\u0001',
  ),
);

type Line = { text: string; valid: boolean };

const ndjsonLine: fc.Arbitrary<Line> = fc.oneof(
  { weight: 3, arbitrary: validEvent.map((e) => ({ text: JSON.stringify(e), valid: true })) },
  { weight: 3, arbitrary: brokenEvent.map((e) => ({ text: JSON.stringify(e), valid: false })) },
  { weight: 3, arbitrary: junkLine.map((text) => ({ text, valid: false })) },
);

describe('fuzzing: malformed input never crashes the server and is never accepted', () => {
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

  const post = (body: string | Uint8Array) =>
    rawFetch(`${api.baseUrl}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${api.adminToken}` },
      body,
    });

  it('POST /api/events: one result per line, refusals name field and reason, only valid events accepted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ndjsonLine, { minLength: 1, maxLength: 25 }), async (generated) => {
        // One line each: newlines inside generated text would split it into several.
        const lines = generated
          .map((l) => ({ ...l, text: l.text.replace(/[\r\n]/g, ' ') }))
          .filter((l) => l.text.trim() !== '');
        if (lines.length === 0) return;
        const res = await post(lines.map((l) => l.text).join('\n'));
        expect(res.status).toBe(200);
        const out = (await res.text())
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as Record<string, unknown>);
        const summary = out.at(-1)!.summary as Record<string, number>;
        expect(out.at(-1)!.error).toBeUndefined();
        const results = out.slice(0, -1) as {
          line: number;
          status: string;
          errors?: { field: string; reason: string }[];
        }[];
        expect(results.length).toBe(summary.lines);
        expect(summary.accepted + summary.duplicates + summary.rejected).toBe(summary.lines);
        expect(summary.lines).toBe(lines.length);
        for (const r of results) {
          const line = lines[r.line - 1];
          if (r.status === 'REJECTED') {
            expect(r.errors!.length).toBeGreaterThan(0);
            for (const e of r.errors!) {
              expect(e.field).toMatch(/\S/);
              expect(e.reason).toMatch(/\S/);
            }
          } else {
            expect(line.valid, `accepted a line generated as invalid: ${line.text}`).toBe(true);
          }
          if (line.valid) expect(r.status).not.toBe('REJECTED');
        }
      }),
      { numRuns: RUNS },
    );
    expect((await rawFetch(`${api.baseUrl}/health/ready`)).status).toBe(200);
  });

  it('POST /api/events: arbitrary bytes (invalid UTF-8, NULs, huge lines) are refused line by line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 4000 }), async (bytes) => {
        const res = await post(bytes);
        expect(res.status).toBe(200);
        const last = JSON.parse((await res.text()).trim().split('\n').at(-1)!) as {
          summary: { accepted: number };
        };
        expect(last.summary.accepted).toBe(0);
      }),
      { numRuns: RUNS },
    );
    const huge = await post(`${'y'.repeat(200_000)}\n${'{'.repeat(10_000)}`);
    expect(huge.status).toBe(200);
    expect(await huge.text()).toContain('"rejected":2');
  });

  it('ingestEvents (GraphQL): arbitrary JSON objects are rejected per event, valid ones accepted', async () => {
    const object = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            object.map((o) => ({ o, valid: false })),
            validEvent.map((o) => ({ o: o as Record<string, unknown>, valid: true })),
          ),
          { maxLength: 20 },
        ),
        async (items) => {
          const res = await api.gql<{ ingestEvents: { results: { status: string }[] } }>(INGEST, {
            events: items.map((i) => i.o),
          });
          expect(res.errors).toBeUndefined();
          res.data!.ingestEvents.results.forEach((r, i) => {
            if (items[i].valid) expect(r.status).not.toBe('REJECTED');
            else if (r.status !== 'REJECTED')
              // A random object may only pass if it is, in fact, a valid event.
              expect(parseEvent(items[i].o, { now: Date.now() }).ok).toBe(true);
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('GraphQL inputs: random values for directory inputs give field errors, never a server error, and never store out-of-range values', async () => {
    const field = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.double(),
      fc.integer(),
    );
    const queueInput = fc.record(
      {
        name: field,
        channel: fc.oneof(fc.constantFrom(...CHANNELS), field),
        siteId: fc.oneof(fc.constant(1), field),
        slThresholdSeconds: field,
        slTarget: fc.oneof(fc.double({ min: -2, max: 3, noNaN: true }), field),
        shortAbandonSeconds: field,
        bogus: field,
      },
      { requiredKeys: [] },
    );
    const CREATE = `mutation($input: CreateQueueInput!) { createQueue(input: $input) { name channel slTarget slThresholdSeconds shortAbandonSeconds } }`;
    await fc.assert(
      fc.asyncProperty(queueInput, async (input) => {
        const res = await rawFetch(`${api.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}` },
          body: JSON.stringify({ query: CREATE, variables: { input } }),
        });
        expect(res.status).toBeLessThan(500);
        const body = (await res.json()) as {
          data?: {
            createQueue: {
              name: string;
              slTarget: number;
              slThresholdSeconds: number;
              shortAbandonSeconds: number;
            } | null;
          };
          errors?: { extensions?: { code?: string } }[];
        };
        for (const e of body.errors ?? []) expect(e.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
        const created = body.data?.createQueue;
        if (created) {
          expect(created.name.length).toBeGreaterThanOrEqual(1);
          expect(created.name.length).toBeLessThanOrEqual(200);
          expect(created.slTarget).toBeGreaterThanOrEqual(0);
          expect(created.slTarget).toBeLessThanOrEqual(1);
          expect(Number.isInteger(created.slThresholdSeconds)).toBe(true);
          expect(created.shortAbandonSeconds).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('GraphQL documents and variables: random text and values never cause a server error', async () => {
    const queries = [
      `query($from: String!, $to: String!, $g: Granularity) { queueMetrics(from: $from, to: $to, granularity: $g) { from } }`,
      `query($l: Int) { auditLog(limit: $l) { id } }`,
      `query($c: String!) { contact(contactId: $c) { contactId } }`,
      `mutation($n: String!) { createKioskToken(name: $n) { credential { id } } }`,
      `mutation($id: ID!, $p: String!) { setUserPassword(userId: $id, password: $p) { id } }`,
    ];
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.integer(),
      fc.double(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...queries),
        fc.dictionary(fc.constantFrom('from', 'to', 'g', 'l', 'c', 'n', 'id', 'p', 'x'), value),
        fc.oneof(fc.constant(null), fc.string({ unit: 'binary', maxLength: 200 })),
        async (query, variables, junk) => {
          const res = await rawFetch(`${api.baseUrl}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}` },
            body: JSON.stringify({ query: junk ?? query, variables }),
          });
          expect(res.status).toBeLessThan(500);
          const body = (await res.json()) as {
            errors?: { message: string; extensions?: { code?: string } }[];
          };
          for (const e of body.errors ?? []) {
            expect(e.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
            expect(e.message).toMatch(/\S/);
          }
        },
      ),
      {
        numRuns: RUNS * 2,
        // Found by this property once: an explicit null for an argument with a default (Int! = 50).
        examples: [[`query($l: Int) { auditLog(limit: $l) { id } }`, { l: null }, null]],
      },
    );
    expect((await rawFetch(`${api.baseUrl}/health/ready`)).status).toBe(200);
  });

  it('names the argument when a variable gives null for a non-null argument with a default', async () => {
    const res = await api.gql(`query($l: Int) { auditLog(limit: $l) { id } }`, { l: null });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'limit', reason: expect.stringContaining('must not be null') }],
    });
  });
});

describe('fuzzing the importers', () => {
  const now = Date.now();

  it('queue_log: random lines never throw, and every event produced satisfies the wire contract', async () => {
    const verb = fc.constantFrom(
      'ENTERQUEUE',
      'CONNECT',
      'COMPLETECALLER',
      'COMPLETEAGENT',
      'ABANDON',
      'EXITWITHTIMEOUT',
      'TRANSFER',
      'PAUSE',
      'UNPAUSE',
      'RINGNOANSWER',
      'BOGUS',
    );
    const field = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer({ min: -5, max: 2_000_000_000 }).map(String),
    );
    const line = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 1_700_000_000, max: 1_800_000_000 }),
          fc.constantFrom('c1', 'c2', 'c3', 'NONE'),
          fc.constantFrom('support', 'sales', 'NONE'),
          fc.constantFrom('Agent/1', 'Bob', 'NONE'),
          verb,
          fc.array(field, { maxLength: 4 }),
        )
        .map(([t, id, q, a, v, rest]) => [t, id, q, a, v, ...rest].join('|')),
      fc.string({ unit: 'binary', maxLength: 120 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 40 }), async (lines) => {
        const run = importQueueLog(lines, { timeZone: 'Asia/Shanghai' });
        for await (const { event } of run) {
          const parsed = parseEvent(event, { now, maxFutureMs: Number.POSITIVE_INFINITY });
          expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
        }
        expect(run.summary.linesRead).toBe(lines.length);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('contacts CSV: random rows never throw past the header check, and every event satisfies the contract', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.constantFrom(
        '',
        '2026-03-02T09:00:00+08:00',
        '2026-03-02T09:01:00+08:00',
        '2026-03-02T08:00:00+08:00',
        'HOTLINE',
        'ONLINE',
        '12',
        '-3',
        '"',
        'a,b',
        'true',
      ),
    );
    const row = fc
      .array(cell, { minLength: 0, maxLength: CONTACTS_CSV_HEADER.length + 2 })
      .map((cells) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), fc.boolean(), async (rows, brokenQuote) => {
        const text =
          [CONTACTS_CSV_HEADER.join(','), ...rows].join('\n') + (brokenQuote ? '\n"unclosed,row' : '');
        const run = importContactsCsv([text]);
        for await (const { event } of run) {
          const parsed = parseEvent(event, { now, maxFutureMs: Number.POSITIVE_INFINITY });
          expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
        }
        const s = run.summary;
        expect(s.rowsImported + s.badRows).toBe(s.rowsRead);
        for (const e of s.firstErrors) expect(e.reason).toMatch(/\S/);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('contacts CSV: a bad header is one clear error naming the column', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 8 }), { maxLength: 6 }), async (header) => {
        const run = importContactsCsv([`${header.join(',')}\nx,y\n`]);
        try {
          for await (const item of run) void item;
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/column|header/i);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
