import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvent } from '@servicefloor/contracts';
import type { WireEvent } from '@servicefloor/contracts';
import { importQueueLog } from './queue-log-import.js';
import type { ImportedEvent, QueueLogSummary } from './queue-log-import.js';
import { parseQueueLogMapping } from './queue-log-mapping.js';
import { collect, fixtureLines } from './testing.js';

/*
 * src/fixtures/queue_log is written the way Asterisk 18/20 app_queue writes it (field layouts
 * of docs.asterisk.org "Queue Logs" and apps/app_queue.c): a FreePBX-style site where members
 * are Local/<ext>@from-queue/n interfaces whose member names appear on call lines. Its epochs
 * are 2026-03-02 from 08:58 to 09:55 in Asia/Shanghai (UTC+8): 1772413200 = 09:00:00+08:00.
 */
const mapping = parseQueueLogMapping({
  queues: { support: { name: 'Hotline Support', channel: 'HOTLINE' }, sales: { name: 'Hotline Sales' } },
  agents: {
    'Local/1001@from-queue': 'a1001',
    'Alice Wang': 'a1001',
    'PJSIP/1002': 'a1002',
    'Bob Li': 'a1002',
  },
  pauseReasons: { lunch: 'MEAL' },
  transferTargets: { '2001@from-internal': 'Hotline Claims' },
});

const NOW = Date.parse('2026-11-25T00:00:00Z');

async function runFixture(): Promise<{ items: ImportedEvent[]; summary: QueueLogSummary }> {
  const run = importQueueLog(fixtureLines('queue_log'), { mapping });
  const items = await collect(run);
  return { items, summary: run.summary };
}

/** Seconds between two `occurredAt` values. */
function secondsBetween(from: WireEvent, to: WireEvent): number {
  return (Date.parse(to.occurredAt) - Date.parse(from.occurredAt)) / 1000;
}

describe('importQueueLog on a realistic Asterisk queue_log', () => {
  it('yields exactly the expected events, in file order', async () => {
    const { items } = await runFixture();
    const support = { queue: 'Hotline Support' };
    const sales = { queue: 'Hotline Sales' };
    // Each occurredAt is the line's epoch + 8 h: e.g. line 8, 1772413200 → 09:00:00+08:00.
    expect(items.map(({ line, event }) => ({ line, ...event }))).toEqual([
      // ADDMEMBER: agent field is the interface; Local/1001@from-queue/n maps without its /n.
      {
        line: 4,
        kind: 'agentState',
        eventId: 'ql:agent:a1001:ADDMEMBER:1772413140:support',
        agentId: 'a1001',
        state: 'AVAILABLE',
        occurredAt: '2026-03-02T08:59:00+08:00',
      },
      {
        line: 6,
        kind: 'agentState',
        eventId: 'ql:agent:a1002:ADDMEMBER:1772413150:support',
        agentId: 'a1002',
        state: 'AVAILABLE',
        occurredAt: '2026-03-02T08:59:10+08:00',
      },
      {
        line: 7,
        kind: 'agentState',
        eventId: 'ql:agent:Local/1003@from-queue/n:ADDMEMBER:1772413160:vip',
        agentId: 'Local/1003@from-queue/n',
        state: 'AVAILABLE',
        occurredAt: '2026-03-02T08:59:20+08:00',
      },
      // Call 1: answered after 12 s, caller hangs up after 228 s of talk.
      {
        line: 8,
        kind: 'contact',
        eventId: 'ql:1772413195.21:ENTERQUEUE:1772413200:support',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:00:00+08:00',
        contactId: '1772413195.21',
        ...support,
        channel: 'HOTLINE',
        customerId: '13800138000',
      },
      {
        line: 10,
        kind: 'contact',
        eventId: 'ql:1772413195.21:CONNECT:1772413212:support',
        type: 'ANSWERED',
        occurredAt: '2026-03-02T09:00:12+08:00',
        contactId: '1772413195.21',
        ...support,
        agentId: 'a1001',
      },
      // Call 2: abandoned after 35 s.
      {
        line: 11,
        kind: 'contact',
        eventId: 'ql:1772413251.24:ENTERQUEUE:1772413260:support',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:01:00+08:00',
        contactId: '1772413251.24',
        ...support,
        channel: 'HOTLINE',
        customerId: '13900139000',
      },
      {
        line: 12,
        kind: 'contact',
        eventId: 'ql:1772413251.24:ABANDON:1772413295:support',
        type: 'ABANDONED',
        occurredAt: '2026-03-02T09:01:35+08:00',
        contactId: '1772413251.24',
        ...support,
      },
      // Call 3: anonymous, times out of support after 60 s, overflows to sales (second visit
      // → contactId #2), answered there after 20 s, blind-transferred after 100 s of talk.
      {
        line: 13,
        kind: 'contact',
        eventId: 'ql:1772413310.26:ENTERQUEUE:1772413320:support',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:02:00+08:00',
        contactId: '1772413310.26',
        ...support,
        channel: 'HOTLINE',
      },
      {
        line: 14,
        kind: 'contact',
        eventId: 'ql:1772413310.26:EXITWITHTIMEOUT:1772413380:support',
        type: 'FLOWED_OUT',
        occurredAt: '2026-03-02T09:03:00+08:00',
        contactId: '1772413310.26',
        ...support,
      },
      {
        line: 15,
        kind: 'contact',
        eventId: 'ql:1772413310.26#2:ENTERQUEUE:1772413380:sales',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:03:00+08:00',
        contactId: '1772413310.26#2',
        ...sales,
        channel: 'HOTLINE',
      },
      {
        line: 16,
        kind: 'contact',
        eventId: 'ql:1772413310.26#2:CONNECT:1772413400:sales',
        type: 'ANSWERED',
        occurredAt: '2026-03-02T09:03:20+08:00',
        contactId: '1772413310.26#2',
        ...sales,
        agentId: 'a1002',
      },
      {
        line: 17,
        kind: 'contact',
        eventId: 'ql:1772413195.21:COMPLETECALLER:1772413440:support',
        type: 'COMPLETED',
        occurredAt: '2026-03-02T09:04:00+08:00',
        contactId: '1772413195.21',
        ...support,
        agentId: 'a1001',
        talkSeconds: 228,
        holdSeconds: 0,
      },
      {
        line: 18,
        kind: 'contact',
        eventId: 'ql:1772413310.26#2:BLINDTRANSFER:1772413500:sales',
        type: 'TRANSFERRED',
        occurredAt: '2026-03-02T09:05:00+08:00',
        contactId: '1772413310.26#2',
        ...sales,
        agentId: 'a1002',
        targetQueue: 'Hotline Claims',
      },
      {
        line: 18,
        kind: 'contact',
        eventId: 'ql:1772413310.26#2:BLINDTRANSFER:1772413500:sales:COMPLETED',
        type: 'COMPLETED',
        occurredAt: '2026-03-02T09:05:00+08:00',
        contactId: '1772413310.26#2',
        ...sales,
        agentId: 'a1002',
        talkSeconds: 100,
        holdSeconds: 0,
      },
      // Call 4: unmapped queue vip, unmapped member, attended transfer by LINK (6 parameters).
      {
        line: 19,
        kind: 'contact',
        eventId: 'ql:1772413555.33:ENTERQUEUE:1772413560:vip',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:06:00+08:00',
        contactId: '1772413555.33',
        queue: 'vip',
        channel: 'HOTLINE',
        customerId: '13700137000',
      },
      {
        line: 20,
        kind: 'contact',
        eventId: 'ql:1772413555.33:CONNECT:1772413566:vip',
        type: 'ANSWERED',
        occurredAt: '2026-03-02T09:06:06+08:00',
        contactId: '1772413555.33',
        queue: 'vip',
        agentId: 'Local/1003@from-queue/n',
      },
      {
        line: 21,
        kind: 'contact',
        eventId: 'ql:1772413555.33:ATTENDEDTRANSFER:1772413686:vip',
        type: 'TRANSFERRED',
        occurredAt: '2026-03-02T09:08:06+08:00',
        contactId: '1772413555.33',
        queue: 'vip',
        agentId: 'Local/1003@from-queue/n',
      },
      {
        line: 21,
        kind: 'contact',
        eventId: 'ql:1772413555.33:ATTENDEDTRANSFER:1772413686:vip:COMPLETED',
        type: 'COMPLETED',
        occurredAt: '2026-03-02T09:08:06+08:00',
        contactId: '1772413555.33',
        queue: 'vip',
        agentId: 'Local/1003@from-queue/n',
        talkSeconds: 120,
        holdSeconds: 0,
      },
      // PAUSEALL "Lunch" → MEAL; the per-queue PAUSE lines after it change nothing.
      {
        line: 22,
        kind: 'agentState',
        eventId: 'ql:agent:a1001:PAUSEALL:1772413800:NONE',
        agentId: 'a1001',
        state: 'MEAL',
        occurredAt: '2026-03-02T09:10:00+08:00',
        reason: 'Lunch',
      },
      {
        line: 25,
        kind: 'agentState',
        eventId: 'ql:agent:a1002:PAUSE:1772413920:support',
        agentId: 'a1002',
        state: 'BREAK',
        occurredAt: '2026-03-02T09:12:00+08:00',
      },
      // Call 5 is cut off by the crash (lines 28–31).
      {
        line: 27,
        kind: 'contact',
        eventId: 'ql:1772414395.45:ENTERQUEUE:1772414400:support',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:20:00+08:00',
        contactId: '1772414395.45',
        ...support,
        channel: 'HOTLINE',
        customerId: '13500135000',
      },
      // Call 7: leaves by key after 15 s; call 8: queue empty after 3 s.
      {
        line: 33,
        kind: 'contact',
        eventId: 'ql:1772414990.52:ENTERQUEUE:1772415000:support',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:30:00+08:00',
        contactId: '1772414990.52',
        ...support,
        channel: 'HOTLINE',
        customerId: '13300133000',
      },
      {
        line: 34,
        kind: 'contact',
        eventId: 'ql:1772414990.52:EXITWITHKEY:1772415015:support',
        type: 'FLOWED_OUT',
        occurredAt: '2026-03-02T09:30:15+08:00',
        contactId: '1772414990.52',
        ...support,
      },
      {
        line: 35,
        kind: 'contact',
        eventId: 'ql:1772415055.54:ENTERQUEUE:1772415060:sales',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:31:00+08:00',
        contactId: '1772415055.54',
        ...sales,
        channel: 'HOTLINE',
        customerId: '13200132000',
      },
      {
        line: 36,
        kind: 'contact',
        eventId: 'ql:1772415055.54:EXITEMPTY:1772415063:sales',
        type: 'FLOWED_OUT',
        occurredAt: '2026-03-02T09:31:03+08:00',
        contactId: '1772415055.54',
        ...sales,
      },
      {
        line: 37,
        kind: 'agentState',
        eventId: 'ql:agent:a1001:UNPAUSEALL:1772415600:NONE',
        agentId: 'a1001',
        state: 'AVAILABLE',
        occurredAt: '2026-03-02T09:40:00+08:00',
      },
      // Call 6 never gets an outcome.
      {
        line: 40,
        kind: 'contact',
        eventId: 'ql:1772416190.60:ENTERQUEUE:1772416200:support',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:50:00+08:00',
        contactId: '1772416190.60',
        ...support,
        channel: 'HOTLINE',
        customerId: '13100131000',
      },
      // Removed from support (still in sales: no change), then from sales → logged out.
      {
        line: 42,
        kind: 'agentState',
        eventId: 'ql:agent:a1001:REMOVEMEMBER:1772416501:sales',
        agentId: 'a1001',
        state: 'LOGGED_OUT',
        occurredAt: '2026-03-02T09:55:01+08:00',
      },
    ]);
  });

  it('puts kind first on every event, as the wire format requires', async () => {
    const { items } = await runFixture();
    for (const { event } of items) expect(Object.keys(event).slice(0, 2)).toEqual(['kind', 'eventId']);
  });

  it('reports exactly the expected summary', async () => {
    const { summary } = await runFixture();
    expect(summary).toEqual({
      linesRead: 42,
      eventsProduced: 28,
      skipped: {
        'system-event': 3,
        'no-open-call': 1,
        'agent-state-unchanged': 6,
        'unknown-event': 1,
        truncated: 1,
        'nul-bytes': 2,
        'bad-epoch': 1,
      },
      firstSkipped: [
        { line: 1, reason: 'system-event', detail: 'QUEUESTART' },
        { line: 2, reason: 'system-event', detail: 'CONFIGRELOAD' },
        { line: 3, reason: 'no-open-call', detail: 'COMPLETEAGENT' },
        { line: 5, reason: 'agent-state-unchanged', detail: 'ADDMEMBER' },
        { line: 23, reason: 'agent-state-unchanged', detail: 'PAUSE' },
        { line: 24, reason: 'agent-state-unchanged', detail: 'PAUSE' },
        { line: 26, reason: 'unknown-event', detail: 'SURVEYRESULT' },
        { line: 28, reason: 'truncated' },
        { line: 29, reason: 'nul-bytes' },
        { line: 30, reason: 'nul-bytes' },
        { line: 31, reason: 'system-event', detail: 'QUEUESTART' },
        { line: 32, reason: 'bad-epoch' },
        { line: 38, reason: 'agent-state-unchanged', detail: 'UNPAUSE' },
        { line: 39, reason: 'agent-state-unchanged', detail: 'UNPAUSE' },
        { line: 41, reason: 'agent-state-unchanged', detail: 'REMOVEMEMBER' },
      ],
      unknownQueues: [{ asteriskQueue: 'vip', name: 'vip', channel: 'HOTLINE', line: 19 }],
      unknownAgents: [
        { asteriskAgent: 'Local/1003@from-queue/n', agentId: 'Local/1003@from-queue/n', line: 7 },
      ],
      // Call 5 is ended by the restart (QUEUESTART, line 31); call 6 by the end of the file.
      callsWithoutOutcome: 2,
      firstCallsWithoutOutcome: [
        { callid: '1772414395.45', queue: 'support', line: 27 },
        { callid: '1772416190.60', queue: 'support', line: 40 },
      ],
      ringNoAnswer: 1,
      linesAfterNul: 1,
      waitMismatches: 0,
      talkMismatches: 0,
    });
  });

  it('accounts for every line: events, skips or a counted RINGNOANSWER', async () => {
    const { items, summary } = await runFixture();
    const linesWithEvents = new Set(items.map((i) => i.line)).size;
    const skipped = Object.values(summary.skipped).reduce((a, b) => a + (b ?? 0), 0);
    expect(linesWithEvents + skipped + summary.ringNoAnswer).toBe(summary.linesRead);
  });

  it('marks the first event of each unmapped queue and agent, so the caller can create them first', async () => {
    const { items } = await runFixture();
    expect(items.filter((i) => i.unknownQueue).map((i) => [i.line, i.unknownQueue?.name])).toEqual([
      [19, 'vip'],
    ]);
    expect(items.filter((i) => i.unknownAgent).map((i) => [i.line, i.unknownAgent?.agentId])).toEqual([
      [7, 'Local/1003@from-queue/n'],
    ]);
  });

  it('waits and talk times derived from the event times agree with the logged data fields', async () => {
    const { items } = await runFixture();
    const byContact = new Map<string, Map<string, WireEvent>>();
    for (const { event } of items) {
      if (event.kind !== 'contact') continue;
      const events = byContact.get(event.contactId) ?? new Map<string, WireEvent>();
      events.set(event.type, event);
      byContact.set(event.contactId, events);
    }
    // The data fields of the fixture lines, per Asterisk's layouts:
    // CONNECT holdtime (data1), ABANDON / EXITWITHTIMEOUT / EXITEMPTY waittime (data3),
    // EXITWITHKEY waittime (data4); COMPLETECALLER / BLINDTRANSFER / ATTENDEDTRANSFER calltime.
    const logged: [contactId: string, outcome: string, wait: number, talk?: number][] = [
      ['1772413195.21', 'ANSWERED', 12, 228], // lines 10, 17: CONNECT|12|…, COMPLETECALLER|12|228|1
      ['1772413251.24', 'ABANDONED', 35], // line 12: ABANDON|1|1|35
      ['1772413310.26', 'FLOWED_OUT', 60], // line 14: EXITWITHTIMEOUT|1|1|60
      ['1772413310.26#2', 'ANSWERED', 20, 100], // lines 16, 18: CONNECT|20|…, BLINDTRANSFER|…|20|100|1
      ['1772413555.33', 'ANSWERED', 6, 120], // lines 20, 21: CONNECT|6|…, ATTENDEDTRANSFER|LINK|…|6|120|1
      ['1772414990.52', 'FLOWED_OUT', 15], // line 34: EXITWITHKEY|1|1|1|15
      ['1772415055.54', 'FLOWED_OUT', 3], // line 36: EXITEMPTY|1|1|3
    ];
    for (const [contactId, outcome, wait, talk] of logged) {
      const events = byContact.get(contactId)!;
      expect(secondsBetween(events.get('OFFERED')!, events.get(outcome)!), contactId).toBe(wait);
      if (talk !== undefined) {
        const completed = events.get('COMPLETED')!;
        expect(secondsBetween(events.get('ANSWERED')!, completed), contactId).toBe(talk);
        expect(completed.kind === 'contact' && completed.talkSeconds).toBe(talk);
      }
    }
  });

  it('yields only events the ingestion contract accepts', async () => {
    const { items } = await runFixture();
    for (const { event } of items) expect(parseEvent(event, { now: NOW })).toMatchObject({ ok: true });
  });

  it('gives the same, unique event ids on every import of the same file', async () => {
    const first = (await runFixture()).items.map((i) => i.event.eventId);
    const second = (await runFixture()).items.map((i) => i.event.eventId);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('streams from an async source and writes offsets of the configured zone', async () => {
    async function* slowly(): AsyncGenerator<string> {
      for (const line of fixtureLines('queue_log')) {
        await Promise.resolve();
        yield line;
      }
    }
    const run = importQueueLog(slowly(), { mapping, timeZone: 'Europe/Berlin', idPrefix: 'pbx1' });
    const items = await collect(run);
    expect(items).toHaveLength(28);
    // 1772413200 = 01:00Z = 02:00 in Berlin (CET, UTC+1, before the 29 March DST change).
    expect(items[3]!.event).toMatchObject({
      eventId: 'pbx1:1772413195.21:ENTERQUEUE:1772413200:support',
      occurredAt: '2026-03-02T02:00:00+01:00',
    });
  });
});

describe('importQueueLog behaviour', () => {
  const enter = (epoch: number, callid: string, queue = 'support', callerId = '13800138000'): string =>
    `${epoch}|${callid}|${queue}|NONE|ENTERQUEUE||${callerId}|1`;

  it('makes the summary readable only once the iteration has finished', async () => {
    const run = importQueueLog([enter(1772413200, '1.1')]);
    expect(() => run.summary).toThrow('summary: available after the iteration finishes');
    await collect(run);
    expect(run.summary.callsWithoutOutcome).toBe(1);
  });

  it('finishes the summary when the consumer stops early', async () => {
    const run = importQueueLog([enter(1772413200, '1.1'), enter(1772413201, '1.2')]);
    for await (const _item of run) break;
    expect(run.summary).toMatchObject({ linesRead: 1, eventsProduced: 1, callsWithoutOutcome: 1 });
  });

  it('throws at once for an unknown time zone', () => {
    expect(() => importQueueLog([], { timeZone: 'Asia/Nowhere' })).toThrow(
      'timeZone: unknown IANA time zone',
    );
  });

  it('counts a wait that disagrees with the logged holdtime by more than a second', async () => {
    const run = importQueueLog([
      enter(1772413200, '1.1'),
      '1772413230|1.1|support|SIP/1001|CONNECT|12|1.2|3', // 30 s after entry, logged 12
      '1772413290|1.1|support|SIP/1001|COMPLETEAGENT|12|60|1', // 60 s after CONNECT: agrees
    ]);
    await collect(run);
    expect(run.summary).toMatchObject({ waitMismatches: 1, talkMismatches: 0 });
  });

  it('skips an outcome that does not fit the call', async () => {
    const run = importQueueLog([
      enter(1772413200, '1.1'),
      '1772413210|1.1|support|SIP/1001|COMPLETEAGENT|10|0|1', // before CONNECT
      '1772413212|1.1|support|SIP/1001|CONNECT|12|1.2|3',
      '1772413213|1.1|support|SIP/1001|CONNECT|13|1.2|3', // second CONNECT
      '1772413214|1.1|support|NONE|ABANDON|1|1|14', // after CONNECT
      '1772413215|1.1|sales|SIP/1001|COMPLETEAGENT|12|3|1', // another queue
      '1772413216|1.1|support|SIP/1001|COMPLETEAGENT|12|-3|1', // negative calltime
      '1772413217|1.1|support|SIP/1001|COMPLETEAGENT|12', // cut before calltime
      '1772413218|1.1|support|SIP/1001|COMPLETEAGENT|12|6|1',
    ]);
    const items = await collect(run);
    expect(items.map((i) => i.event.kind === 'contact' && i.event.type)).toEqual([
      'OFFERED',
      'ANSWERED',
      'COMPLETED',
    ]);
    expect(run.summary.skipped).toEqual({ 'out-of-sequence': 4, 'bad-field': 1, truncated: 1 });
  });

  it('drops a repeated ENTERQUEUE line, and counts a re-entry without outcome as cut off', async () => {
    const run = importQueueLog([
      enter(1772413200, '1.1'),
      enter(1772413200, '1.1'), // the same line again
      enter(1772413300, '1.1'), // enters again with no outcome for the first entry
      '1772413310|1.1|support|NONE|ABANDON|1|1|10',
    ]);
    const items = await collect(run);
    expect(items.map((i) => i.event.kind === 'contact' && i.event.contactId)).toEqual([
      '1.1',
      '1.1#2',
      '1.1#2',
    ]);
    expect(run.summary).toMatchObject({ skipped: { 'duplicate-line': 1 }, callsWithoutOutcome: 1 });
  });

  it('forgets calls older than the call window', async () => {
    const run = importQueueLog(
      [enter(1772413200, '1.1'), enter(1772413200 + 3601, '1.2'), enter(1772413200 + 3602, '1.1')],
      { callWindowSeconds: 3600 },
    );
    const items = await collect(run);
    // 1.1 waited more than an hour: cut off and forgotten, so its next entry is a first visit.
    expect(items.map((i) => i.event.kind === 'contact' && i.event.contactId)).toEqual(['1.1', '1.2', '1.1']);
    expect(run.summary.firstCallsWithoutOutcome[0]).toEqual({ callid: '1.1', queue: 'support', line: 1 });
  });

  it('numbers a re-entry within the window and forgets the visits after it', async () => {
    const t = 1772413200;
    const items = await collect(
      importQueueLog(
        [
          enter(t, '1.1'),
          `${t + 10}|1.1|support|NONE|EXITWITHTIMEOUT|1|1|10`,
          enter(t + 10, '1.1', 'sales'), // overflow: second visit
          `${t + 20}|1.1|sales|NONE|ABANDON|1|1|10`,
          enter(t + 4000, '9.9'), // moves the clock past the window
          enter(t + 4001, '1.1'), // the same id much later is a new call
        ],
        { callWindowSeconds: 3600 },
      ),
    );
    expect(items.map((i) => i.event.kind === 'contact' && `${i.event.type} ${i.event.contactId}`)).toEqual([
      'OFFERED 1.1',
      'FLOWED_OUT 1.1',
      'OFFERED 1.1#2',
      'ABANDONED 1.1#2',
      'OFFERED 9.9',
      'OFFERED 1.1',
    ]);
  });

  it('leaves anonymous caller ids out of customerId', async () => {
    const items = await collect(
      importQueueLog(
        ['anonymous', 'Unknown', '', 'Restricted', '010-1234'].map((c, i) =>
          enter(1772413200 + i, `1.${i}`, 'q', c),
        ),
      ),
    );
    expect(items.map((i) => i.event.kind === 'contact' && i.event.customerId)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      '010-1234',
    ]);
  });

  it('maps pause reasons and keeps ids distinct for several changes in one second', async () => {
    const run = importQueueLog(
      [
        '1772413200|NONE|support|SIP/1001|PAUSE|Training',
        '1772413200|NONE|support|SIP/1001|UNPAUSE|',
        '1772413200|NONE|support|SIP/1001|PAUSE|Training',
        '1772413201|NONE|support|SIP/1001|PAUSE|coffee',
        '1772413202|NONE|support|NONE|PAUSE|x',
      ],
      {
        mapping: {
          agents: { 'SIP/1001': 'a1' },
          pauseReasons: { training: 'TRAINING' },
          defaultPauseState: 'OTHER',
        },
      },
    );
    const items = await collect(run);
    expect(
      items.map(({ event }) => event.kind === 'agentState' && [event.eventId, event.state, event.reason]),
    ).toEqual([
      ['ql:agent:a1:PAUSE:1772413200:support', 'TRAINING', 'Training'],
      ['ql:agent:a1:UNPAUSE:1772413200:support:2', 'AVAILABLE', undefined],
      ['ql:agent:a1:PAUSE:1772413200:support:3', 'TRAINING', 'Training'],
      ['ql:agent:a1:PAUSE:1772413201:support', 'OTHER', 'coffee'],
    ]);
    expect(run.summary.skipped).toEqual({ 'no-agent': 1 });
  });

  it('logs an agent in and out through AGENTLOGIN / AGENTLOGOFF (app_agent_pool)', async () => {
    const items = await collect(
      importQueueLog([
        '1772413200|1772413199.5|NONE|1001|AGENTLOGIN|PJSIP/1001-00000001',
        '1772413300|1772413199.5|NONE|1001|AGENTLOGOFF|PJSIP/1001-00000001|100',
      ]),
    );
    expect(items.map(({ event }) => event.kind === 'agentState' && [event.agentId, event.state])).toEqual([
      ['1001', 'AVAILABLE'],
      ['1001', 'LOGGED_OUT'],
    ]);
  });

  it('names the legacy TRANSFER target and leaves WITHDRAW as flowed out', async () => {
    const items = await collect(
      importQueueLog(
        [
          enter(1772413200, '1.1'),
          '1772413210|1.1|support|SIP/1001|CONNECT|10|1.2|2',
          '1772413250|1.1|support|SIP/1001|TRANSFER|8001|from-internal|10|40|1',
          enter(1772413300, '2.1'),
          '1772413309|2.1|support|NONE|WITHDRAW|1|1|9|moved',
        ],
        { mapping: { transferTargets: { '8001@from-internal': 'Claims Desk' } } },
      ),
    );
    expect(
      items.map(
        ({ event }) => event.kind === 'contact' && [event.type, event.targetQueue, event.talkSeconds],
      ),
    ).toEqual([
      ['OFFERED', undefined, undefined],
      ['ANSWERED', undefined, undefined],
      ['TRANSFERRED', 'Claims Desk', undefined],
      ['COMPLETED', undefined, 40],
      ['OFFERED', undefined, undefined],
      ['FLOWED_OUT', undefined, undefined],
    ]);
  });
});

describe('importQueueLog under fuzzing', () => {
  // Few call ids, queues and agents, so that lines of one call meet; edge values (empty,
  // blank, NONE, longer than the contract's 200 characters) are drawn as often as plain ones.
  const long = (c: string, n: number): string => c.repeat(n);
  const tokens = {
    epoch: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1772413000, max: 1772413999 }).map(String) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('', 'abc', '-1', '0', '9999999999', '17724132OO', '1772413200.5'),
      },
    ),
    callid: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('1.1', '1.2', '2.7') },
      { weight: 1, arbitrary: fc.constantFrom('NONE', 'MANAGER', '', ' ', long('c', 192), long('c', 220)) },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    ),
    queue: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('support', 'sales', 'Support ') },
      { weight: 1, arbitrary: fc.constantFrom('NONE', '', ' ', long('q', 200), long('q', 201)) },
      { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    ),
    agent: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('SIP/1001', 'Alice', 'Local/1@x/n') },
      { weight: 1, arbitrary: fc.constantFrom('NONE', '', ' ', long('a', 201)) },
      { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    ),
    event: fc.oneof(
      {
        weight: 8,
        arbitrary: fc.constantFrom(
          'ENTERQUEUE',
          'CONNECT',
          'COMPLETECALLER',
          'COMPLETEAGENT',
          'ABANDON',
          'BLINDTRANSFER',
          'ATTENDEDTRANSFER',
          'PAUSE',
        ),
      },
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          'EXITEMPTY',
          'EXITWITHTIMEOUT',
          'EXITWITHKEY',
          'WITHDRAW',
          'TRANSFER',
          'RINGNOANSWER',
          'AGENTLOGIN',
          'AGENTLOGOFF',
          'ADDMEMBER',
          'REMOVEMEMBER',
          'UNPAUSE',
          'PAUSEALL',
          'UNPAUSEALL',
          'QUEUESTART',
          'CONFIGRELOAD',
          'AGENTDUMP',
        ),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    ),
    data: fc.array(
      fc.oneof(
        fc.constantFrom(
          '',
          '0',
          '12',
          '604800',
          '604801',
          '-4',
          'x',
          'anonymous',
          long('9', 201),
          long('r', 250),
        ),
        fc.nat(700000).map(String),
        fc.string({ maxLength: 30 }),
      ),
      { maxLength: 7 },
    ),
  };
  const structured = fc
    .tuple(tokens.epoch, tokens.callid, tokens.queue, tokens.agent, tokens.event, tokens.data)
    .map(([epoch, callid, queue, agent, event, data]) =>
      [epoch, callid, queue, agent, event, ...data].join('|'),
    );
  const noise = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom(
      '\0'.repeat(40),
      '\0\0\u00001772413200|NONE|NONE|NONE|QUEUESTART|',
      '1772413200|1.1|supp',
    ),
  );
  // A whole call (enter, connect, end) with fuzzed fields, so the deep paths are reached too.
  const call = fc
    .tuple(
      tokens.epoch,
      tokens.callid,
      tokens.queue,
      tokens.agent,
      tokens.event,
      tokens.data,
      tokens.data,
      tokens.data,
    )
    .map(([epoch, callid, queue, agent, end, enterData, connectData, endData]) => [
      [epoch, callid, queue, 'NONE', 'ENTERQUEUE', ...enterData].join('|'),
      [epoch, callid, queue, agent, 'CONNECT', ...connectData].join('|'),
      [epoch, callid, queue, agent, end, ...endData].join('|'),
    ]);
  const fileLines = fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: structured.map((line) => [line]) },
        { weight: 2, arbitrary: call },
        { weight: 1, arbitrary: noise.map((line) => [line]) },
      ),
      { maxLength: 40 },
    )
    .map((groups) => groups.flat());
  const fuzzMapping = {
    queues: { support: { name: 'Hotline Support' } },
    agents: { 'SIP/1001': 'a1' },
    pauseReasons: { x: 'MEAL' as const },
  };

  it('never throws, and every event passes parseEvent', async () => {
    await fc.assert(
      fc.asyncProperty(fileLines, async (lines) => {
        const run = importQueueLog(lines, { mapping: fuzzMapping });
        const items = await collect(run);
        for (const { event } of items) {
          const parsed = parseEvent(event, { now: Date.parse('2100-01-02T00:00:00Z') });
          if (!parsed.ok) throw new Error(`${JSON.stringify(event)}: ${JSON.stringify(parsed.errors)}`);
        }
        expect(run.summary.linesRead).toBe(lines.length);
        expect(run.summary.eventsProduced).toBe(items.length);
      }),
      { numRuns: 400 },
    );
  });

  it('gives unique ids within an import and the same ids on re-import', async () => {
    // Call ids as Asterisk writes them (epoch.sequence), so a numbered re-entry cannot meet a raw id.
    const realistic = fc
      .tuple(
        tokens.epoch,
        fc.constantFrom('1.1', '1.2', '2.7'),
        tokens.queue,
        tokens.agent,
        tokens.event,
        tokens.data,
      )
      .map(([epoch, callid, queue, agent, event, data]) =>
        [epoch, callid, queue, agent, event, ...data].join('|'),
      );
    await fc.assert(
      fc.asyncProperty(fc.array(realistic, { maxLength: 80 }), async (lines) => {
        const ids = (await collect(importQueueLog(lines, { mapping: fuzzMapping }))).map(
          (i) => i.event.eventId,
        );
        const again = (await collect(importQueueLog(lines, { mapping: fuzzMapping }))).map(
          (i) => i.event.eventId,
        );
        expect(again).toEqual(ids);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });
});
