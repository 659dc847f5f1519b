import { createReadStream, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvent } from '@servicefloor/contracts';
import { CONTACTS_CSV_HEADER, importContactsCsv } from './contacts-csv.js';
import type { CsvRowError } from './contacts-csv.js';
import { collect, fixturePath } from './testing.js';

const NOW = Date.parse('2026-11-25T00:00:00Z');
const HEADER = CONTACTS_CSV_HEADER.join(',');

describe('importContactsCsv', () => {
  it('documents its header in the order of README.md', () => {
    expect(HEADER).toBe(
      'contactId,queue,channel,customerId,offeredAt,answeredAt,abandonedAt,flowedOutAt,completedAt,agentId,talkSeconds,holdSeconds,acwSeconds',
    );
  });

  it('turns good rows into their events and reports bad rows by row, line, field and reason', async () => {
    const run = importContactsCsv(createReadStream(fixturePath('contacts.csv')));
    const items = await collect(run);
    const general = { queue: 'Hotline General' };
    expect(items.map(({ row, line, event }) => ({ row, line, ...event }))).toEqual([
      // The three events of metrics.md's wire example, with the same times and seconds.
      {
        row: 1,
        line: 2,
        kind: 'contact',
        eventId: 'csv:c1:OFFERED',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:00:00+08:00',
        contactId: 'c1',
        ...general,
        channel: 'HOTLINE',
        customerId: 'u7',
      },
      {
        row: 1,
        line: 2,
        kind: 'contact',
        eventId: 'csv:c1:ANSWERED',
        type: 'ANSWERED',
        occurredAt: '2026-03-02T09:00:12+08:00',
        contactId: 'c1',
        ...general,
        agentId: 'a1',
      },
      {
        row: 1,
        line: 2,
        kind: 'contact',
        eventId: 'csv:c1:COMPLETED',
        type: 'COMPLETED',
        occurredAt: '2026-03-02T09:04:30+08:00',
        contactId: 'c1',
        ...general,
        agentId: 'a1',
        talkSeconds: 228,
        holdSeconds: 0,
        acwSeconds: 30,
      },
      {
        row: 2,
        line: 3,
        kind: 'contact',
        eventId: 'csv:c2:OFFERED',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:01:00+08:00',
        contactId: 'c2',
        ...general,
        channel: 'HOTLINE',
        customerId: 'u8',
      },
      {
        row: 2,
        line: 3,
        kind: 'contact',
        eventId: 'csv:c2:ABANDONED',
        type: 'ABANDONED',
        occurredAt: '2026-03-02T09:01:35+08:00',
        contactId: 'c2',
        ...general,
      },
      {
        row: 3,
        line: 4,
        kind: 'contact',
        eventId: 'csv:c3:OFFERED',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:02:00+08:00',
        contactId: 'c3',
        queue: 'Online Chat',
        channel: 'ONLINE',
      },
      {
        row: 3,
        line: 4,
        kind: 'contact',
        eventId: 'csv:c3:FLOWED_OUT',
        type: 'FLOWED_OUT',
        occurredAt: '2026-03-02T09:03:00+08:00',
        contactId: 'c3',
        queue: 'Online Chat',
      },
      // Still talking at export time: answered, not completed.
      {
        row: 4,
        line: 5,
        kind: 'contact',
        eventId: 'csv:c4:OFFERED',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:05:00+08:00',
        contactId: 'c4',
        ...general,
        channel: 'HOTLINE',
        customerId: 'u9',
      },
      {
        row: 4,
        line: 5,
        kind: 'contact',
        eventId: 'csv:c4:ANSWERED',
        type: 'ANSWERED',
        occurredAt: '2026-03-02T09:05:20+08:00',
        contactId: 'c4',
        ...general,
        agentId: 'a2',
      },
      // After a blank line (line 10); a quoted queue name with doubled quotes; decimal seconds.
      {
        row: 9,
        line: 11,
        kind: 'contact',
        eventId: 'csv:c9:OFFERED',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:15:00+08:00',
        contactId: 'c9',
        queue: 'Hotline "VIP"',
        channel: 'HOTLINE',
        customerId: 'u13',
      },
      {
        row: 9,
        line: 11,
        kind: 'contact',
        eventId: 'csv:c9:ANSWERED',
        type: 'ANSWERED',
        occurredAt: '2026-03-02T09:15:03+08:00',
        contactId: 'c9',
        queue: 'Hotline "VIP"',
        agentId: 'a2',
      },
      {
        row: 9,
        line: 11,
        kind: 'contact',
        eventId: 'csv:c9:COMPLETED',
        type: 'COMPLETED',
        occurredAt: '2026-03-02T09:20:00+08:00',
        contactId: 'c9',
        queue: 'Hotline "VIP"',
        agentId: 'a2',
        talkSeconds: 290,
        holdSeconds: 5,
        acwSeconds: 2.5,
      },
    ]);
    expect(run.summary).toEqual({
      rowsRead: 9,
      rowsImported: 5,
      badRows: 4,
      eventsProduced: 12,
      firstErrors: [
        { row: 5, line: 6, field: 'channel', reason: 'must be one of HOTLINE, ONLINE, CLAIM_DESK' },
        {
          row: 5,
          line: 6,
          field: 'offeredAt',
          reason: 'must be an ISO 8601 time with an offset, e.g. 2026-03-02T09:00:00+08:00',
        },
        {
          row: 5,
          line: 6,
          field: 'abandonedAt',
          reason: 'must be empty when answeredAt is set (one outcome per contact)',
        },
        { row: 5, line: 6, field: 'agentId', reason: 'is required when answeredAt is set' },
        { row: 6, line: 7, field: 'talkSeconds', reason: 'is required when completedAt is set' },
        { row: 7, line: 8, field: '(row)', reason: 'has 12 fields, the header has 13' },
        {
          row: 8,
          line: 9,
          field: 'holdSeconds',
          reason: 'must be a number of seconds from 0 to 604800 (a week)',
        },
        {
          row: 8,
          line: 9,
          field: 'acwSeconds',
          reason: 'must be a number of seconds from 0 to 604800 (a week)',
        },
      ],
    });
  });

  it('yields only events the ingestion contract accepts, with the same ids on every import', async () => {
    const first = await collect(importContactsCsv(createReadStream(fixturePath('contacts.csv'))));
    const second = await collect(importContactsCsv(createReadStream(fixturePath('contacts.csv'))));
    for (const { event } of first) expect(parseEvent(event, { now: NOW })).toMatchObject({ ok: true });
    expect(second.map((i) => i.event.eventId)).toEqual(first.map((i) => i.event.eventId));
  });

  it('checks the order of times and which fields go together', async () => {
    const errors: CsvRowError[] = [];
    const csv = [
      'contactId,queue,offeredAt,answeredAt,abandonedAt,completedAt,agentId,talkSeconds',
      'k1,Q,2026-03-02T09:00:00+08:00,2026-03-02T08:59:00+08:00,,,a1,',
      'k2,Q,2026-03-02T09:00:00+08:00,2026-03-02T09:00:10+08:00,,2026-03-02T09:00:05+08:00,a1,5',
      'k3,Q,2026-03-02T09:00:00+08:00,,2026-03-02T09:00:10+08:00,2026-03-02T09:01:00+08:00,a1,5',
      ',,,,,,,',
    ].join('\n');
    const run = importContactsCsv([csv], { onRowError: (e) => errors.push(e) });
    expect(await collect(run)).toEqual([]);
    expect(errors).toEqual([
      { row: 1, line: 2, field: 'answeredAt', reason: 'must not be before offeredAt' },
      { row: 2, line: 3, field: 'completedAt', reason: 'must not be before answeredAt' },
      { row: 3, line: 4, field: 'completedAt', reason: 'requires answeredAt' },
      { row: 3, line: 4, field: 'agentId', reason: 'must be empty unless answeredAt is set' },
      { row: 4, line: 5, field: 'contactId', reason: 'is required' },
      { row: 4, line: 5, field: 'queue', reason: 'is required' },
      { row: 4, line: 5, field: 'offeredAt', reason: 'is required' },
    ]);
    expect(run.summary).toMatchObject({ rowsRead: 4, badRows: 4, rowsImported: 0 });
  });

  it('accepts a subset of the columns in any order, CRLF and a byte-order mark', async () => {
    const csv = '\uFEFFofferedAt,queue,contactId\r\n2026-03-02T09:00:00+08:00,Q,k1\r\n';
    const items = await collect(importContactsCsv([csv]));
    expect(items.map((i) => i.event)).toEqual([
      {
        kind: 'contact',
        eventId: 'csv:k1:OFFERED',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:00:00+08:00',
        contactId: 'k1',
        queue: 'Q',
      },
    ]);
  });

  it.each([
    [
      'contactId,queue,offered_at',
      'header: unknown column "offered_at" (columns are contactId,queue,channel,',
    ],
    ['contactId,queue', 'header: missing required column "offeredAt"'],
    ['contactId,queue,offeredAt,queue', 'header: column "queue" appears twice'],
  ])('refuses the header %j', async (header, message) => {
    await expect(collect(importContactsCsv([`${header}\nk1,Q,2026-03-02T09:00:00+08:00\n`]))).rejects.toThrow(
      message,
    );
  });

  it('reads a stream cut at any byte, multi-byte characters included', async () => {
    const bytes = Buffer.from(
      `contactId,queue,offeredAt,customerId\nk1,热线 一般,2026-03-02T09:00:00+08:00,客户7\n"k2","热线 ""VIP""",2026-03-02T09:01:00+08:00,\n`,
    );
    const byteByByte = [...bytes].map((b) => Uint8Array.of(b));
    const items = await collect(importContactsCsv(byteByByte));
    expect(
      items.map((i) => [i.event.contactId, i.event.queue, i.event.kind === 'contact' && i.event.customerId]),
    ).toEqual([
      ['k1', '热线 一般', '客户7'],
      ['k2', '热线 "VIP"', undefined],
    ]);
  });

  it('reports an unclosed quote as a bad row and keeps the rows before it', async () => {
    const csv = `contactId,queue,offeredAt\nk1,Q,2026-03-02T09:00:00+08:00\nk2,"Q,2026-03-02T09:00:00+08:00\nk3,Q,2026-03-02T09:00:00+08:00\n`;
    const run = importContactsCsv([csv]);
    expect((await collect(run)).map((i) => i.event.contactId)).toEqual(['k1']);
    expect(run.summary.badRows).toBe(1);
    expect(run.summary.firstErrors[0]).toMatchObject({ row: 2, field: '(row)' });
    expect(run.summary.firstErrors[0]!.reason).toMatch(/^could not be read as CSV: Quote Not Closed/);
  });

  it('keeps the first 100 errors in the summary and gives every one to onRowError', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `k${i},Q,yesterday`);
    let seen = 0;
    const run = importContactsCsv([`contactId,queue,offeredAt\n${rows.join('\n')}\n`], {
      onRowError: () => (seen += 1),
    });
    await collect(run);
    expect(seen).toBe(150);
    expect(run.summary).toMatchObject({ badRows: 150, rowsRead: 150 });
    expect(run.summary.firstErrors).toHaveLength(100);
  });

  it('closes its input when the consumer stops early', async () => {
    let closed = false;
    async function* input(): AsyncGenerator<string> {
      try {
        yield `${HEADER}\n`;
        for (let i = 0; ; i += 1) yield `k${i},Q,,,2026-03-02T09:00:00+08:00,,,,,,,,\n`;
      } finally {
        closed = true;
      }
    }
    const run = importContactsCsv(input());
    for await (const _item of run) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toBe(true);
    expect(run.summary.rowsImported).toBeGreaterThanOrEqual(1);
  });

  it('passes on an error of its input', async () => {
    async function* input(): AsyncGenerator<string> {
      yield `${HEADER}\n`;
      throw new Error('disk read failed');
    }
    await expect(collect(importContactsCsv(input()))).rejects.toThrow('disk read failed');
  });

  it('never throws on fuzzed rows, and every event passes parseEvent', async () => {
    let imported = 0;
    // Coherent rows (so that rows get through and their events are checked), some with one
    // cell replaced by an edge case: empty, too long, out of range, no offset, impossible date.
    const at = (s: number): string =>
      new Date(Date.UTC(2026, 2, 2, 1, 0, s)).toISOString().replace('.000Z', '+00:00');
    const coherent = fc
      .record({
        id: fc.constantFrom('k1', 'k2', ' k3 ', '热线-1'),
        queue: fc.constantFrom('Q', '热线', 'Hotline "VIP"'),
        channel: fc.constantFrom('', 'HOTLINE', 'ONLINE', 'CLAIM_DESK'),
        customer: fc.constantFrom('', 'u1'),
        offered: fc.nat(3600),
        outcome: fc.constantFrom('none', 'answered', 'abandoned', 'flowed'),
        wait: fc.nat(600),
        completed: fc.boolean(),
        talk: fc.oneof(fc.nat(604800), fc.constantFrom(0.5, 12.25)),
        hold: fc.option(fc.nat(600)),
        acw: fc.option(fc.nat(600)),
      })
      .map((r) => {
        const answered = r.outcome === 'answered';
        const done = answered && r.completed;
        return [
          r.id,
          r.queue,
          r.channel,
          r.customer,
          at(r.offered),
          answered ? at(r.offered + r.wait) : '',
          r.outcome === 'abandoned' ? at(r.offered + r.wait) : '',
          r.outcome === 'flowed' ? at(r.offered + r.wait) : '',
          done ? at(r.offered + r.wait + 700) : '',
          answered ? 'a1' : '',
          done ? String(r.talk) : '',
          done && r.hold !== null ? String(r.hold) : '',
          done && r.acw !== null ? String(r.acw) : '',
        ];
      });
    const edge = fc.constantFrom(
      '',
      ' ',
      'x'.repeat(201),
      '-1',
      '604801',
      '1e3',
      'PHONE',
      '2026-03-02 09:00',
      '2026-02-30T09:00:00+08:00',
      '2026-03-02T09:00:00.5-05:30',
      'a"b',
    );
    const row = fc
      .tuple(coherent, fc.option(fc.tuple(fc.nat(12), edge), { freq: 2 }), fc.constantFrom(0, 0, 0, 0, 1, -1))
      .map(([cells, change, extra]) => {
        if (change !== null) cells[change[0]] = change[1];
        if (extra > 0) cells.push('extra');
        if (extra < 0) cells.pop();
        return cells.map(quote).join(',');
      });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), async (rows) => {
        const run = importContactsCsv([`${HEADER}\n${rows.join('\n')}\n`]);
        for (const { event } of await collect(run)) {
          const parsed = parseEvent(event, { now: NOW });
          if (!parsed.ok) throw new Error(`${JSON.stringify(event)}: ${JSON.stringify(parsed.errors)}`);
        }
        expect(run.summary.rowsImported + run.summary.badRows).toBe(run.summary.rowsRead);
        imported += run.summary.rowsImported;
      }),
      { numRuns: 300 },
    );
    // The property is only worth something if rows get through.
    expect(imported).toBeGreaterThan(300);
  });
});

/** A CSV cell, quoted when it has to be. */
function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// Keep the fixture honest: it is the file the README describes.
it('fixture starts with the documented header', () => {
  expect(readFileSync(fixturePath('contacts.csv'), 'utf8').split('\n')[0]).toBe(HEADER);
});
