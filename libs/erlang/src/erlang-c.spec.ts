import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangB } from './erlang-b.js';
import { erlangC, erlangCAsa, erlangCServiceLevel } from './erlang-c.js';
import { agreeingDigits, bruteForceErlangA, bruteForceErlangC } from './testing.js';

describe('erlangC', () => {
  it('reproduces the classic example: 100 calls per 30 min at AHT 180 s (A = 10 erlangs)', () => {
    // Source: pyworkforce, pyworkforce/queuing/tests/test_erlang.py (ErlangC(transactions=100,
    // aht=3, interval=30, asa=0.33)): 14 positions → waiting probability 0.174, service level
    // 0.888, occupancy 0.714; 15 positions → 0.102, 0.941, 0.667. Its asa of 0.33 min is 19.8 s.
    expect(erlangC(14, 10)).toBeCloseTo(0.174, 3);
    expect(
      erlangCServiceLevel({ agents: 14, traffic: 10, ahtSeconds: 180, thresholdSeconds: 19.8 }),
    ).toBeCloseTo(0.888, 3);
    expect(erlangC(15, 10)).toBeCloseTo(0.102, 3);
    expect(
      erlangCServiceLevel({ agents: 15, traffic: 10, ahtSeconds: 180, thresholdSeconds: 19.8 }),
    ).toBeCloseTo(0.941, 3);
    // ASA = C·AHT/(N − A) = 0.17413·180/4.
    expect(erlangCAsa({ agents: 14, traffic: 10, ahtSeconds: 180 })).toBeCloseTo(7.836, 3);
  });

  it.each([
    [11, 10],
    [25, 20],
    [60, 48],
    [1_001, 1_000],
    [1_050, 1_000],
    [5_001, 5_000],
    [5_100, 5_000],
    [5_300, 5_000],
    [6_000, 5_000],
  ])('agrees with the log-space Poisson sum to >= 10 digits for N = %i, A = %i', (n, a) => {
    // Independent computation: the Erlang C definition evaluated in log space (testing.ts).
    expect(agreeingDigits(erlangC(n, a), bruteForceErlangC(n, a))).toBeGreaterThan(10);
  });

  it.each([
    [14, 10, 180, 20],
    [60, 48, 240, 15],
    [1_050, 1_000, 300, 20],
    [5_100, 5_000, 180, 20],
  ])(
    'service level and ASA agree with the uniformized M/M/N chain to >= 6 digits (N = %i, A = %i)',
    (agents, traffic, ahtSeconds, thresholdSeconds) => {
      // Independent computation: the M/M/N chain truncated at e^-60 and a tagged customer's wait
      // by uniformization and first-step analysis (testing.ts, infinite patience).
      const reference = bruteForceErlangA({
        agents,
        traffic,
        ahtSeconds,
        patienceSeconds: Infinity,
        thresholdSeconds,
      });
      const sl = erlangCServiceLevel({ agents, traffic, ahtSeconds, thresholdSeconds });
      expect(agreeingDigits(sl, reference.serviceLevel)).toBeGreaterThan(6);
      expect(agreeingDigits(erlangCAsa({ agents, traffic, ahtSeconds }), reference.asa)).toBeGreaterThan(6);
      expect(agreeingDigits(erlangC(agents, traffic), reference.probWait)).toBeGreaterThan(6);
    },
  );

  it('treats N <= A as unstable: everyone waits, no one within T, ASA infinite', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangC(3, 10)).toBe(1);
    expect(erlangC(0, 0)).toBe(1);
    expect(erlangCServiceLevel({ agents: 10, traffic: 10.5, ahtSeconds: 180, thresholdSeconds: 20 })).toBe(0);
    expect(erlangCAsa({ agents: 10, traffic: 10, ahtSeconds: 180 })).toBe(Infinity);
  });

  it('gives perfect service with no traffic', () => {
    expect(erlangC(3, 0)).toBe(0);
    expect(erlangCServiceLevel({ agents: 3, traffic: 0, ahtSeconds: 180, thresholdSeconds: 0 })).toBe(1);
    expect(erlangCAsa({ agents: 3, traffic: 0, ahtSeconds: 180 })).toBe(0);
  });

  it('with threshold 0, service level is the share answered at once, 1 − C', () => {
    expect(
      erlangCServiceLevel({ agents: 14, traffic: 10, ahtSeconds: 180, thresholdSeconds: 0 }),
    ).toBeCloseTo(1 - erlangC(14, 10), 15);
  });

  const stable = fc
    .record({
      traffic: fc.double({ min: 0.05, max: 400, noNaN: true }),
      extra: fc.integer({ min: 0, max: 60 }),
      ahtSeconds: fc.double({ min: 10, max: 1_200, noNaN: true }),
      thresholdSeconds: fc.double({ min: 0, max: 300, noNaN: true }),
    })
    .map(({ traffic, extra, ...rest }) => ({ ...rest, traffic, agents: Math.floor(traffic) + 1 + extra }));

  it('service level rises and ASA and P(wait) fall as agents are added', () => {
    fc.assert(
      fc.property(stable, (input) => {
        const more = { ...input, agents: input.agents + 1 };
        expect(erlangCServiceLevel(more)).toBeGreaterThanOrEqual(erlangCServiceLevel(input));
        expect(erlangCAsa(more)).toBeLessThanOrEqual(erlangCAsa(input));
        expect(erlangC(more.agents, more.traffic)).toBeLessThanOrEqual(erlangC(input.agents, input.traffic));
      }),
    );
  });

  it('stays within [0, 1] and above Erlang B', () => {
    fc.assert(
      fc.property(stable, ({ agents, traffic }) => {
        const c = erlangC(agents, traffic);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
        expect(c).toBeGreaterThanOrEqual(erlangB(agents, traffic));
      }),
    );
  });

  it('rejects bad inputs naming the field', () => {
    expect(() => erlangC(-2, 1)).toThrow('erlangC: agents must be a whole number >= 0 (got -2)');
    expect(() => erlangC(2, Number.NaN)).toThrow('erlangC: traffic must be a finite number (got NaN)');
    const ok = { agents: 14, traffic: 10, ahtSeconds: 180, thresholdSeconds: 20 };
    expect(() => erlangCServiceLevel({ ...ok, ahtSeconds: 0 })).toThrow(
      'erlangCServiceLevel: ahtSeconds must be > 0 (got 0)',
    );
    expect(() => erlangCServiceLevel({ ...ok, thresholdSeconds: -1 })).toThrow(
      'erlangCServiceLevel: thresholdSeconds must be >= 0 (got -1)',
    );
    expect(() => erlangCServiceLevel({ ...ok, agents: 1.5 })).toThrow(
      'erlangCServiceLevel: agents must be a whole',
    );
    expect(() => erlangCAsa({ agents: 14, traffic: -1, ahtSeconds: 180 })).toThrow(
      'erlangCAsa: traffic must be >= 0 (got -1)',
    );
    expect(() => erlangCAsa({ agents: 14, traffic: 10, ahtSeconds: Number.NaN })).toThrow(
      'erlangCAsa: ahtSeconds must be a finite number (got NaN)',
    );
  });
});
