import type { QueueSettings, ServiceLevelVariant } from '@servicefloor/contracts';
import { ANSWER_WAIT_BUCKET_KEYS, CONTACT_COUNTER_KEYS } from './contact-counters.js';
import type { ContactCounterKey, ContactCounters } from './contact-counters.js';
import { ratio } from './ratio.js';
import { serviceLevel } from './service-level.js';
import { waitBoundIndex } from './wait-buckets.js';

/** Which definition produced a ContactMetrics. */
export interface ContactMetricsDefinition {
  serviceLevelVariant: ServiceLevelVariant;
  slThresholdSeconds: number;
  shortAbandonSeconds: number;
  /**
   * Where answeredWithinThreshold came from: BUCKETS when T is one of ANSWER_WAIT_BUCKET_BOUNDS (exact
   * for the current T, whatever T was when contacts were counted); STORED otherwise (the
   * answeredWithinThreshold counter, which used the T in force when each contact was counted).
   */
  source: 'BUCKETS' | 'STORED';
}

/**
 * The contact metrics of metrics.md with its field names. Counts are numbers; ratios are fractions or
 * null (zero denominator); times are seconds.
 */
export interface ContactMetrics {
  offered: number;
  answered: number;
  abandoned: number;
  flowedOut: number;
  shortAbandoned: number;
  answeredWithinThreshold: number;
  /** By definition.serviceLevelVariant (see serviceLevel). */
  serviceLevel: number | null;
  /** Σ wait of answered / answered, seconds. */
  asa: number | null;
  /** Σ (talk + hold + ACW) / handled, seconds. */
  aht: number | null;
  /** (abandoned − short abandoned) / (offered − short abandoned). */
  abandonRate: number | null;
  /** Σ wait of abandoned / abandoned, seconds (short abandons included). */
  avgAbandonWait: number | null;
  /** Longest wait of any answered, abandoned or flowed-out contact, seconds; 0 when there is none. */
  maxWait: number;
  /** Contacts transferred at least once. */
  transfers: number;
  handled: number;
  surveys: number;
  /** Share of CSAT responses scoring 4–5. */
  csat: number | null;
  /** Mean CSAT score, 1–5. */
  csatMean: number | null;
  /** (promoters − detractors) / NPS responses, a fraction from −1 to 1 (× 100 for the usual points). */
  nps: number | null;
  /** FCR of metrics.md, per contact: its survey answer where given, else derived (fcrResolved / fcrEligible). */
  fcr: number | null;
  /** Survey-based FCR alone: resolved answers / "resolved?" answers. */
  fcrSurvey: number | null;
  /** Derived FCR alone: answered contacts with a customerId and no repeat within 7 days / those contacts. */
  fcrDerived: number | null;
  definition: ContactMetricsDefinition;
}

/** The per-queue settings contactMetrics depends on. */
export type ContactMetricsSettings = Pick<
  QueueSettings,
  'slThresholdSeconds' | 'shortAbandonSeconds' | 'slVariant'
>;

/**
 * Computes every contact metric of metrics.md from counters (one interval or any roll-up), for a
 * queue's settings. "Answered within T" is recomputed from the answer-wait buckets when T is a bucket
 * bound, else read from the stored counter (definition.source says which). Short abandons always come
 * from the stored counter (the short-abandon test is "<", the buckets are "≤").
 *
 * @example contactMetrics(counters, defaultQueueSettings('HOTLINE')).serviceLevel
 * @throws RangeError for an unknown service-level variant.
 */
export function contactMetrics(counters: ContactCounters, settings: ContactMetricsSettings): ContactMetrics {
  const boundIndex = waitBoundIndex(settings.slThresholdSeconds);
  let answeredWithinThreshold = 0;
  for (const key of withinThresholdKeys(boundIndex)) answeredWithinThreshold += counters[key];
  const shortAbandoned = counters.abandonedShort;
  return {
    offered: counters.offered,
    answered: counters.answered,
    abandoned: counters.abandoned,
    flowedOut: counters.flowedOut,
    shortAbandoned,
    answeredWithinThreshold,
    serviceLevel: serviceLevel(
      {
        offered: counters.offered,
        answered: counters.answered,
        answeredWithinThreshold,
        abandoned: counters.abandoned,
        shortAbandoned,
        flowedOut: counters.flowedOut,
      },
      settings.slVariant,
    ),
    asa: seconds(ratio(counters.sumAnswerWait, counters.answered)),
    aht: seconds(ratio(counters.sumTalk + counters.sumHold + counters.sumAcw, counters.handled)),
    abandonRate: ratio(counters.abandoned - shortAbandoned, counters.offered - shortAbandoned),
    avgAbandonWait: seconds(ratio(counters.sumAbandonWait, counters.abandoned)),
    maxWait: counters.maxWait / 1000,
    transfers: counters.transfers,
    handled: counters.handled,
    surveys: counters.surveys,
    csat: ratio(counters.csatTop2, counters.surveys),
    csatMean: ratio(counters.csatSum, counters.surveys),
    nps: ratio(counters.npsPromoters - counters.npsDetractors, counters.npsResponses),
    fcr: ratio(counters.fcrResolved, counters.fcrEligible),
    fcrSurvey: ratio(counters.fcrSurveyResolved, counters.fcrSurveyAnswers),
    fcrDerived: ratio(counters.fcrDerivedResolved, counters.fcrDerivedEligible),
    definition: {
      serviceLevelVariant: settings.slVariant,
      slThresholdSeconds: settings.slThresholdSeconds,
      shortAbandonSeconds: settings.shortAbandonSeconds,
      source: boundIndex === -1 ? 'STORED' : 'BUCKETS',
    },
  };
}

/** Per bucket bound index (and -1: none), the counters whose sum is "answered within T". */
const WITHIN_THRESHOLD_KEYS: readonly (readonly ContactCounterKey[])[] = [
  ['answeredWithinThreshold'],
  ...ANSWER_WAIT_BUCKET_KEYS.map((_, i) => ANSWER_WAIT_BUCKET_KEYS.slice(0, i + 1)),
];

/**
 * The counters summed into "answered within T" for T's bucket bound index (waitBoundIndex): the
 * answer-wait buckets up to the bound, or (-1, T not a bound) the stored answeredWithinThreshold.
 */
function withinThresholdKeys(boundIndex: number): readonly ContactCounterKey[] {
  return WITHIN_THRESHOLD_KEYS[boundIndex + 1];
}

/** Milliseconds → seconds, keeping null. */
function seconds(ms: number | null): number | null {
  return ms === null ? null : ms / 1000;
}

/** A counter a contact figure may be computed from: a key of CONTACT_COUNTER_KEYS, or maxWait. */
export type ContactInputKey = ContactCounterKey | 'maxWait';

/** Stands, in CONTACT_METRIC_INPUTS, for the counters of "answered within T" (by the settings). */
const WITHIN = 'withinThreshold';

/**
 * The counters each figure of contactMetrics reads (WITHIN: those of "answered within T", which
 * depend on the settings). A figure computed from counters holding at least its inputs is the
 * figure computed from all of them; the other figures of such a result are meaningless. So a
 * caller that needs a few figures of many periods may read only their inputs (contactInputKeys).
 */
export const CONTACT_METRIC_INPUTS: {
  readonly [F in keyof ContactMetrics]: readonly (ContactInputKey | typeof WITHIN)[];
} = {
  offered: ['offered'],
  answered: ['answered'],
  abandoned: ['abandoned'],
  flowedOut: ['flowedOut'],
  shortAbandoned: ['abandonedShort'],
  answeredWithinThreshold: [WITHIN],
  serviceLevel: ['offered', 'answered', WITHIN, 'abandoned', 'abandonedShort', 'flowedOut'],
  asa: ['sumAnswerWait', 'answered'],
  aht: ['sumTalk', 'sumHold', 'sumAcw', 'handled'],
  abandonRate: ['abandoned', 'abandonedShort', 'offered'],
  avgAbandonWait: ['sumAbandonWait', 'abandoned'],
  maxWait: ['maxWait'],
  transfers: ['transfers'],
  handled: ['handled'],
  surveys: ['surveys'],
  csat: ['csatTop2', 'surveys'],
  csatMean: ['csatSum', 'surveys'],
  nps: ['npsPromoters', 'npsDetractors', 'npsResponses'],
  fcr: ['fcrResolved', 'fcrEligible'],
  fcrSurvey: ['fcrSurveyResolved', 'fcrSurveyAnswers'],
  fcrDerived: ['fcrDerivedResolved', 'fcrDerivedEligible'],
  definition: [],
};

const INPUT_ORDER: readonly ContactInputKey[] = ['maxWait', ...CONTACT_COUNTER_KEYS];

/**
 * The counters the given figures of contactMetrics read under any of `settings`
 * (CONTACT_METRIC_INPUTS), in one fixed order (maxWait, then CONTACT_COUNTER_KEYS'), so that
 * equal sets of figures give equal lists. Names that are not figures are ignored.
 *
 * @example contactInputKeys(['asa'], [settings]) // ['answered', 'sumAnswerWait']
 */
export function contactInputKeys(
  figures: Iterable<string>,
  settings: readonly Pick<ContactMetricsSettings, 'slThresholdSeconds'>[],
): ContactInputKey[] {
  const wanted = new Set<ContactInputKey>();
  for (const figure of figures) {
    if (!Object.hasOwn(CONTACT_METRIC_INPUTS, figure)) continue;
    for (const key of CONTACT_METRIC_INPUTS[figure as keyof ContactMetrics]) {
      if (key !== WITHIN) wanted.add(key);
      else
        for (const s of settings)
          for (const k of withinThresholdKeys(waitBoundIndex(s.slThresholdSeconds))) wanted.add(k);
    }
  }
  return INPUT_ORDER.filter((key) => wanted.has(key));
}
