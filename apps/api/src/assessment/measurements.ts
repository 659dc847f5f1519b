import type { AssessmentMetric, CriterionDefinition } from '@servicefloor/assessment';
import { wape } from '@servicefloor/forecast';
import {
  agentMetrics,
  contactMetrics,
  emptyAgentCounters,
  emptyContactCounters,
  ratio,
  sumCounters,
  type AgentCounters,
  type ContactCounters,
  type ContactMetricsSettings,
} from '@servicefloor/metrics';
import { CLAIM_COUNTER_KEYS } from '../ingest/entities/claim-stats.entity.js';
import type { QueueInfo } from '../ingest/queue-info.js';
import type { MonthAdherence } from './adherence.reader.js';
import type { MonthPairs } from './forecast-accuracy.reader.js';
import type { AgentInfo, MonthlyCounters } from './monthly-counters.service.js';
import type { Month } from './months.js';

/** Everything a scorecard's figures are computed from, read once per range of months. */
export interface Measurements {
  queues: QueueInfo[];
  agents: AgentInfo[];
  contacts: MonthlyCounters<ContactCounters>;
  agentCounters: MonthlyCounters<AgentCounters>;
  claims: MonthlyCounters<Record<string, number>>;
  forecast: Map<Month, MonthPairs>;
  /** Published-schedule adherence per month (issue #8), when schedules were published. */
  adherence: Map<Month, MonthAdherence>;
}

/** Narrows a figure to some queues or agents (drill-down). */
export interface Scope {
  queueIds?: number[];
  agentIds?: string[];
}

export const CONTACT_METRICS: ReadonlySet<AssessmentMetric> = new Set([
  'SERVICE_LEVEL',
  'ASA',
  'ABANDON_RATE',
  'CSAT',
  'NPS',
  'FCR',
]);
export const AGENT_METRICS: ReadonlySet<AssessmentMetric> = new Set([
  'QA_SCORE',
  'SCHEDULE_ADHERENCE',
  'TRAINING_HOURS_PER_AGENT',
]);
export const CLAIM_METRICS: ReadonlySet<AssessmentMetric> = new Set([
  'CLAIMS_WITHIN_SLA',
  'CLAIM_CYCLE_TIME',
]);

/** The contact (non-claim) queues a criterion covers: its channel's, or every hotline and online queue. */
export function queuesOf(m: Measurements, criterion: CriterionDefinition, scope: Scope = {}): QueueInfo[] {
  return m.queues.filter(
    (q) =>
      (CLAIM_METRICS.has(criterion.metric) ? q.channel === 'CLAIM_DESK' : q.channel !== 'CLAIM_DESK') &&
      (!criterion.channel || q.channel === criterion.channel) &&
      (!scope.queueIds || scope.queueIds.includes(q.id)),
  );
}

/**
 * A criterion's actual figure over some months (one month for the trend, all for the period), from
 * libs/metrics: contact metrics of the summed queue counters (contactMetrics, with the settings the
 * queues share — as the trends page sums a channel), agent metrics of the summed agent counters,
 * claim figures as the trends page's claim periods, forecast accuracy as WAPE (libs/forecast).
 * null when there is nothing to measure.
 */
export function figure(
  m: Measurements,
  criterion: CriterionDefinition,
  months: Month[],
  scope: Scope = {},
): number | null {
  const metric = criterion.metric;
  if (CONTACT_METRICS.has(metric)) {
    const queues = queuesOf(m, criterion, scope);
    if (queues.length === 0) return null;
    const counters = sumCounters(
      queues.flatMap((q) => months.map((mo) => m.contacts.get(String(q.id))?.get(mo)).filter(isDefined)),
      emptyContactCounters(),
    );
    const figures = contactMetrics(counters, sharedSettings(queues));
    return contactFigure(metric, figures);
  }
  if (AGENT_METRICS.has(metric)) {
    const agents = m.agents.filter((a) => !scope.agentIds || scope.agentIds.includes(a.agentId));
    const perAgent = agents.map((a) =>
      sumCounters(
        months.map((mo) => m.agentCounters.get(a.agentId)?.get(mo)).filter(isDefined),
        emptyAgentCounters(),
      ),
    );
    const total = agentMetrics(sumCounters(perAgent, emptyAgentCounters()));
    if (metric === 'QA_SCORE') return total.qaScore;
    if (metric === 'SCHEDULE_ADHERENCE') {
      // adherent / scheduled time over the months, from the published schedules (center-wide).
      if (scope.agentIds) return total.adherence;
      const parts = months.map((mo) => m.adherence.get(mo)).filter(isDefined);
      return ratio(
        parts.reduce((s, p) => s + p.adherentSeconds, 0),
        parts.reduce((s, p) => s + p.scheduledSeconds, 0),
      );
    }
    // Training hours per agent who worked (logged in) or trained in the months.
    const active = perAgent.filter((c) => agentMetrics(c).loggedInSeconds > 0 || c.trainingHours > 0).length;
    return active > 0 ? total.trainingHours / active / months.length : null;
  }
  if (CLAIM_METRICS.has(metric)) {
    const queues = queuesOf(m, criterion, scope);
    const empty = Object.fromEntries(CLAIM_COUNTER_KEYS.map((k) => [k, 0]));
    const c = sumCounters(
      queues.flatMap((q) => months.map((mo) => m.claims.get(String(q.id))?.get(mo)).filter(isDefined)),
      empty,
    );
    if (metric === 'CLAIMS_WITHIN_SLA') return ratio(c.settledWithinSla, c.settled);
    return c.settled > 0 ? c.sumCycleMs / c.settled / 3_600_000 : null;
  }
  // FORECAST_ACCURACY: WAPE over every interval of the months that had a saved forecast.
  const actual = months.flatMap((mo) => m.forecast.get(mo)?.actual ?? []);
  const forecast = months.flatMap((mo) => m.forecast.get(mo)?.forecast ?? []);
  return actual.length > 0 ? wape(actual, forecast) : null;
}

function contactFigure(metric: AssessmentMetric, f: ReturnType<typeof contactMetrics>): number | null {
  switch (metric) {
    case 'SERVICE_LEVEL':
      return f.serviceLevel;
    case 'ASA':
      return f.asa;
    case 'ABANDON_RATE':
      return f.abandonRate;
    case 'CSAT':
      return f.csat;
    case 'NPS':
      return f.nps;
    default:
      return f.fcr;
  }
}

/**
 * The settings several queues share; where their thresholds differ, the stored counts are used —
 * the rule of the trends page's channel sums (metrics.service sharedSettings).
 */
export function sharedSettings(queues: QueueInfo[]): ContactMetricsSettings {
  const [first] = queues;
  const same = queues.every(
    (q) =>
      q.settings.slThresholdSeconds === first.settings.slThresholdSeconds &&
      q.settings.slVariant === first.settings.slVariant,
  );
  return same
    ? first.settings
    : {
        slThresholdSeconds: -1,
        shortAbandonSeconds: first.settings.shortAbandonSeconds,
        slVariant: 'DEFAULT',
      };
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
