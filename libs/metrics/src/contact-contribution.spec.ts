import { describe, expect, it } from 'vitest';
import { contactContribution } from './contact-contribution.js';
import { emptyContactCounters } from './contact-counters.js';
import { HOTLINE, T0, makeContact } from './testing.js';

const S = 1000;
/** Only the non-zero counters of a contribution, for readable expectations. */
function nonZero(record: Parameters<typeof contactContribution>[0], settings = HOTLINE) {
  const result = contactContribution(record, settings);
  if (result === null) return null;
  return {
    intervalStart: result.intervalStart,
    counters: Object.fromEntries(Object.entries(result.counters).filter(([, v]) => v !== 0)),
  };
}

describe('contactContribution', () => {
  it('is null until the contact is offered', () => {
    expect(contactContribution(makeContact({ offeredAt: null, answeredAt: T0 }), HOTLINE)).toBeNull();
    expect(contactContribution(makeContact({ offeredAt: undefined }), HOTLINE)).toBeNull();
  });

  it('a waiting contact counts as offered only, in the interval it was offered', () => {
    // Offered 09:07 Shanghai → interval 09:00 (01:00Z).
    expect(nonZero(makeContact({ offeredAt: T0 + 7 * 60 * S }))).toEqual({
      intervalStart: T0,
      counters: { offered: 1 },
    });
  });

  it('the example of metrics.md: answered after 12 s, completed, surveyed', () => {
    // Offered 09:00:00, answered 09:00:12 → wait 12 s: within T = 20, bucket 2 (10, 15].
    // Completed: talk 228 s, hold 0, ACW 30 s. Survey csat 5 (top-2), nps 9 (promoter), resolved.
    // customerId u7, no repeat seen → derived FCR eligible and resolved; blended FCR uses the survey.
    expect(
      nonZero(
        makeContact({
          customerId: 'u7',
          answeredAt: T0 + 12 * S,
          completedAt: T0 + 270 * S,
          agentId: 'a1',
          talkSeconds: 228,
          holdSeconds: 0,
          acwSeconds: 30,
          survey: { csat: 5, nps: 9, resolved: true },
        }),
      ),
    ).toEqual({
      intervalStart: T0,
      counters: {
        offered: 1,
        answered: 1,
        answeredWithinThreshold: 1,
        sumAnswerWait: 12_000,
        answerWait2: 1,
        maxWait: 12_000,
        handled: 1,
        sumTalk: 228_000,
        sumAcw: 30_000,
        surveys: 1,
        csatSum: 5,
        csatTop2: 1,
        npsResponses: 1,
        npsPromoters: 1,
        fcrSurveyAnswers: 1,
        fcrSurveyResolved: 1,
        fcrDerivedEligible: 1,
        fcrDerivedResolved: 1,
        fcrEligible: 1,
        fcrResolved: 1,
      },
    });
  });

  it('answered within T is wait ≤ T: 20 s is within, 20.001 s is not', () => {
    const at20 = contactContribution(makeContact({ answeredAt: T0 + 20_000 }), HOTLINE)!.counters;
    expect([at20.answeredWithinThreshold, at20.answerWait3]).toEqual([1, 1]);
    const after20 = contactContribution(makeContact({ answeredAt: T0 + 20_001 }), HOTLINE)!.counters;
    expect([after20.answeredWithinThreshold, after20.answerWait4]).toEqual([0, 1]);
  });

  it('short abandon is wait < 5 s: 4.999 s is short, 5 s is not', () => {
    // Both are abandoned within T (≤ 20 s) and land in abandon bucket 0 (≤ 5 s).
    expect(nonZero(makeContact({ abandonedAt: T0 + 4_999 }))!.counters).toEqual({
      offered: 1,
      abandoned: 1,
      abandonedShort: 1,
      abandonedWithinThreshold: 1,
      sumAbandonWait: 4_999,
      abandonWait0: 1,
      maxWait: 4_999,
    });
    expect(nonZero(makeContact({ abandonedAt: T0 + 5_000 }))!.counters).toEqual({
      offered: 1,
      abandoned: 1,
      abandonedWithinThreshold: 1,
      sumAbandonWait: 5_000,
      abandonWait0: 1,
      maxWait: 5_000,
    });
  });

  it('a flowed-out contact counts its wait only in maxWait', () => {
    expect(nonZero(makeContact({ flowedOutAt: T0 + 700 * S }))!.counters).toEqual({
      offered: 1,
      flowedOut: 1,
      maxWait: 700_000,
    });
  });

  it('outcome precedence answered > abandoned > flowed out, whatever arrived first', () => {
    const all = makeContact({ answeredAt: T0 + 30 * S, abandonedAt: T0 + 10 * S, flowedOutAt: T0 + 5 * S });
    const counters = contactContribution(all, HOTLINE)!.counters;
    expect([counters.answered, counters.abandoned, counters.flowedOut, counters.maxWait]).toEqual([
      1, 0, 0, 30_000,
    ]);
    const notAnswered = contactContribution(
      makeContact({ abandonedAt: T0 + 10 * S, flowedOutAt: T0 + 5 * S }),
      HOTLINE,
    )!;
    expect([notAnswered.counters.abandoned, notAnswered.counters.flowedOut]).toEqual([1, 0]);
  });

  it('clamps a negative wait (answer stamped before offer) to 0', () => {
    const counters = contactContribution(makeContact({ answeredAt: T0 - 1_500 }), HOTLINE)!.counters;
    expect([counters.sumAnswerWait, counters.answerWait0, counters.answeredWithinThreshold]).toEqual([
      0, 1, 1,
    ]);
  });

  it('counts a completed contact as handled even without an answer event; missing seconds are 0', () => {
    const counters = contactContribution(
      makeContact({ completedAt: T0 + 60 * S, talkSeconds: 12.5 }),
      HOTLINE,
    )!.counters;
    expect([counters.handled, counters.answered, counters.sumTalk, counters.sumHold]).toEqual([
      1, 0, 12_500, 0,
    ]);
  });

  it('counts transferred contacts, not transfer events', () => {
    expect(contactContribution(makeContact({ transfers: 3 }), HOTLINE)!.counters.transfers).toBe(1);
  });

  it('derived FCR: answered contacts with a customerId; a repeat within 7 days is not resolved', () => {
    const repeat = contactContribution(
      makeContact({ customerId: 'u1', answeredAt: T0, repeatWithin7Days: true }),
      HOTLINE,
    )!;
    expect([repeat.counters.fcrDerivedEligible, repeat.counters.fcrDerivedResolved]).toEqual([1, 0]);
    expect([repeat.counters.fcrEligible, repeat.counters.fcrResolved]).toEqual([1, 0]);
    // Abandoned, or answered without a customer: not eligible.
    const abandoned = contactContribution(makeContact({ customerId: 'u1', abandonedAt: T0 }), HOTLINE)!;
    expect(abandoned.counters.fcrDerivedEligible).toBe(0);
    const anonymous = contactContribution(makeContact({ answeredAt: T0, customerId: null }), HOTLINE)!;
    expect(anonymous.counters.fcrEligible).toBe(0);
  });

  it('blended FCR takes the survey answer over the derived figure', () => {
    // Repeat contact (derived: not resolved) but the customer said "resolved" → blended counts resolved.
    const c = contactContribution(
      makeContact({
        customerId: 'u1',
        answeredAt: T0,
        repeatWithin7Days: true,
        survey: { csat: 3, resolved: true },
      }),
      HOTLINE,
    )!.counters;
    expect([c.fcrDerivedEligible, c.fcrDerivedResolved, c.fcrSurveyAnswers, c.fcrSurveyResolved]).toEqual([
      1, 0, 1, 1,
    ]);
    expect([c.fcrEligible, c.fcrResolved]).toEqual([1, 1]);
    // A survey without the resolved question leaves FCR to the derived figure; csat 3 is not top-2.
    const d = contactContribution(
      makeContact({ customerId: 'u1', answeredAt: T0, survey: { csat: 3, nps: 7 } }),
      HOTLINE,
    )!.counters;
    expect([
      d.csatTop2,
      d.npsResponses,
      d.npsPromoters,
      d.npsDetractors,
      d.fcrEligible,
      d.fcrResolved,
    ]).toEqual([0, 1, 0, 0, 1, 1]);
  });

  it('rejects bad input, naming the field', () => {
    expect(() => contactContribution(makeContact({ survey: { csat: 6 } }), HOTLINE)).toThrow(
      'survey.csat must be a whole number 1–5, got 6',
    );
    expect(() => contactContribution(makeContact({ survey: { csat: 5, nps: 11 } }), HOTLINE)).toThrow(
      'survey.nps must be',
    );
    expect(() => contactContribution(makeContact({ completedAt: T0, talkSeconds: -1 }), HOTLINE)).toThrow(
      'talkSeconds must be a finite number ≥ 0, got -1',
    );
    expect(() => contactContribution(makeContact({ offeredAt: Number.NaN }), HOTLINE)).toThrow(
      'offeredAt must be a finite',
    );
    expect(() => contactContribution(makeContact({ transfers: -1 }), HOTLINE)).toThrow(
      'transfers must be a whole number',
    );
    expect(() => contactContribution(makeContact(), { ...HOTLINE, slThresholdSeconds: -5 })).toThrow(
      'settings.slThresholdSeconds must be a finite number ≥ 0',
    );
  });

  it('has every counter, and they are integers', () => {
    const result = contactContribution(makeContact({ answeredAt: T0 + 1234 }), HOTLINE)!;
    expect(Object.keys(result.counters).sort()).toEqual(Object.keys(emptyContactCounters()).sort());
    expect(Object.values(result.counters).every(Number.isInteger)).toBe(true);
  });
});
