import fc from 'fast-check';
import type { ContactEvent, SurveyEvent } from '@servicefloor/contracts';
import { describe, expect, it } from 'vitest';
import { emptyContactState, foldContactEvent, type ContactState } from './contact-state.js';

const T0 = Date.parse('2026-03-02T09:00:00+08:00');

function contact(
  eventId: string,
  type: ContactEvent['type'],
  offsetSec: number,
  extra: Partial<ContactEvent> = {},
) {
  const event: ContactEvent = {
    kind: 'contact',
    eventId,
    type,
    occurredAt: new Date(T0 + offsetSec * 1000).toISOString(),
    contactId: 'c1',
    queue: 'Hotline General',
    ...extra,
  };
  return { event, at: T0 + offsetSec * 1000 };
}

function fold(events: { event: ContactEvent | SurveyEvent; at: number }[]): ContactState {
  return events.reduce(
    (s, e) => foldContactEvent(s, e.event, e.at),
    emptyContactState('c1', 'Hotline General'),
  );
}

describe('foldContactEvent', () => {
  it('folds the example of metrics.md into one answered, completed contact', () => {
    const state = fold([
      contact('e1', 'OFFERED', 0, { customerId: 'u7' }),
      contact('e2', 'ANSWERED', 12, { agentId: 'a1' }),
      contact('e3', 'COMPLETED', 270, { agentId: 'a1', talkSeconds: 228, holdSeconds: 0, acwSeconds: 30 }),
    ]);
    expect(state).toMatchObject({
      offeredAt: T0,
      answeredAt: T0 + 12_000,
      completedAt: T0 + 270_000,
      agentId: 'a1',
      customerId: 'u7',
      talkSeconds: 228,
      acwSeconds: 30,
    });
  });

  it('keeps the earliest answer, the latest completion and counts transfers', () => {
    const state = fold([
      contact('e1', 'OFFERED', 0),
      contact('e2', 'ANSWERED', 30, { agentId: 'a2' }),
      contact('e3', 'ANSWERED', 10, { agentId: 'a1' }),
      contact('e4', 'TRANSFERRED', 40),
      contact('e5', 'COMPLETED', 100, { talkSeconds: 50 }),
      contact('e6', 'COMPLETED', 200, { talkSeconds: 150 }),
    ]);
    expect(state.answeredAt).toBe(T0 + 10_000);
    expect(state.agentId).toBe('a1');
    expect(state.transfers).toBe(1);
    expect(state.talkSeconds).toBe(150);
  });

  it('gives the same state for every arrival order', () => {
    const events = [
      contact('e1', 'OFFERED', 0, { customerId: 'u7' }),
      contact('e0', 'OFFERED', 0, { queue: 'Hotline VIP' }),
      contact('e2', 'ANSWERED', 12),
      contact('e3', 'COMPLETED', 270, { agentId: 'a9', talkSeconds: 228 }),
      contact('e4', 'ABANDONED', 5),
      contact('e5', 'TRANSFERRED', 100),
      {
        event: {
          kind: 'survey',
          eventId: 's1',
          contactId: 'c1',
          occurredAt: '',
          csat: 4,
          resolved: true,
        } as SurveyEvent,
        at: T0 + 600_000,
      },
      {
        event: { kind: 'survey', eventId: 's2', contactId: 'c1', occurredAt: '', csat: 2 } as SurveyEvent,
        at: T0 + 600_000,
      },
    ];
    const reference = fold(events);
    expect(reference.queue).toBe('Hotline VIP');
    expect(reference.agentId).toBe('a9');
    expect(reference.survey).toEqual({ csat: 2, nps: null, resolved: null });
    fc.assert(
      fc.property(
        fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
        (order) => {
          expect(fold(order)).toEqual(reference);
        },
      ),
    );
  });
});
