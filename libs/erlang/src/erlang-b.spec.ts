import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangB } from './erlang-b.js';
import { agreeingDigits, bruteForceErlangB } from './testing.js';

describe('erlangB', () => {
  it('matches the published Erlang B figure: 15 lines carry 8.108 erlangs at 1 % blocking', () => {
    // Source: Westbay Erlang calculator manual, "How much traffic can a trunk group handle?"
    // (erlang.com/calculatormanual/howmuchtrafficcanatrunkgrouphandle.htm): 15 lines, 0.01 → 8.108 E.
    expect(erlangB(15, 8.108)).toBeCloseTo(0.01, 5);
  });

  it('gives the closed forms for tiny systems', () => {
    expect(erlangB(0, 3)).toBe(1);
    expect(erlangB(1, 3)).toBeCloseTo(3 / 4, 15); // A/(1 + A)
    expect(erlangB(2, 3)).toBeCloseTo(4.5 / (1 + 3 + 4.5), 15); // (A²/2)/(1 + A + A²/2)
    expect(erlangB(5, 0)).toBe(0);
    expect(erlangB(0, 0)).toBe(1);
  });

  it.each([
    [10, 5],
    [50, 40],
    [120, 100],
    [1_000, 1_000],
    [1_050, 1_000],
    [5_000, 5_000],
    [6_000, 5_000],
    [4_000, 5_000],
    [2_000, 5_000],
  ])('agrees with the log-space Poisson sum to >= 10 digits for N = %i, A = %i', (n, a) => {
    // Independent computation: (A^N/N!) / Σ_{k≤N} A^k/k! evaluated in log space (testing.ts).
    expect(agreeingDigits(erlangB(n, a), bruteForceErlangB(n, a))).toBeGreaterThan(10);
  });

  it('is stable where B underflows: 6,000 agents on 100 erlangs is 0 to double precision', () => {
    expect(erlangB(6_000, 100)).toBe(0);
  });

  it('falls as agents are added and rises with traffic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        (n, a) => {
          expect(erlangB(n + 1, a)).toBeLessThanOrEqual(erlangB(n, a));
          expect(erlangB(n, a * 1.01)).toBeGreaterThanOrEqual(erlangB(n, a));
        },
      ),
    );
  });

  it('rejects bad inputs naming the field', () => {
    expect(() => erlangB(-1, 1)).toThrow('erlangB: agents must be a whole number >= 0 (got -1)');
    expect(() => erlangB(2.5, 1)).toThrow('erlangB: agents must be a whole number >= 0');
    expect(() => erlangB(2, -1)).toThrow('erlangB: traffic must be >= 0 (got -1)');
    expect(() => erlangB(2, Number.NaN)).toThrow('erlangB: traffic must be a finite number (got NaN)');
    expect(() => erlangB(2, Infinity)).toThrow('erlangB: traffic must be a finite number');
  });
});
