import type { QueueSettings } from '@servicefloor/contracts';
import {
  ABANDON_WAIT_BUCKET_KEYS,
  ANSWER_WAIT_BUCKET_KEYS,
  emptyContactCounters,
} from './contact-counters.js';
import type { ContactCounters } from './contact-counters.js';
import { intervalStart } from './interval.js';
import { isCsatTop2, npsCategory } from './surveys.js';
import { waitBucketIndex } from './wait-buckets.js';

/**
 * What is known about one contact, folded from its events (all times epoch ms). The record, not the
 * order its events came in, decides the contribution.
 */
export interface ContactRecord {
  contactId: string;
  queue: string;
  customerId?: string | null;
  offeredAt?: number | null;
  answeredAt?: number | null;
  abandonedAt?: number | null;
  flowedOutAt?: number | null;
  completedAt?: number | null;
  agentId?: string | null;
  talkSeconds?: number | null;
  holdSeconds?: number | null;
  acwSeconds?: number | null;
  /** Number of TRANSFERRED events. */
  transfers: number;
  /**
   * Derived FCR input: another contact by the same customer (any channel) was offered within 7 days
   * after this one. null/undefined = none seen so far (so the derived FCR of the last 7 days is
   * provisional until the window closes).
   */
  repeatWithin7Days?: boolean | null;
  survey?: { csat: number; nps?: number | null; resolved?: boolean | null } | null;
}

/** A record's share of one interval's counters. */
export interface IntervalContribution<C> {
  intervalStart: number;
  counters: C;
}

/** The per-queue settings contactContribution depends on. */
export type ContactSettings = Pick<QueueSettings, 'slThresholdSeconds' | 'shortAbandonSeconds'>;

/**
 * A contact's contribution to the counters of the interval in which it was offered (metrics.md,
 * "Time": its later events update that interval). Null while the contact has not been offered: its
 * other events are held until OFFERED arrives.
 *
 * The outcome is decided by precedence, so the result depends on the set of events, not their order:
 * - answered if answeredAt is set (wait = answeredAt − offeredAt), else
 * - abandoned if abandonedAt is set (wait = abandonedAt − offeredAt), else
 * - flowed out if flowedOutAt is set (wait = flowedOutAt − offeredAt), else still waiting (offered only).
 * Waits are clamped at 0 (clock skew between sources). Answered within T: wait ≤ T; short abandon:
 * wait < shortAbandonSeconds (metrics.md). Handled, with talk/hold/ACW, when completedAt is set.
 * The survey counts in the offered interval. FCR: the survey's "resolved" answer where given, else
 * derived (answered contacts with a customerId: resolved unless repeatWithin7Days is true).
 *
 * Durations are stored as integer milliseconds (see CONTACT_COUNTER_KEYS).
 *
 * @throws RangeError naming the field when a time is not finite, a duration or transfers is negative,
 *   a survey score is off its scale, or a setting is negative.
 */
export function contactContribution(
  record: ContactRecord,
  settings: ContactSettings,
): IntervalContribution<ContactCounters> | null {
  if (record.offeredAt === null || record.offeredAt === undefined) return null;
  const offeredAt = time('offeredAt', record.offeredAt);
  const thresholdSeconds = setting('slThresholdSeconds', settings.slThresholdSeconds);
  const shortAbandonSeconds = setting('shortAbandonSeconds', settings.shortAbandonSeconds);
  if (!Number.isInteger(record.transfers) || record.transfers < 0) {
    throw new RangeError(`transfers must be a whole number ≥ 0, got ${String(record.transfers)}`);
  }

  const c = emptyContactCounters();
  c.offered = 1;
  c.transfers = record.transfers > 0 ? 1 : 0;

  const answeredAt = optionalTime('answeredAt', record.answeredAt);
  const abandonedAt = optionalTime('abandonedAt', record.abandonedAt);
  const flowedOutAt = optionalTime('flowedOutAt', record.flowedOutAt);
  const answered = answeredAt !== null;
  if (answeredAt !== null) {
    const waitMs = Math.max(0, answeredAt - offeredAt);
    const waitSeconds = waitMs / 1000;
    c.answered = 1;
    c.sumAnswerWait = waitMs;
    c[ANSWER_WAIT_BUCKET_KEYS[waitBucketIndex(waitSeconds)]] = 1;
    if (waitSeconds <= thresholdSeconds) c.answeredWithinThreshold = 1;
    c.maxWait = waitMs;
  } else if (abandonedAt !== null) {
    const waitMs = Math.max(0, abandonedAt - offeredAt);
    const waitSeconds = waitMs / 1000;
    c.abandoned = 1;
    c.sumAbandonWait = waitMs;
    c[ABANDON_WAIT_BUCKET_KEYS[waitBucketIndex(waitSeconds)]] = 1;
    if (waitSeconds < shortAbandonSeconds) c.abandonedShort = 1;
    if (waitSeconds <= thresholdSeconds) c.abandonedWithinThreshold = 1;
    c.maxWait = waitMs;
  } else if (flowedOutAt !== null) {
    c.flowedOut = 1;
    c.maxWait = Math.max(0, flowedOutAt - offeredAt);
  }

  if (optionalTime('completedAt', record.completedAt) !== null) {
    c.handled = 1;
    c.sumTalk = durationMs('talkSeconds', record.talkSeconds);
    c.sumHold = durationMs('holdSeconds', record.holdSeconds);
    c.sumAcw = durationMs('acwSeconds', record.acwSeconds);
  }

  let surveyResolved: boolean | null = null;
  const survey = record.survey;
  if (survey !== null && survey !== undefined) {
    c.surveys = 1;
    c.csatSum = survey.csat;
    c.csatTop2 = isCsatTop2(survey.csat, 'survey.csat') ? 1 : 0;
    if (survey.nps !== null && survey.nps !== undefined) {
      const category = npsCategory(survey.nps, 'survey.nps');
      c.npsResponses = 1;
      c.npsPromoters = category === 'PROMOTER' ? 1 : 0;
      c.npsDetractors = category === 'DETRACTOR' ? 1 : 0;
    }
    if (survey.resolved !== null && survey.resolved !== undefined) {
      surveyResolved = survey.resolved;
      c.fcrSurveyAnswers = 1;
      c.fcrSurveyResolved = survey.resolved ? 1 : 0;
    }
  }
  const derivedEligible = answered && typeof record.customerId === 'string' && record.customerId !== '';
  const derivedResolved = derivedEligible && record.repeatWithin7Days !== true;
  if (derivedEligible) {
    c.fcrDerivedEligible = 1;
    c.fcrDerivedResolved = derivedResolved ? 1 : 0;
  }
  if (surveyResolved !== null) {
    c.fcrEligible = 1;
    c.fcrResolved = surveyResolved ? 1 : 0;
  } else if (derivedEligible) {
    c.fcrEligible = 1;
    c.fcrResolved = derivedResolved ? 1 : 0;
  }

  return { intervalStart: intervalStart(offeredAt), counters: c };
}

function time(field: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${field} must be a finite number of epoch milliseconds, got ${String(value)}`);
  }
  return value;
}

function optionalTime(field: string, value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : time(field, value);
}

/** Seconds → integer milliseconds (exact for inputs with at most 3 decimals). Missing counts as 0. */
function durationMs(field: string, seconds: number | null | undefined): number {
  if (seconds === null || seconds === undefined) return 0;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`${field} must be a finite number ≥ 0, got ${String(seconds)}`);
  }
  return Math.round(seconds * 1000);
}

function setting(field: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`settings.${field} must be a finite number ≥ 0, got ${String(value)}`);
  }
  return value;
}
