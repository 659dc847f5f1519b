import { describe, expect, it } from 'vitest';
import { poisson, seededRandom, syntheticVolume } from './testing.js';

describe('test fixtures', () => {
  it.each([3, 75, 400])('poisson(%s) has mean and variance close to %s', (mean) => {
    const random = seededRandom(mean);
    const draws = Array.from({ length: 20_000 }, () => poisson(mean, random));
    const m = draws.reduce((s, v) => s + v, 0) / draws.length;
    const v = draws.reduce((s, x) => s + (x - m) ** 2, 0) / (draws.length - 1);
    expect(Math.abs(m - mean) / mean).toBeLessThan(0.02);
    expect(Math.abs(v - mean) / mean).toBeLessThan(0.05);
  });

  it('syntheticVolume repeats for a seed and peaks at the stated size on Mondays', () => {
    const a = syntheticVolume({ length: 672, seed: 5 });
    expect(syntheticVolume({ length: 672, seed: 5 }).values).toEqual(a.values);
    expect(Math.max(...a.expected)).toBeCloseTo(60 * 1.2, 0);
  });
});
