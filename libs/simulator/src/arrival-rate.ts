import type { Channel } from '@servicefloor/contracts';
import type { CenterDefinition, DemandDefinition } from './center.js';
import { INTERVALS_PER_DAY } from './center.js';
import { Random } from './random.js';
import { seedHash } from './seed-hash.js';
import { dayNumberToDate, weekdayOf } from './zone-clock.js';
import type { ZoneClock } from './zone-clock.js';

const INTERVAL_SECONDS = 900;
/** Stream tag for the day-volume factor (see seedHash). */
const VOLUME_STREAM = 0x766f6c;

/** The multiplier of the special days on `dayNumber` for `channel` (product of all that apply; 1 if none). */
export function specialDayMultiplier(center: CenterDefinition, dayNumber: number, channel: Channel): number {
  const date = dayNumberToDate(dayNumber);
  let m = 1;
  for (const s of center.specialDays) {
    if (s.date === date && (s.channels === undefined || s.channels.includes(channel))) m *= s.multiplier;
  }
  return m;
}

/**
 * The day's random volume factor: lognormal with mean 1 and cv = center.dailyVolumeCv, drawn from
 * its own stream seeded by (seed, day), so every part of the simulator sees the same factor.
 */
export function dayVolumeFactor(center: CenterDefinition, seed: number, dayNumber: number): number {
  if (!(center.dailyVolumeCv > 0)) return 1;
  return new Random(seedHash(seed, dayNumber, VOLUME_STREAM)).lognormal(1, center.dailyVolumeCv);
}

/**
 * Expected arrivals in each local 15-minute interval of `dayNumber` (96 values): the reference
 * daily volume × the weekday's factor × special days × `factor`, spread by the intraday weights.
 * This is the forecast a planner would roster against (with factor 1).
 */
export function expectedArrivals(
  center: CenterDefinition,
  demand: DemandDefinition,
  channel: Channel,
  dayNumber: number,
  factor = 1,
): Float64Array {
  const out = new Float64Array(INTERVALS_PER_DAY);
  let total = 0;
  for (const w of demand.intraday) total += w;
  if (total <= 0) return out;
  const volume =
    demand.dailyVolume *
    demand.weekly[weekdayOf(dayNumber)] *
    specialDayMultiplier(center, dayNumber, channel) *
    factor;
  for (let i = 0; i < INTERVALS_PER_DAY; i++) out[i] = (volume * demand.intraday[i]) / total;
  return out;
}

/**
 * A non-homogeneous Poisson arrival process over one local day whose rate is constant within each
 * 15-minute interval, sampled by thinning (Lewis & Shedler 1979): candidates from a homogeneous
 * process at the day's peak rate λmax are kept with probability λ(t)/λmax.
 */
export class ArrivalProcess {
  /** Rate per second in each UTC 15-minute slot of the day (a DST day has 92 or 100). */
  private readonly rates: Float64Array;
  private readonly maxRate: number;

  /**
   * @param perInterval expected arrivals per local interval (96 values, e.g. from expectedArrivals)
   * @param dayStartSec, dayEndSec the day's bounds, epoch seconds
   * @param clock the zone's clock, to map each UTC slot to its local interval
   */
  constructor(
    perInterval: Float64Array,
    private readonly dayStartSec: number,
    private readonly dayEndSec: number,
    clock: ZoneClock,
  ) {
    const slots = Math.round((dayEndSec - dayStartSec) / INTERVAL_SECONDS);
    this.rates = new Float64Array(slots);
    let max = 0;
    for (let k = 0; k < slots; k++) {
      const local = Math.floor(clock.minuteOfDay((dayStartSec + k * INTERVAL_SECONDS) * 1000) / 15);
      const rate = perInterval[Math.min(INTERVALS_PER_DAY - 1, local)] / INTERVAL_SECONDS;
      this.rates[k] = rate;
      if (rate > max) max = rate;
    }
    this.maxRate = max;
  }

  /** The arrival rate (per second) at epoch second t. */
  rateAt(t: number): number {
    const k = Math.floor((t - this.dayStartSec) / INTERVAL_SECONDS);
    return k >= 0 && k < this.rates.length ? this.rates[k] : 0;
  }

  /** The next arrival after time `after` (epoch seconds, fractional), or Infinity after the day ends. */
  next(rng: Random, after: number): number {
    if (this.maxRate <= 0) return Infinity;
    const meanGap = 1 / this.maxRate;
    let t = after;
    for (;;) {
      t += rng.exponential(meanGap);
      if (t >= this.dayEndSec) return Infinity;
      if (rng.uniform() * this.maxRate < this.rateAt(t)) return t;
    }
  }
}
