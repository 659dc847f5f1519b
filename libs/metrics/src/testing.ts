/*
 * Fixtures for tests of this lib and of its callers: a contact factory and fast-check arbitraries.
 * Not part of the build (see tsconfig "exclude").
 */
import { defaultQueueSettings } from '@servicefloor/contracts';
import type { QueueSettings } from '@servicefloor/contracts';
import fc from 'fast-check';
import type { ContactRecord } from './contact-contribution.js';

/** Hotline defaults: 80 % within 20 s, short abandon 5 s, DEFAULT variant. */
export const HOTLINE: QueueSettings = defaultQueueSettings('HOTLINE');

/** Mon 2 Mar 2026 09:00 in Shanghai = 01:00Z, an interval start. */
export const T0 = Date.parse('2026-03-02T09:00:00+08:00');

let sequence = 0;

/** A contact offered at T0 with nothing else known, overridden by `fields`. */
export function makeContact(fields: Partial<ContactRecord> = {}): ContactRecord {
  sequence += 1;
  return { contactId: `c${sequence}`, queue: 'Hotline General', offeredAt: T0, transfers: 0, ...fields };
}

/** Contacts offered within a few hours of T0, with any combination of outcomes, handling and survey. */
export function arbitraryContact(): fc.Arbitrary<ContactRecord> {
  const wait = fc.oneof(
    fc.integer({ min: -2_000, max: 700_000 }),
    fc.constantFrom(0, 5_000, 20_000, 60_000, 600_000),
  );
  const optionalWait = fc.option(wait, { nil: undefined });
  const seconds = fc.option(
    fc.integer({ min: 0, max: 3_600_000 }).map((ms) => ms / 1000),
    { nil: undefined },
  );
  return fc
    .record({
      offeredAt: fc.option(fc.integer({ min: T0, max: T0 + 6 * 3_600_000 }), { nil: null, freq: 8 }),
      answerWait: optionalWait,
      abandonWait: optionalWait,
      flowOutWait: optionalWait,
      completed: fc.boolean(),
      talkSeconds: seconds,
      holdSeconds: seconds,
      acwSeconds: seconds,
      transfers: fc.nat(3),
      customerId: fc.option(fc.constantFrom('u1', 'u2', 'u3'), { nil: undefined }),
      repeatWithin7Days: fc.option(fc.boolean(), { nil: null }),
      survey: fc.option(
        fc.record({
          csat: fc.integer({ min: 1, max: 5 }),
          nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
          resolved: fc.option(fc.boolean(), { nil: undefined }),
        }),
        { nil: null },
      ),
    })
    .map((r) => {
      const base = r.offeredAt ?? T0;
      return makeContact({
        offeredAt: r.offeredAt,
        answeredAt: r.answerWait === undefined ? null : base + r.answerWait,
        abandonedAt: r.abandonWait === undefined ? null : base + r.abandonWait,
        flowedOutAt: r.flowOutWait === undefined ? null : base + r.flowOutWait,
        completedAt: r.completed ? base + 900_000 : null,
        talkSeconds: r.talkSeconds,
        holdSeconds: r.holdSeconds,
        acwSeconds: r.acwSeconds,
        transfers: r.transfers,
        customerId: r.customerId,
        repeatWithin7Days: r.repeatWithin7Days,
        survey: r.survey,
      });
    });
}
