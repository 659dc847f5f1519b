import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangA, type ErlangAInput } from './erlang-a.js';
import { erlangC, erlangCAsa, erlangCServiceLevel } from './erlang-c.js';
import { agreeingDigits, bruteForceErlangA } from './testing.js';

const classic: ErlangAInput = {
  agents: 14,
  traffic: 10,
  ahtSeconds: 180,
  patienceSeconds: 300,
  thresholdSeconds: 20,
};

describe('erlangA', () => {
  it('matches the reference implementation pyworkforce for 100 calls / 30 min, AHT 3 min, patience 5 min', () => {
    // Source: pyworkforce, pyworkforce/queuing/tests/test_abandonment.py,
    // test_erlanga_regression_metrics (ErlangA(transactions=100, aht=3, interval=30, patience=5),
    // 14 positions, asa = 20/60 min): waiting probability 0.14526, abandonment probability
    // 0.013984, occupancy 0.704297, service level 0.916792, and average wait of all
    // transactions 0.069919 min (= θ·P(abandon), our ASA counts answered contacts only).
    const r = erlangA(classic);
    expect(r.probWait).toBeCloseTo(0.14526, 5);
    expect(r.probAbandon).toBeCloseTo(0.013984, 6);
    expect(r.occupancy).toBeCloseTo(0.704297, 6);
    expect(r.serviceLevel).toBeCloseTo(0.916792, 6);
    expect((classic.patienceSeconds * r.probAbandon) / 60).toBeCloseTo(0.069919, 6);
  });

  it.each([
    // [N, A, AHT, θ, P(W > 0), P(Ab)]
    [14, 10, 180, 300, 0.145260114296361, 0.0139837441224089],
    [1_000, 1_000, 240, 180, 0.468615703755269, 0.0135201235899673],
    [5_100, 5_000, 180, 120, 0.0743753604096654, 0.000635502454713123],
    [4_800, 5_000, 300, 600, 0.999973390341629, 0.040000111627688],
    [50, 60, 300, 90, 0.735356800683374, 0.183361961776757],
  ])(
    'agrees with the closed forms of Garnett, Mandelbaum & Reiman (2002) to >= 10 digits: N = %i, A = %i',
    (agents, traffic, ahtSeconds, patienceSeconds, probWait, probAbandon) => {
      // Expected values: GMR 2002 eqs. for P(W > 0) = A(x,y)·E/(1 + (A(x,y) − 1)·E) and
      // P(Ab | W > 0) = 1/(ρ·A(x,y)) + 1 − 1/ρ with A(x,y) = x·e^y·y^(−x)·γ(x, y), x = Nθ/AHT,
      // y = Aθ/AHT, E = Erlang B, evaluated with mpmath at 60 digits (gammainc for γ(x, y)).
      const r = erlangA({ agents, traffic, ahtSeconds, patienceSeconds, thresholdSeconds: 20 });
      expect(agreeingDigits(r.probWait, probWait)).toBeGreaterThan(10);
      expect(agreeingDigits(r.probAbandon, probAbandon)).toBeGreaterThan(10);
    },
  );

  it.each([
    ['the classic example', 14, 10, 180, 300, 20],
    ['an overloaded queue (N < A)', 50, 60, 300, 90, 30],
    ['impatient callers', 20, 25, 300, 10, 20],
    ['a single agent', 1, 0.5, 300, 60, 10],
    ['threshold 0', 14, 10, 180, 300, 0],
    ['a long threshold', 14, 10, 180, 300, 600],
    ['A = 1,000', 1_000, 1_000, 240, 180, 20],
    ['A = 5,000', 5_100, 5_000, 180, 120, 20],
    ['A = 5,000 with a 30 s threshold (tiny e^(−N·T/AHT))', 5_100, 5_000, 180, 120, 30],
    ['A = 5,000 overloaded', 4_800, 5_000, 300, 600, 60],
    ['a long queue whose terms exceed 1e250 (θ ≫ AHT, N < A)', 900, 1_000, 180, 100_000, 20],
  ])(
    'agrees with the brute-force birth–death chain to >= 9 digits: %s',
    (_name, agents, traffic, ahtSeconds, patienceSeconds, thresholdSeconds) => {
      // Independent computation: the truncated birth–death chain solved from π_0, the tagged
      // customer by first-step analysis and uniformization (testing.ts).
      const input = { agents, traffic, ahtSeconds, patienceSeconds, thresholdSeconds };
      const r = erlangA(input);
      const reference = bruteForceErlangA(input);
      expect(agreeingDigits(r.probWait, reference.probWait)).toBeGreaterThan(9);
      expect(agreeingDigits(r.probAbandon, reference.probAbandon)).toBeGreaterThan(9);
      expect(agreeingDigits(r.asa, reference.asa)).toBeGreaterThan(9);
      expect(agreeingDigits(r.occupancy, reference.occupancy)).toBeGreaterThan(9);
      // A service level near 0 is compared absolutely.
      expect(Math.abs(r.serviceLevel - reference.serviceLevel)).toBeLessThan(
        1e-9 * Math.max(1e-3, reference.serviceLevel),
      );
      // Mandelbaum & Zeltyn (2005) §4.6: E[wait of all arrivals] = θ·P(abandon).
      expect(agreeingDigits(patienceSeconds * r.probAbandon, reference.meanWaitAll)).toBeGreaterThan(9);
    },
  );

  it('with threshold 0 counts only contacts answered at once: SL = 1 − P(wait)', () => {
    const r = erlangA({ ...classic, thresholdSeconds: 0 });
    expect(r.serviceLevel).toBeCloseTo(1 - r.probWait, 14);
  });

  it('answers nobody within T who abandons: SL <= 1 − P(abandon)', () => {
    const r = erlangA({ ...classic, thresholdSeconds: 1e6 });
    expect(r.serviceLevel).toBeCloseTo(1 - r.probAbandon, 12);
  });

  it('stays finite and in range under heavy overload (5,000 erlangs on 100 agents)', () => {
    const r = erlangA({
      agents: 100,
      traffic: 5_000,
      ahtSeconds: 300,
      patienceSeconds: 60,
      thresholdSeconds: 20,
    });
    expect(r.probWait).toBeCloseTo(1, 12);
    expect(r.probAbandon).toBeGreaterThan(0.97);
    expect(r.occupancy).toBeCloseTo(1, 6);
    expect(r.serviceLevel).toBeGreaterThanOrEqual(0);
    expect(r.serviceLevel).toBeLessThan(1e-6);
    expect(Number.isFinite(r.asa)).toBe(true);
  });

  it('needs no queue when agents vastly outnumber traffic', () => {
    const r = erlangA({
      agents: 6_000,
      traffic: 10,
      ahtSeconds: 180,
      patienceSeconds: 60,
      thresholdSeconds: 20,
    });
    expect(r).toEqual({ probWait: 0, probAbandon: 0, serviceLevel: 1, asa: 0, occupancy: 10 / 6_000 });
  });

  it('gives perfect service with no traffic', () => {
    expect(erlangA({ ...classic, traffic: 0 })).toEqual({
      probWait: 0,
      probAbandon: 0,
      serviceLevel: 1,
      asa: 0,
      occupancy: 0,
    });
  });

  const inputs = fc.record({
    agents: fc.integer({ min: 1, max: 300 }),
    traffic: fc.double({ min: 0.05, max: 320, noNaN: true }),
    ahtSeconds: fc.double({ min: 30, max: 900, noNaN: true }),
    patienceSeconds: fc.double({ min: 5, max: 1_800, noNaN: true }),
    thresholdSeconds: fc.double({ min: 0, max: 120, noNaN: true }),
  });

  it('service level rises, and P(wait), P(abandon), ASA and occupancy fall, as agents are added', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = erlangA(input);
        const more = erlangA({ ...input, agents: input.agents + 1 });
        // Rounding of long sums (~1e-12 relative, ~1e-15 absolute) is far below any real change.
        const slack = (x: number) => 1e-10 * x + 1e-13;
        expect(more.serviceLevel).toBeGreaterThanOrEqual(r.serviceLevel - slack(r.serviceLevel));
        expect(more.probWait).toBeLessThanOrEqual(r.probWait + slack(r.probWait));
        expect(more.probAbandon).toBeLessThanOrEqual(r.probAbandon + slack(r.probAbandon));
        expect(more.asa).toBeLessThanOrEqual(r.asa + slack(r.asa));
        expect(more.occupancy).toBeLessThanOrEqual(r.occupancy + slack(r.occupancy));
      }),
    );
  });

  it('keeps every probability in [0, 1] and SL + P(abandon) <= 1', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = erlangA(input);
        for (const p of [r.probWait, r.probAbandon, r.serviceLevel, r.occupancy]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        expect(r.serviceLevel + r.probAbandon).toBeLessThanOrEqual(1 + 1e-12);
        expect(r.asa).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('tends to Erlang C as patience grows without bound (N > A)', () => {
    // The gap shrinks like (AHT/θ)/(1 − ρ)², so ρ = A/N is kept at or below 0.95.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 60, max: 600, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (agents, rho, ahtSeconds, thresholdSeconds) => {
          const traffic = agents * rho;
          const c = { agents, traffic, ahtSeconds, thresholdSeconds };
          const r = erlangA({ ...c, patienceSeconds: ahtSeconds * 1e9 });
          expect(r.probWait).toBeCloseTo(erlangC(agents, traffic), 6);
          expect(r.serviceLevel).toBeCloseTo(erlangCServiceLevel(c), 6);
          expect(r.probAbandon).toBeLessThan(1e-6);
          expect(r.occupancy).toBeCloseTo(traffic / agents, 6);
          const asa = erlangCAsa(c);
          expect(Math.abs(r.asa - asa)).toBeLessThan(1e-6 * Math.max(1, asa));
        },
      ),
    );
  });

  it('abandons less as patience grows', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const longer = erlangA({ ...input, patienceSeconds: input.patienceSeconds * 2 });
        // Sums of up to ~10⁵ terms carry ~1e-12 relative rounding, hence the slack.
        expect(longer.probAbandon).toBeLessThanOrEqual(erlangA(input).probAbandon * (1 + 1e-10) + 1e-13);
      }),
    );
  });

  it('rejects bad inputs naming the field', () => {
    expect(() => erlangA({ ...classic, agents: 0 })).toThrow(
      'erlangA: agents must be a whole number >= 1 (got 0)',
    );
    expect(() => erlangA({ ...classic, traffic: -1 })).toThrow('erlangA: traffic must be >= 0 (got -1)');
    expect(() => erlangA({ ...classic, ahtSeconds: 0 })).toThrow('erlangA: ahtSeconds must be > 0 (got 0)');
    expect(() => erlangA({ ...classic, patienceSeconds: Infinity })).toThrow(
      'erlangA: patienceSeconds must be a finite number (got Infinity)',
    );
    expect(() => erlangA({ ...classic, patienceSeconds: -5 })).toThrow(
      'erlangA: patienceSeconds must be > 0',
    );
    expect(() => erlangA({ ...classic, thresholdSeconds: Number.NaN })).toThrow(
      'erlangA: thresholdSeconds must be a finite number (got NaN)',
    );
  });
});
