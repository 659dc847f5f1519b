import { INTERVAL_MS, type Series } from './intervals.js';
import { assertOffsetMinutes, localDayStart } from './local-calendar.js';
import { assertNumber, assertSeries } from './validate.js';

/**
 * A known special day or run of days at the site (holiday, promotion, outage): the forecast of
 * every interval from local midnight of `from` to the end of `to` (inclusive) is multiplied by
 * `multiplier`; with cleansing, those intervals in the history are left out of fitting.
 * A multiplier of 1 marks a day to cleanse without changing its forecast.
 */
export interface SpecialDay {
  /** First local day, `YYYY-MM-DD`. */
  from: string;
  /** Last local day, `YYYY-MM-DD` (default: `from`). */
  to?: string;
  /** Factor applied to the forecast volume, finite and ≥ 0 (0.3 = a holiday at 30 %, 1.5 = a promotion). */
  multiplier: number;
  /** Free text shown to planners, e.g. "Spring Festival". */
  label?: string;
}

/** Where special days fall on a run of intervals. */
export interface SpecialDayCoverage {
  /** Product of the multipliers of the special days covering each interval (1 where none). */
  multipliers: number[];
  /** True where at least one special day covers the interval. */
  covered: boolean[];
}

/**
 * Places special days on `length` intervals from `start` at a site with UTC offset
 * `offsetMinutes`: a day covers the intervals from its local midnight (see
 * {@link localDayStart}) to the next local midnight after `to`. Where special days overlap their
 * multipliers multiply.
 *
 * @throws Error naming the field (`specialDays[i].from`, …) when a date is not a real
 *   `YYYY-MM-DD` date, `to` is before `from`, or a multiplier is not finite and ≥ 0.
 */
export function specialDayCoverage(
  start: number,
  length: number,
  specialDays: readonly SpecialDay[],
  offsetMinutes: number,
): SpecialDayCoverage {
  assertOffsetMinutes(offsetMinutes);
  assertSpecialDays(specialDays, offsetMinutes);
  const multipliers = new Array<number>(length).fill(1);
  const covered = new Array<boolean>(length).fill(false);
  for (const day of specialDays) {
    const first = localDayStart(day.from, offsetMinutes);
    const end = localDayStart(day.to ?? day.from, offsetMinutes) + 86_400_000;
    const from = Math.max(0, Math.ceil((first - start) / INTERVAL_MS));
    const to = Math.min(length, Math.ceil((end - start) / INTERVAL_MS));
    for (let i = from; i < to; i++) {
      multipliers[i] *= day.multiplier;
      covered[i] = true;
    }
  }
  return { multipliers, covered };
}

/**
 * Multiplies a forecast by the special days that cover its intervals (see
 * {@link specialDayCoverage}); intervals not covered keep their value.
 *
 * @throws Error naming the field when the forecast is not a valid Series or a special day is invalid.
 * @example applySpecialDays(forecast, [{ from: '2026-10-01', to: '2026-10-07', multiplier: 0.4, label: 'National Day' }], 480)
 */
export function applySpecialDays(
  forecast: Series,
  specialDays: readonly SpecialDay[],
  offsetMinutes: number,
): number[] {
  assertSeries(forecast, 'forecast', 0);
  const { multipliers } = specialDayCoverage(
    forecast.start,
    forecast.values.length,
    specialDays,
    offsetMinutes,
  );
  return forecast.values.map((v, i) => v * multipliers[i]);
}

/** Throws unless every special day is valid. */
export function assertSpecialDays(specialDays: unknown, offsetMinutes: number, field = 'specialDays'): void {
  if (!Array.isArray(specialDays)) throw new Error(`${field} must be an array of { from, to?, multiplier }`);
  specialDays.forEach((day: unknown, i) => {
    if (typeof day !== 'object' || day === null)
      throw new Error(`${field}[${i}] must be an object { from, to?, multiplier }`);
    const { from, to, multiplier } = day as Partial<SpecialDay>;
    const first = localDayStart(from as string, offsetMinutes, `${field}[${i}].from`);
    if (to !== undefined && localDayStart(to, offsetMinutes, `${field}[${i}].to`) < first) {
      throw new Error(
        `${field}[${i}].to must not be before from (${String(from)}); got ${JSON.stringify(to)}`,
      );
    }
    assertNumber(multiplier, `${field}[${i}].multiplier`, 0, Infinity);
  });
}
