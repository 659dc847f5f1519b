/*
 * Fixtures for tests and benchmarks (not part of the built library): a seeded random number
 * generator, a Poisson sampler and a synthetic contact-center volume series.
 * Import as `@servicefloor/forecast/testing`.
 */
import { INTERVAL_MS, INTERVALS_PER_DAY, INTERVALS_PER_WEEK, type Series } from './intervals.js';

/**
 * Mulberry32, a small seeded generator of uniform numbers in [0, 1) (Tommy Ettinger's public
 * domain generator); deterministic so that tests and benchmarks repeat exactly.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A Poisson(mean) draw: Knuth's multiplication method (TAOCP vol. 2, §3.4.1) on pieces of at
 * most 30, summed (a sum of independent Poisson variables is Poisson with the summed mean), so
 * it is exact for any mean without underflow of e^(−mean).
 */
export function poisson(mean: number, random: () => number): number {
  let remaining = mean;
  let total = 0;
  while (remaining > 0) {
    const piece = Math.min(30, remaining);
    remaining -= piece;
    const limit = Math.exp(-piece);
    let product = random();
    while (product > limit) {
      total++;
      product *= random();
    }
  }
  return total;
}

/** A standard normal draw (Box–Muller). */
export function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Share of a day's contacts by local hour: closed-ish at night, a morning peak around 10:00,
 * a smaller afternoon peak around 14:30, tapering in the evening (a typical inbound profile).
 */
export function dailyProfile(hour: number): number {
  const bump = (centre: number, width: number, height: number) =>
    height * Math.exp(-0.5 * ((hour - centre) / width) ** 2);
  return 0.02 + bump(10, 1.6, 1) + bump(14.5, 2, 0.8) + bump(19.5, 1.5, 0.35);
}

/** Relative volume by local weekday, Monday first (Monday busiest, weekend quiet). */
export const WEEKDAY_FACTORS = [1.2, 1.05, 1, 1, 0.95, 0.55, 0.45] as const;

/** Options of {@link syntheticVolume}. */
export interface SyntheticVolumeOptions {
  /** Epoch ms of the first interval (default 2026-01-05T00:00 local, a Monday). */
  start?: number;
  /** Site UTC offset in minutes (default 480). */
  offsetMinutes?: number;
  /** Number of intervals. */
  length: number;
  /** Mean contacts in the busiest interval of a Monday at the start (default 60). */
  peak?: number;
  /** Growth of the level per week as a fraction (default 0: 0.01 = +1 % a week, linear). */
  trendPerWeek?: number;
  /** 'poisson' draws counts; 'none' returns the expected values (default 'poisson'). */
  noise?: 'poisson' | 'none';
  seed?: number;
}

/** Default start of {@link syntheticVolume}: Monday 2026-01-05 00:00 at UTC+8. */
export const SYNTHETIC_START = Date.UTC(2026, 0, 5) - 480 * 60_000;

/**
 * A synthetic 15-minute contact volume series with a daily profile ({@link dailyProfile}),
 * weekday factors ({@link WEEKDAY_FACTORS}), a linear trend and Poisson noise; the mean of
 * interval t is peak · profile(hour) · weekday · (1 + trend · weeks since start) / max profile.
 */
export function syntheticVolume(options: SyntheticVolumeOptions): Series & { expected: number[] } {
  const start = options.start ?? SYNTHETIC_START;
  const offsetMinutes = options.offsetMinutes ?? 480;
  const peak = options.peak ?? 60;
  const trend = options.trendPerWeek ?? 0;
  const random = seededRandom(options.seed ?? 1);
  let maxProfile = 0;
  for (let i = 0; i < INTERVALS_PER_DAY; i++) maxProfile = Math.max(maxProfile, dailyProfile((i + 0.5) / 4));
  const values: number[] = [];
  const expected: number[] = [];
  for (let i = 0; i < options.length; i++) {
    const localIndex = Math.floor((start + offsetMinutes * 60_000) / INTERVAL_MS) + i;
    const iod = ((localIndex % INTERVALS_PER_DAY) + INTERVALS_PER_DAY) % INTERVALS_PER_DAY;
    const dayNumber = Math.floor(localIndex / INTERVALS_PER_DAY);
    const weekday = (((dayNumber + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; Monday = 0
    const mean =
      (peak *
        dailyProfile((iod + 0.5) / 4) *
        WEEKDAY_FACTORS[weekday] *
        (1 + (trend * i) / INTERVALS_PER_WEEK)) /
      maxProfile;
    expected.push(mean);
    values.push(options.noise === 'none' ? mean : poisson(mean, random));
  }
  return { start, values, expected };
}
