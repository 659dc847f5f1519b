import { describe, expect, it } from 'vitest';
import { Random } from './random.js';

const N = 200_000;

function moments(draw: () => number): { mean: number; sd: number } {
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < N; i++) {
    const x = draw();
    sum += x;
    sq += x * x;
  }
  const mean = sum / N;
  return { mean, sd: Math.sqrt(sq / N - mean * mean) };
}

describe('Random', () => {
  it('repeats its sequence for a seed, and differs between seeds', () => {
    const a = new Random(5);
    const b = new Random(5);
    const c = new Random(6);
    const xs = Array.from({ length: 20 }, () => a.uniform());
    expect(Array.from({ length: 20 }, () => b.uniform())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.uniform())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws exponentials with the given mean (and sd = mean)', () => {
    // Standard error of the mean: 100/√200000 ≈ 0.22; tolerance 1.0 (≈ 4.5 σ).
    const { mean, sd } = moments(
      (
        (r) => () =>
          r.exponential(100)
      )(new Random(1)),
    );
    expect(Math.abs(mean - 100)).toBeLessThan(1);
    expect(Math.abs(sd - 100)).toBeLessThan(2);
  });

  it('draws lognormals with the given mean and coefficient of variation', () => {
    const { mean, sd } = moments(
      (
        (r) => () =>
          r.lognormal(240, 0.8)
      )(new Random(2)),
    );
    expect(Math.abs(mean / 240 - 1)).toBeLessThan(0.01);
    expect(Math.abs(sd / mean - 0.8)).toBeLessThan(0.03);
  });

  it('draws standard normals and Poisson counts', () => {
    const normal = moments(
      (
        (r) => () =>
          r.normal()
      )(new Random(3)),
    );
    expect(Math.abs(normal.mean)).toBeLessThan(0.01);
    expect(Math.abs(normal.sd - 1)).toBeLessThan(0.01);
    const poisson = moments(
      (
        (r) => () =>
          r.poisson(2.5)
      )(new Random(4)),
    );
    expect(Math.abs(poisson.mean - 2.5)).toBeLessThan(0.02);
    expect(Math.abs(poisson.sd ** 2 - 2.5)).toBeLessThan(0.05);
  });

  it('picks weighted indexes, integers in range, and shuffles', () => {
    const r = new Random(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[r.weighted([1, 0, 2])]++;
    expect(counts[1]).toBe(0);
    expect(Math.abs(counts[2] / 30_000 - 2 / 3)).toBeLessThan(0.015);
    for (let i = 0; i < 1000; i++) {
      const k = r.int(3, 7);
      expect(Number.isInteger(k) && k >= 3 && k <= 7).toBe(true);
    }
    expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(r.draw({ mean: 10, cv: 0 })).toBeCloseTo(10, 10);
  });
});
