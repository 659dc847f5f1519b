import { requiredAgents } from '@servicefloor/erlang';

/** What is known of one interval's staffing (agents are heads present over the interval). */
export interface StaffingInterval {
  /** Agents needed for the volume and AHT that actually came, at the queue's SL target (Erlang). */
  requiredActual: number;
  /** Agents needed for the forecast volume and AHT; null without a forecast for the interval. */
  requiredForecast: number | null;
  /** Paid agents on the plan (schedule, or staff present when there is no schedule). */
  scheduled: number;
  /** Shrinkage the plan allowed for, fraction. */
  plannedShrinkage: number;
  /** Shrinkage that happened, fraction; null when unknown (then taken as planned). */
  actualShrinkage: number | null;
  /** Schedule adherence, fraction; null without a schedule (then no adherence loss is counted). */
  adherence: number | null;
}

/** A gap in agent-hours and its parts; parts that cannot be known are null (the gap still adds up). */
export interface ServiceLevelGap {
  /** Required (actual demand) − delivered productive agent-hours, over the shortfall intervals. */
  gapHours: number;
  /** Demand above forecast: (required for actual − required for forecast). */
  forecastErrorHours: number | null;
  /** Shrinkage above plan: scheduled × (actual − planned shrinkage). */
  shrinkageAbovePlanHours: number | null;
  /** Adherence loss: productive scheduled time not spent as scheduled, × (1 − adherence). */
  adherenceLossHours: number | null;
  /** Schedule fit: required (for forecast, else for actual) − scheduled net of planned shrinkage. */
  scheduleFitHours: number;
  /** Intervals in shortfall (required above delivered) that were decomposed. */
  shortfallIntervals: number;
  intervals: number;
}

/**
 * Splits the service-level gap into agent-hours of forecast error, shrinkage above plan,
 * adherence loss and schedule fit. Per interval of `intervalSeconds`, with s = scheduled, p =
 * planned and a = actual shrinkage, h = adherence:
 *   delivered = s·(1 − a)·h
 *   gap = required_actual − delivered
 *       = (required_actual − required_forecast)      forecast error
 *       + (required_forecast − s·(1 − p))            schedule fit
 *       + s·(a − p)                                  shrinkage above plan
 *       + s·(1 − a)·(1 − h)                          adherence loss
 * which adds up exactly. Unknown parts: without a forecast, schedule fit is measured against
 * required_actual and forecast error is null; without actual shrinkage a = p; without adherence
 * h = 1. Only intervals in shortfall (gap > 0) are summed — surplus elsewhere does not rescue a
 * missed interval's callers. (Decomposition after the standard WFM variance analysis; see e.g.
 * ICMI, "Workforce management variance: forecast, schedule, adherence".)
 *
 * @throws RangeError when intervalSeconds is not > 0 or a fraction is outside [0, 1].
 */
export function decomposeServiceLevelGap(
  intervals: readonly StaffingInterval[],
  intervalSeconds = 900,
): ServiceLevelGap {
  if (!(intervalSeconds > 0)) throw new RangeError(`intervalSeconds must be > 0, got ${intervalSeconds}`);
  const hours = intervalSeconds / 3600;
  const anyForecast = intervals.some((i) => i.requiredForecast !== null);
  const anyShrinkage = intervals.some((i) => i.actualShrinkage !== null);
  const anyAdherence = intervals.some((i) => i.adherence !== null);
  const sums = { gap: 0, forecast: 0, fit: 0, shrinkage: 0, adherence: 0, shortfall: 0 };
  for (const [index, i] of intervals.entries()) {
    const p = fraction(`intervals.${index}.plannedShrinkage`, i.plannedShrinkage);
    const a =
      i.actualShrinkage === null ? p : fraction(`intervals.${index}.actualShrinkage`, i.actualShrinkage);
    const h = i.adherence === null ? 1 : fraction(`intervals.${index}.adherence`, i.adherence);
    const delivered = i.scheduled * (1 - a) * h;
    const gap = i.requiredActual - delivered;
    if (gap <= 1e-9) continue;
    const planBasis = i.requiredForecast ?? i.requiredActual;
    sums.shortfall += 1;
    sums.gap += gap * hours;
    sums.forecast += (i.requiredActual - planBasis) * hours;
    sums.fit += (planBasis - i.scheduled * (1 - p)) * hours;
    sums.shrinkage += i.scheduled * (a - p) * hours;
    sums.adherence += i.scheduled * (1 - a) * (1 - h) * hours;
  }
  return {
    gapHours: sums.gap,
    forecastErrorHours: anyForecast ? sums.forecast : null,
    shrinkageAbovePlanHours: anyShrinkage ? sums.shrinkage : null,
    adherenceLossHours: anyAdherence ? sums.adherence : null,
    scheduleFitHours: sums.fit,
    shortfallIntervals: sums.shortfall,
    intervals: intervals.length,
  };
}

/** Inputs of {@link requiredForTarget}. */
export interface DemandInterval {
  contacts: number;
  ahtSeconds: number | null;
  targetServiceLevel: number;
  thresholdSeconds: number;
  intervalSeconds?: number;
}

/**
 * Agents (fractional, interpolated on the binding constraint) needed to serve an interval's
 * contacts at the SL target, from libs/erlang's Erlang C solver; 0 without contacts or AHT.
 */
export function requiredForTarget(demand: DemandInterval): number {
  if (demand.contacts <= 0 || demand.ahtSeconds === null || !(demand.ahtSeconds > 0)) return 0;
  return requiredAgents({
    callsPerInterval: demand.contacts,
    intervalSeconds: demand.intervalSeconds ?? 900,
    ahtSeconds: demand.ahtSeconds,
    targetServiceLevel: demand.targetServiceLevel,
    thresholdSeconds: demand.thresholdSeconds,
  }).fractionalAgents;
}

function fraction(field: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${field} must be a fraction 0–1, got ${value}`);
  return value;
}
