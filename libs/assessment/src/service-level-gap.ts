/**
 * What the published schedule planned for one interval and how the scheduled agents kept to it.
 * Every figure is in agents: agent-seconds in the interval / the interval's seconds.
 */
export interface PlanDelivery {
  /** On shift: scheduled time of every activity, breaks and meals included (the paid time). */
  paid: number;
  /** Scheduled to work on the queues (paid less the scheduled breaks, meals and activities). */
  scheduled: number;
  /** Of the scheduled work, time logged in (conformance, with the adherence tolerances). */
  loggedIn: number;
  /** Of the scheduled work, time in a working state (adherence to the work activity). */
  adherent: number;
}

/** What is known of one interval's staffing, pooled over the queues assessed. */
export interface StaffingInterval {
  /** Agents needed for the volume and AHT that actually came, at the queues' SL targets (Erlang C). */
  requiredActual: number;
  /** Agents needed for the forecast volume and AHT; null without a forecast for the interval. */
  requiredForecast: number | null;
  /** The published schedule's plan and its keeping; null without a published schedule. */
  plan: PlanDelivery | null;
  /** Agents delivered: time in a working state (available, on contact, after-contact work), everyone. */
  delivered: number;
}

/** One interval's gap and its parts, in agents; parts that cannot be known are null. */
export interface IntervalGap {
  /** requiredActual − delivered (negative: more staff than needed). */
  gap: number;
  /** requiredActual − requiredForecast; null without a forecast. */
  forecastError: number | null;
  /** (requiredForecast, else requiredActual) − scheduled; null without a published schedule. */
  scheduleFit: number | null;
  /** Paid × (actual − planned shrinkage); null without a published schedule. */
  shrinkageAbovePlan: number | null;
  /** Scheduled work logged in but not in a working state; null without a published schedule. */
  adherenceLoss: number | null;
  /** Without a published schedule: (requiredForecast, else requiredActual) − delivered, not split. */
  withoutSchedule: number | null;
  /** Share of paid time the schedule kept off the queues; null without a published schedule. */
  plannedShrinkage: number | null;
  /** Share of paid time not available for contacts, as it happened; null without a schedule. */
  actualShrinkage: number | null;
}

/**
 * One interval's service-level gap split into its causes (agents). With r = requiredActual, f =
 * requiredForecast (r without a forecast), and the plan P = paid, W = scheduled work, C = scheduled
 * work logged in, A = scheduled work in a working state, D = delivered:
 *
 *   gap = r − D
 *       = (r − f)                  forecast error: demand the forecast did not expect
 *       + (f − W)                  schedule fit: the schedule short of the forecast requirement
 *       + (W − C) − (D − A)        shrinkage above plan: scheduled work missed by not being logged
 *                                  in (absence, late, early), less work beyond the plan (overtime,
 *                                  agents not on the schedule, scheduled breaks worked through)
 *       + (C − A)                  adherence loss: logged in, but not working when scheduled to
 *
 * which adds up exactly. Shrinkage above plan is P × (actual − planned shrinkage) with planned =
 * (P − W) / P and actual = (P − C − (D − A)) / P: the paid time neither logged in for scheduled
 * work nor worked beyond it. Without a published schedule only the forecast error is split off;
 * the rest is `withoutSchedule`, not guessed.
 *
 * @throws RangeError naming the field when a figure is negative or not finite, or a plan's parts
 * do not nest (adherent ≤ logged in ≤ scheduled ≤ paid).
 */
export function decomposeInterval(interval: StaffingInterval, field = 'interval'): IntervalGap {
  const r = agents(`${field}.requiredActual`, interval.requiredActual);
  const f =
    interval.requiredForecast === null ? r : agents(`${field}.requiredForecast`, interval.requiredForecast);
  const d = agents(`${field}.delivered`, interval.delivered);
  const forecastError = interval.requiredForecast === null ? null : r - f;
  const plan = interval.plan === null ? null : checkedPlan(`${field}.plan`, interval.plan);
  if (plan === null) {
    return {
      gap: r - d,
      forecastError,
      scheduleFit: null,
      shrinkageAbovePlan: null,
      adherenceLoss: null,
      withoutSchedule: f - d,
      plannedShrinkage: null,
      actualShrinkage: null,
    };
  }
  const { paid, scheduled, loggedIn, adherent } = plan;
  const shrinkageAbovePlan = scheduled - loggedIn - (d - adherent);
  return {
    gap: r - d,
    forecastError,
    scheduleFit: f - scheduled,
    shrinkageAbovePlan,
    adherenceLoss: loggedIn - adherent,
    withoutSchedule: null,
    plannedShrinkage: paid > 0 ? (paid - scheduled) / paid : null,
    actualShrinkage: paid > 0 ? (paid - scheduled + shrinkageAbovePlan) / paid : null,
  };
}

/** A gap in agent-hours and its parts over many intervals; parts never known are null. */
export interface ServiceLevelGap {
  /** Required (actual demand) − delivered agent-hours, over the shortfall intervals. */
  gapHours: number;
  forecastErrorHours: number | null;
  scheduleFitHours: number | null;
  shrinkageAbovePlanHours: number | null;
  adherenceLossHours: number | null;
  /** Gap of shortfall intervals without a published schedule, beyond forecast error: not split. */
  withoutScheduleHours: number;
  /** Planned and actual shrinkage over the scheduled shortfall intervals (paid-time weighted). */
  plannedShrinkage: number | null;
  actualShrinkage: number | null;
  /** Intervals in shortfall (required above delivered) that were decomposed. */
  shortfallIntervals: number;
  /** Of those, the ones without a published schedule. */
  unscheduledShortfallIntervals: number;
  intervals: number;
}

/**
 * Sums {@link decomposeInterval} over the intervals in shortfall (gap > 0) — surplus elsewhere does
 * not rescue a missed interval's callers — in agent-hours of `intervalSeconds` intervals. The
 * parts (unknown ones as 0) and `withoutScheduleHours` add up to `gapHours`. (Variance analysis
 * after the standard WFM split: forecast, schedule, shrinkage, adherence.)
 *
 * @throws RangeError when intervalSeconds is not > 0, or as decomposeInterval naming
 * `intervals.<index>.<field>`.
 */
export function decomposeServiceLevelGap(
  intervals: readonly StaffingInterval[],
  intervalSeconds = 900,
): ServiceLevelGap {
  if (!(intervalSeconds > 0)) throw new RangeError(`intervalSeconds must be > 0, got ${intervalSeconds}`);
  const hours = intervalSeconds / 3600;
  const sums = { gap: 0, forecast: 0, fit: 0, shrinkage: 0, adherence: 0, without: 0 };
  const seen = { forecast: false, plan: false };
  const paid = { total: 0, planned: 0, actual: 0 };
  let shortfall = 0;
  let unscheduled = 0;
  for (const [index, interval] of intervals.entries()) {
    const g = decomposeInterval(interval, `intervals.${index}`);
    seen.forecast ||= g.forecastError !== null;
    seen.plan ||= interval.plan !== null;
    if (g.gap <= 1e-9) continue;
    shortfall++;
    sums.gap += g.gap * hours;
    sums.forecast += (g.forecastError ?? 0) * hours;
    sums.fit += (g.scheduleFit ?? 0) * hours;
    sums.shrinkage += (g.shrinkageAbovePlan ?? 0) * hours;
    sums.adherence += (g.adherenceLoss ?? 0) * hours;
    sums.without += (g.withoutSchedule ?? 0) * hours;
    if (interval.plan === null) unscheduled++;
    else if (g.plannedShrinkage !== null && g.actualShrinkage !== null) {
      paid.total += interval.plan.paid;
      paid.planned += interval.plan.paid * g.plannedShrinkage;
      paid.actual += interval.plan.paid * g.actualShrinkage;
    }
  }
  return {
    gapHours: sums.gap,
    forecastErrorHours: seen.forecast ? sums.forecast : null,
    scheduleFitHours: seen.plan ? sums.fit : null,
    shrinkageAbovePlanHours: seen.plan ? sums.shrinkage : null,
    adherenceLossHours: seen.plan ? sums.adherence : null,
    withoutScheduleHours: sums.without,
    plannedShrinkage: paid.total > 0 ? paid.planned / paid.total : null,
    actualShrinkage: paid.total > 0 ? paid.actual / paid.total : null,
    shortfallIntervals: shortfall,
    unscheduledShortfallIntervals: unscheduled,
    intervals: intervals.length,
  };
}

/** Floating-point slack when checking that a plan's parts nest. */
const NEST_SLACK = 1e-6;

function checkedPlan(field: string, plan: PlanDelivery): PlanDelivery {
  const paid = agents(`${field}.paid`, plan.paid);
  const scheduled = agents(`${field}.scheduled`, plan.scheduled);
  const loggedIn = agents(`${field}.loggedIn`, plan.loggedIn);
  const adherent = agents(`${field}.adherent`, plan.adherent);
  if (scheduled > paid + NEST_SLACK)
    throw new RangeError(`${field}.scheduled must be ≤ paid (${paid}), got ${scheduled}`);
  if (loggedIn > scheduled + NEST_SLACK)
    throw new RangeError(`${field}.loggedIn must be ≤ scheduled (${scheduled}), got ${loggedIn}`);
  if (adherent > loggedIn + NEST_SLACK)
    throw new RangeError(`${field}.adherent must be ≤ loggedIn (${loggedIn}), got ${adherent}`);
  return { paid, scheduled, loggedIn, adherent };
}

function agents(field: string, value: number): number {
  if (!(Number.isFinite(value) && value >= 0))
    throw new RangeError(`${field} must be a finite number of agents ≥ 0, got ${value}`);
  return value;
}
