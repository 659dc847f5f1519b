import { SERVICE_LEVEL_VARIANTS } from '@servicefloor/contracts';
import type { QueueSettings } from '@servicefloor/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactContribution } from './contact-contribution.js';
import type { ContactRecord } from './contact-contribution.js';
import {
  addContactCounters,
  CONTACT_COUNTER_KEYS,
  emptyContactCounters,
  subtractContactCounters,
} from './contact-counters.js';
import type { ContactCounters } from './contact-counters.js';
import { CONTACT_METRIC_INPUTS, contactInputKeys, contactMetrics } from './contact-metrics.js';
import type { ContactMetrics } from './contact-metrics.js';
import { ANSWER_WAIT_BUCKET_BOUNDS } from './wait-buckets.js';
import { HOTLINE, T0, arbitraryContact, makeContact } from './testing.js';

const S = 1000;

function sum(records: readonly ContactRecord[], settings: QueueSettings = HOTLINE): ContactCounters {
  return records
    .map((r) => contactContribution(r, settings))
    .reduce(
      (total, c) => (c === null ? total : addContactCounters(total, c.counters)),
      emptyContactCounters(),
    );
}

/*
 * Ten contacts offered in one interval (T = 20 s, short abandon 5 s):
 *   J answered after 0 s, A 8 s, B 15 s, C 20 s, D 25 s, E 70 s     → answered 6, within 20 s: J A B C = 4
 *   F abandoned after 3 s (short), G after 40 s                    → abandoned 2, short 1
 *   H flowed out after 120 s; I still waiting                      → flowed out 1, maxWait 120 s
 *   A completed 100 + 10 + 20 s, B 200 + 0 + 40 s                  → handled 2, AHT (130 + 240) / 2 = 185 s
 *   B transferred once, D twice                                    → transfers 2
 *   surveys A 5/nps 10/resolved, B 4/nps 9, C 2/nps 3/not resolved, D 3 → CSAT 2/4, mean 14/4, NPS (2 − 1)/3
 *   customers A u1, B u2 (repeat), E u3 (no repeat), G u4 (abandoned), J u5 (unknown)
 *     derived: eligible A B E J = 4, resolved A E J = 3 → 3/4; survey: A yes, C no → 1/2
 *     blended: A survey yes, C survey no, B derived no, E derived yes, J derived yes → 3/5
 */
const TEN = [
  makeContact({ contactId: 'J', answeredAt: T0, customerId: 'u5', repeatWithin7Days: null }),
  makeContact({
    contactId: 'A',
    answeredAt: T0 + 8 * S,
    completedAt: T0 + 200 * S,
    talkSeconds: 100,
    holdSeconds: 10,
    acwSeconds: 20,
    customerId: 'u1',
    survey: { csat: 5, nps: 10, resolved: true },
  }),
  makeContact({
    contactId: 'B',
    answeredAt: T0 + 15 * S,
    completedAt: T0 + 300 * S,
    talkSeconds: 200,
    holdSeconds: 0,
    acwSeconds: 40,
    transfers: 1,
    customerId: 'u2',
    repeatWithin7Days: true,
    survey: { csat: 4, nps: 9 },
  }),
  makeContact({ contactId: 'C', answeredAt: T0 + 20 * S, survey: { csat: 2, nps: 3, resolved: false } }),
  makeContact({ contactId: 'D', answeredAt: T0 + 25 * S, transfers: 2, survey: { csat: 3 } }),
  makeContact({ contactId: 'E', answeredAt: T0 + 70 * S, customerId: 'u3', repeatWithin7Days: false }),
  makeContact({ contactId: 'F', abandonedAt: T0 + 3 * S }),
  makeContact({ contactId: 'G', abandonedAt: T0 + 40 * S, customerId: 'u4' }),
  makeContact({ contactId: 'H', flowedOutAt: T0 + 120 * S }),
  makeContact({ contactId: 'I' }),
];

describe('contactMetrics: ten hand-counted contacts', () => {
  const m = contactMetrics(sum(TEN), HOTLINE);

  it('counts', () => {
    expect(m).toMatchObject({
      offered: 10,
      answered: 6,
      abandoned: 2,
      flowedOut: 1,
      shortAbandoned: 1,
      answeredWithinThreshold: 4,
      transfers: 2,
      handled: 2,
      surveys: 4,
      maxWait: 120,
    });
  });

  it('service level, every variant', () => {
    expect(m.serviceLevel).toBe(4 / 8); // DEFAULT: 4 / (6 + 2 + 1 − 1)
    const sl = (slVariant: QueueSettings['slVariant']) =>
      contactMetrics(sum(TEN), { ...HOTLINE, slVariant }).serviceLevel;
    expect(sl('ANSWERED_ONLY')).toBe(4 / 6);
    expect(sl('OFFERED')).toBe(4 / 10);
    expect(sl('EXCLUDE_FLOWED_OUT')).toBe(4 / 7); // 4 / (6 + 2 − 1)
  });

  it('times and rates', () => {
    expect(m.asa).toBe(23); // (0 + 8 + 15 + 20 + 25 + 70) / 6 = 138 / 6
    expect(m.aht).toBe(185); // (130 + 240) / 2
    expect(m.abandonRate).toBe(1 / 9); // (2 − 1) / (10 − 1)
    expect(m.avgAbandonWait).toBe(21.5); // (3 + 40) / 2
  });

  it('satisfaction and FCR', () => {
    expect(m.csat).toBe(0.5); // 5 and 4 of [5, 4, 2, 3]
    expect(m.csatMean).toBe(3.5); // 14 / 4
    expect(m.nps).toBe(1 / 3); // promoters 10, 9; detractor 3 → (2 − 1) / 3
    expect(m.fcrDerived).toBe(0.75);
    expect(m.fcrSurvey).toBe(0.5);
    expect(m.fcr).toBe(0.6);
  });

  it('says which definition produced the figures', () => {
    expect(m.definition).toEqual({
      serviceLevelVariant: 'DEFAULT',
      slThresholdSeconds: 20,
      shortAbandonSeconds: 5,
      source: 'BUCKETS',
    });
  });

  it('recomputes answered within T from the buckets when T is a bound, even if T changed since counting', () => {
    // Counted with T = 20 (stored: 4); read with T = 30 → buckets ≤ 30 s: J A B C D = 5; SL = 5 / 8.
    const m30 = contactMetrics(sum(TEN), { ...HOTLINE, slThresholdSeconds: 30 });
    expect([m30.answeredWithinThreshold, m30.serviceLevel, m30.definition.source]).toEqual([
      5,
      5 / 8,
      'BUCKETS',
    ]);
    // T = 60: + E? no, E waited 70 s → still 5.
    expect(contactMetrics(sum(TEN), { ...HOTLINE, slThresholdSeconds: 60 }).answeredWithinThreshold).toBe(5);
  });

  it('uses the stored counter when T is not a bound', () => {
    // Counted and read with T = 25: J A B C D waited ≤ 25 s → 5, from the stored counter.
    const settings = { ...HOTLINE, slThresholdSeconds: 25 };
    const m25 = contactMetrics(sum(TEN, settings), settings);
    expect([m25.answeredWithinThreshold, m25.definition.source]).toEqual([5, 'STORED']);
  });
});

describe('contactMetrics: zero denominators', () => {
  it('every ratio is null without contacts, counts are 0', () => {
    const m = contactMetrics(emptyContactCounters(), HOTLINE);
    for (const key of [
      'serviceLevel',
      'asa',
      'aht',
      'abandonRate',
      'avgAbandonWait',
      'csat',
      'csatMean',
      'nps',
      'fcr',
      'fcrSurvey',
      'fcrDerived',
    ] as const) {
      expect(m[key]).toBeNull();
    }
    expect([m.offered, m.maxWait]).toEqual([0, 0]);
  });

  it('only short abandons: SL and abandon rate are null, not 0', () => {
    const m = contactMetrics(sum([makeContact({ abandonedAt: T0 + 2 * S })]), HOTLINE);
    expect([m.serviceLevel, m.abandonRate, m.asa, m.avgAbandonWait]).toEqual([null, null, null, 2]);
  });
});

/*
 * Reference: the definitions of metrics.md computed straight from the contacts of one interval,
 * independently of the counters (waits in seconds, classification by precedence).
 */
function reference(records: readonly ContactRecord[], settings: QueueSettings) {
  const offered = records.filter((r) => r.offeredAt != null);
  const waitOf = (r: ContactRecord, at: number | null | undefined) =>
    Math.max(0, (at! - r.offeredAt!) / 1000);
  const answered = offered.filter((r) => r.answeredAt != null);
  const abandoned = offered.filter((r) => r.answeredAt == null && r.abandonedAt != null);
  const flowedOut = offered.filter(
    (r) => r.answeredAt == null && r.abandonedAt == null && r.flowedOutAt != null,
  );
  const answerWaits = answered.map((r) => waitOf(r, r.answeredAt));
  const abandonWaits = abandoned.map((r) => waitOf(r, r.abandonedAt));
  const within = answerWaits.filter((w) => w <= settings.slThresholdSeconds).length;
  const short = abandonWaits.filter((w) => w < settings.shortAbandonSeconds).length;
  const handled = offered.filter((r) => r.completedAt != null);
  const div = (a: number, b: number) => (b === 0 ? null : a / b);
  const slDenominator = {
    DEFAULT: answered.length + abandoned.length + flowedOut.length - short,
    ANSWERED_ONLY: answered.length,
    OFFERED: offered.length,
    EXCLUDE_FLOWED_OUT: answered.length + abandoned.length - short,
  }[settings.slVariant];
  const surveys = offered.flatMap((r) => (r.survey ? [r.survey] : []));
  const npsScores = surveys.flatMap((s) => (s.nps == null ? [] : [s.nps]));
  const fcrOf = (r: ContactRecord): boolean | null => {
    if (r.survey?.resolved != null) return r.survey.resolved;
    if (r.answeredAt != null && r.customerId) return r.repeatWithin7Days !== true;
    return null;
  };
  const fcrValues = offered.map(fcrOf).filter((v) => v !== null);
  const derived = answered.filter((r) => r.customerId);
  const surveyFcr = surveys.flatMap((s) => (s.resolved == null ? [] : [s.resolved]));
  const allWaits = [...answerWaits, ...abandonWaits, ...flowedOut.map((r) => waitOf(r, r.flowedOutAt))];
  return {
    offered: offered.length,
    answered: answered.length,
    abandoned: abandoned.length,
    flowedOut: flowedOut.length,
    shortAbandoned: short,
    answeredWithinThreshold: within,
    serviceLevel: div(within, slDenominator),
    asa: div(
      answerWaits.reduce((a, b) => a + b, 0),
      answered.length,
    ),
    aht: div(
      handled.reduce((a, r) => a + (r.talkSeconds ?? 0) + (r.holdSeconds ?? 0) + (r.acwSeconds ?? 0), 0),
      handled.length,
    ),
    abandonRate: div(abandoned.length - short, offered.length - short),
    avgAbandonWait: div(
      abandonWaits.reduce((a, b) => a + b, 0),
      abandoned.length,
    ),
    maxWait: Math.max(0, ...allWaits),
    transfers: offered.filter((r) => r.transfers > 0).length,
    handled: handled.length,
    surveys: surveys.length,
    csat: div(surveys.filter((s) => s.csat >= 4).length, surveys.length),
    csatMean: div(
      surveys.reduce((a, s) => a + s.csat, 0),
      surveys.length,
    ),
    nps: div(
      npsScores.filter((s) => s >= 9).length - npsScores.filter((s) => s <= 6).length,
      npsScores.length,
    ),
    fcr: div(fcrValues.filter((v) => v).length, fcrValues.length),
    fcrSurvey: div(surveyFcr.filter((v) => v).length, surveyFcr.length),
    fcrDerived: div(derived.filter((r) => r.repeatWithin7Days !== true).length, derived.length),
  };
}

function expectClose(actual: Record<string, unknown>, expected: Record<string, number | null>) {
  for (const [key, value] of Object.entries(expected)) {
    if (value === null) expect(actual[key], key).toBeNull();
    else expect(actual[key] as number, key).toBeCloseTo(value, 9);
  }
}

const settingsArbitrary = fc.record({
  slThresholdSeconds: fc.constantFrom(10, 20, 25, 60, 90.5),
  shortAbandonSeconds: fc.constantFrom(0, 5, 10),
  slVariant: fc.constantFrom(...SERVICE_LEVEL_VARIANTS),
  slTarget: fc.constant(0.8),
  claimSlaHours: fc.constant(72),
});

describe('contactMetrics: properties', () => {
  it('summed contributions, in any order, equal the metrics computed directly from the contacts', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryContact(), { maxLength: 40 }),
        settingsArbitrary,
        fc.infiniteStream(fc.nat()),
        (records, settings, randoms) => {
          const byInterval = new Map<number, ContactCounters>();
          const shuffled = [...records]
            .map((r) => ({ r, k: randoms.next().value as number }))
            .sort((a, b) => a.k - b.k);
          for (const { r } of shuffled) {
            const c = contactContribution(r, settings);
            if (c === null) continue;
            byInterval.set(
              c.intervalStart,
              addContactCounters(byInterval.get(c.intervalStart) ?? emptyContactCounters(), c.counters),
            );
          }
          for (const [start, counters] of byInterval) {
            const own = records.filter(
              (r) => r.offeredAt != null && Math.floor(r.offeredAt / 900_000) * 900_000 === start,
            );
            expectClose(
              contactMetrics(counters, settings) as unknown as Record<string, unknown>,
              reference(own, settings),
            );
          }
          const total = [...byInterval.values()].reduce(addContactCounters, emptyContactCounters());
          expectClose(
            contactMetrics(total, settings) as unknown as Record<string, unknown>,
            reference(records, settings),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the sum is exactly the same for every order (integer counters)', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryContact(), { maxLength: 30 }),
        fc.infiniteStream(fc.nat()),
        (records, randoms) => {
          const shuffled = [...records]
            .map((r) => ({ r, k: randoms.next().value as number }))
            .sort((a, b) => a.k - b.k)
            .map(({ r }) => r);
          expect(sum(shuffled)).toEqual(sum(records));
        },
      ),
    );
  });

  it('replacing a contribution (subtract old, add new) equals counting the new record from scratch', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryContact(), { maxLength: 20 }),
        arbitraryContact(),
        arbitraryContact(),
        (others, before, after) => {
          const old = contactContribution(before, HOTLINE)?.counters ?? emptyContactCounters();
          const next = contactContribution(after, HOTLINE)?.counters ?? emptyContactCounters();
          // The pipeline applies a changed contact as subtract(old contribution) then add(new one).
          const incremental = addContactCounters(
            subtractContactCounters(addContactCounters(sum(others), old), old),
            next,
          );
          const rebuilt = addContactCounters(sum(others), next);
          expect({ ...incremental, maxWait: 0 }).toEqual({ ...rebuilt, maxWait: 0 });
        },
      ),
    );
  });
});

describe('CONTACT_METRIC_INPUTS', () => {
  const keys = ['maxWait', ...CONTACT_COUNTER_KEYS] as const;
  const counters = fc
    .array(fc.nat(1_000_000), { minLength: keys.length, maxLength: keys.length })
    .map((values) => Object.fromEntries(keys.map((k, i) => [k, values[i]])) as ContactCounters);
  const settings = fc.record({
    slThresholdSeconds: fc.oneof(
      fc.constantFrom(...ANSWER_WAIT_BUCKET_BOUNDS),
      fc.integer({ min: 1, max: 900 }),
    ),
    shortAbandonSeconds: fc.integer({ min: 0, max: 30 }),
    slVariant: fc.constantFrom(...SERVICE_LEVEL_VARIANTS),
  });

  it('lists every counter a figure reads: counters agreeing on them give the same figure', () => {
    fc.assert(
      fc.property(counters, counters, settings, (a, b, s) => {
        for (const figure of Object.keys(CONTACT_METRIC_INPUTS) as (keyof ContactMetrics)[]) {
          // b, except for the figure's inputs under s, taken from a
          const mixed = { ...b };
          for (const key of contactInputKeys([figure], [s])) mixed[key] = a[key];
          expect(contactMetrics(mixed, s)[figure], figure).toEqual(contactMetrics(a, s)[figure]);
        }
      }),
    );
  });

  it('contactInputKeys: the union of the figures’ inputs in one fixed order, other names ignored', () => {
    const t20 = [{ slThresholdSeconds: 20 }];
    expect(contactInputKeys(['asa'], t20)).toEqual(['answered', 'sumAnswerWait']);
    expect(contactInputKeys(['aht', 'asa', '__typename', 'definition'], t20)).toEqual(
      contactInputKeys(['asa', 'aht'], t20),
    );
    expect(contactInputKeys(['maxWait', 'offered'], t20)).toEqual(['maxWait', 'offered']);
    expect(contactInputKeys([], t20)).toEqual([]);
    const all = contactInputKeys(Object.keys(CONTACT_METRIC_INPUTS), t20);
    expect(all).toEqual(keys.filter((k) => all.includes(k)));
  });

  it('contactInputKeys: "within T" as the buckets up to T, or the stored count when T is no bound', () => {
    const within = (...thresholds: number[]) =>
      contactInputKeys(
        ['answeredWithinThreshold'],
        thresholds.map((slThresholdSeconds) => ({ slThresholdSeconds })),
      );
    expect(within(20)).toEqual(['answerWait0', 'answerWait1', 'answerWait2', 'answerWait3']);
    expect(within(25)).toEqual(['answeredWithinThreshold']);
    expect(within(10, 25)).toEqual(['answeredWithinThreshold', 'answerWait0', 'answerWait1']);
    expect(within()).toEqual([]);
  });
});
