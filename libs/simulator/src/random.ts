import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { skipN } from 'pure-rand/utils/skipN';

/** A handle-time, patience or delay distribution: the mean, and the shape around it. */
export interface Distribution {
  /** Mean in the unit of the quantity (seconds, hours, yuan…); must be > 0. */
  mean: number;
  /**
   * Coefficient of variation (standard deviation / mean) of a lognormal distribution. Omitted:
   * exponential (the memoryless case Erlang formulas assume).
   */
  cv?: number;
}

/**
 * A seeded stream of random numbers: xoroshiro128+ from pure-rand (Blackman & Vigna), with the
 * distributions the simulator draws from. The same seed gives the same sequence on every machine.
 */
export class Random {
  private readonly rng: RandomGenerator;

  /** @param seed an integer; the first outputs are skipped because xoroshiro128+ seeded from one
   *  32-bit word starts close to its seed. */
  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed | 0);
    skipN(this.rng, 16);
  }

  /** Uniform in [0, 1), 53 random bits. */
  uniform(): number {
    return uniformFloat64(this.rng);
  }

  /** Uniform integer in [from, to], both included (unbiased). */
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.uniform() < p;
  }

  /** Exponential with the given mean (inverse transform: −mean·ln(1 − U)). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.uniform());
  }

  /** Standard normal (Box–Muller transform; Box & Muller 1958). */
  normal(): number {
    const u = 1 - this.uniform();
    const v = this.uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * Lognormal with the given mean and coefficient of variation: ln X ~ N(μ, σ²) with
   * σ² = ln(1 + cv²) and μ = ln(mean) − σ²/2, so that E[X] = mean and sd[X] = cv·mean.
   */
  lognormal(mean: number, cv: number): number {
    const s2 = Math.log(1 + cv * cv);
    return Math.exp(Math.log(mean) - s2 / 2 + Math.sqrt(s2) * this.normal());
  }

  /** A draw from a Distribution: lognormal when it has a cv, else exponential. */
  draw(d: Distribution): number {
    return d.cv === undefined ? this.exponential(d.mean) : this.lognormal(d.mean, d.cv);
  }

  /** Poisson count with mean λ (Knuth's multiplication method; for the small means used here). */
  poisson(lambda: number): number {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.uniform();
    while (p > limit) {
      k++;
      p *= this.uniform();
    }
    return k;
  }

  /** Index drawn with probability proportional to weights[i] (weights ≥ 0, not all 0). */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let u = this.uniform() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  /** Fisher–Yates shuffle of the array, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }
}
