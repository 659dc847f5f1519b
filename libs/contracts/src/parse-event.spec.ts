import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvent } from './parse-event.js';

const NOW = Date.parse('2026-03-04T00:00:00Z');

/** The example lines of metrics.md, "Events". */
const EXAMPLES = [
  '{"kind":"contact","eventId":"e1","type":"OFFERED","occurredAt":"2026-03-02T09:00:00+08:00","contactId":"c1","queue":"Hotline General","channel":"HOTLINE","customerId":"u7"}',
  '{"kind":"contact","eventId":"e2","type":"ANSWERED","occurredAt":"2026-03-02T09:00:12+08:00","contactId":"c1","queue":"Hotline General","agentId":"a1"}',
  '{"kind":"contact","eventId":"e3","type":"COMPLETED","occurredAt":"2026-03-02T09:04:30+08:00","contactId":"c1","queue":"Hotline General","agentId":"a1","talkSeconds":228,"holdSeconds":0,"acwSeconds":30}',
  '{"kind":"agentState","eventId":"e4","agentId":"a1","state":"AVAILABLE","occurredAt":"2026-03-02T09:04:31+08:00"}',
  '{"kind":"claim","eventId":"e5","claimId":"k9","type":"OPENED","occurredAt":"2026-03-02T10:00:00+08:00","queue":"Claims","amount":120.5}',
  '{"kind":"survey","eventId":"e6","contactId":"c1","occurredAt":"2026-03-02T09:10:00+08:00","csat":5,"nps":9,"resolved":true}',
  '{"kind":"qualityEvaluation","eventId":"e7","contactId":"c1","agentId":"a1","occurredAt":"2026-03-03T11:00:00+08:00","score":92,"evaluator":"qa-3"}',
];

describe('parseEvent', () => {
  it('accepts every example event of metrics.md, with its time in epoch ms', () => {
    for (const line of EXAMPLES) {
      const result = parseEvent(JSON.parse(line), { now: NOW });
      expect(result.ok, line).toBe(true);
    }
    const first = parseEvent(JSON.parse(EXAMPLES[0]), { now: NOW });
    expect(first.ok && first.at).toBe(Date.parse('2026-03-02T01:00:00Z'));
  });

  it.each([
    [{ kind: 'fax', eventId: 'x' }, 'kind', /unknown kind "fax"/],
    [{ eventId: 'x' }, 'kind', /is required/],
    [
      {
        kind: 'contact',
        eventId: 'x',
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:00:00',
        contactId: 'c',
        queue: 'Q',
      },
      'occurredAt',
      /offset/,
    ],
    [
      {
        kind: 'contact',
        eventId: 'x',
        type: 'RINGING',
        occurredAt: '2026-03-02T09:00:00+08:00',
        contactId: 'c',
        queue: 'Q',
      },
      'type',
      /.+/,
    ],
    [
      { kind: 'contact', eventId: 'x', type: 'OFFERED', occurredAt: '2026-03-02T09:00:00+08:00', queue: 'Q' },
      'contactId',
      /.+/,
    ],
    [
      { kind: 'survey', eventId: 'x', contactId: 'c', occurredAt: '2026-03-02T09:00:00+08:00', csat: 6 },
      'csat',
      /1–5/,
    ],
    [
      {
        kind: 'agentState',
        eventId: 'x',
        agentId: 'a',
        state: 'AVAILABLE',
        occurredAt: '2026-03-02T09:00:00+08:00',
        mood: 'happy',
      },
      'mood',
      /not a field/,
    ],
    [
      {
        kind: 'qualityEvaluation',
        eventId: 'x',
        occurredAt: '2026-03-02T09:00:00+08:00',
        score: 80,
        evaluator: 'q',
      },
      'agentId',
      /contactId or agentId/,
    ],
    [
      {
        kind: 'contact',
        eventId: 'x',
        type: 'OFFERED',
        occurredAt: '2026-03-05T09:00:00+08:00',
        contactId: 'c',
        queue: 'Q',
      },
      'occurredAt',
      /future/,
    ],
  ])('refuses %j, naming %s', (raw, field, reason) => {
    const result = parseEvent(raw, { now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toContain(field);
    expect(result.errors.find((e) => e.field === field)!.reason).toMatch(reason);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = parseEvent(raw, { now: NOW });
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
    );
  });
});
