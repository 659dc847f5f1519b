import { erlangA, erlangCAsa, erlangCServiceLevel } from '@servicefloor/erlang';
import { describe, expect, it } from 'vitest';
import { simulateStaffingPlan } from './staffing-plan.js';

describe('simulateStaffingPlan', () => {
  it('reproduces Erlang C for a long steady queue (A = 10 erlangs, 12 agents, exponential, no abandons)', () => {
    // 400 intervals of 15 min at 50 calls each (λ·AHT = 50/900 · 180 = 10 erlangs), 5 replications
    // ≈ 100,000 calls. Expected (Erlang C): SL(20 s) ≈ 0.6402, ASA ≈ 40.44 s. Tolerance: the 95 %
    // confidence interval of the mean, widened by 0.01 (SL) and 5 % (ASA) for the empty start.
    const n = 400;
    const result = simulateStaffingPlan({
      arrivals: new Array<number>(n).fill(50),
      agents: new Array<number>(n).fill(12),
      ahtSeconds: 180,
      thresholdSeconds: 20,
      replications: 5,
      seed: 1,
    });
    const sl = erlangCServiceLevel({ agents: 12, traffic: 10, ahtSeconds: 180, thresholdSeconds: 20 });
    const asa = erlangCAsa({ agents: 12, traffic: 10, ahtSeconds: 180 });
    const { serviceLevel, asa: simulatedAsa, abandonRate, occupancy } = result.total;
    expect(serviceLevel.low ?? NaN).toBeLessThan(sl + 0.01);
    expect(serviceLevel.high ?? NaN).toBeGreaterThan(sl - 0.01);
    expect(Math.abs((serviceLevel.mean ?? NaN) - sl)).toBeLessThan(0.02);
    expect(Math.abs((simulatedAsa.mean ?? NaN) / asa - 1)).toBeLessThan(0.1);
    expect(simulatedAsa.low ?? NaN).toBeLessThan(asa * 1.05);
    expect(simulatedAsa.high ?? NaN).toBeGreaterThan(asa * 0.95);
    expect(abandonRate.mean).toBe(0);
    // Occupancy A/N = 10/12.
    expect(occupancy.mean ?? NaN).toBeCloseTo(10 / 12, 1);
  });

  it('reproduces Erlang A when customers abandon (exponential patience 120 s, 11 agents)', () => {
    // Erlang A (@servicefloor/erlang): P(abandon) ≈ 0.0942, SL (answered within T / offered)
    // ≈ 0.7422. Short abandons off, OFFERED variant, to match Erlang A's definitions.
    const n = 400;
    const result = simulateStaffingPlan({
      arrivals: new Array<number>(n).fill(50),
      agents: new Array<number>(n).fill(11),
      ahtSeconds: 180,
      patienceSeconds: 120,
      thresholdSeconds: 20,
      shortAbandonSeconds: 0,
      slVariant: 'OFFERED',
      replications: 5,
      seed: 2,
    });
    const expected = erlangA({
      agents: 11,
      traffic: 10,
      ahtSeconds: 180,
      patienceSeconds: 120,
      thresholdSeconds: 20,
    });
    expect(Math.abs((result.total.abandonRate.mean ?? NaN) - expected.probAbandon)).toBeLessThan(0.01);
    expect(Math.abs((result.total.serviceLevel.mean ?? NaN) - expected.serviceLevel)).toBeLessThan(0.02);
    expect(Math.abs((result.total.asa.mean ?? NaN) / expected.asa - 1)).toBeLessThan(0.1);
  });

  it('reports each interval: more agents where the peak is give a better service level there', () => {
    const arrivals = [20, 60, 60, 20];
    const thin = simulateStaffingPlan({
      arrivals,
      agents: [6, 6, 6, 6],
      ahtSeconds: 300,
      patienceSeconds: 180,
      thresholdSeconds: 20,
      seed: 3,
    });
    const fitted = simulateStaffingPlan({
      arrivals,
      agents: [6, 24, 24, 6],
      ahtSeconds: 300,
      patienceSeconds: 180,
      thresholdSeconds: 20,
      seed: 3,
    });
    expect(thin.intervals).toHaveLength(4);
    expect(thin.intervals[1].offered).toBeCloseTo(60, -1);
    expect(fitted.intervals[1].serviceLevel.mean ?? 0).toBeGreaterThan(
      (thin.intervals[1].serviceLevel.mean ?? 1) + 0.3,
    );
    expect(fitted.intervals[2].abandonRate.mean ?? 1).toBeLessThan(thin.intervals[2].abandonRate.mean ?? 0);
    for (const interval of fitted.intervals) {
      const { mean, low, high } = interval.serviceLevel;
      expect(low ?? NaN).toBeLessThanOrEqual(mean ?? NaN);
      expect(high ?? NaN).toBeGreaterThanOrEqual(mean ?? NaN);
    }
  });

  it('gives null figures where nothing happened, and a carried-over queue after staffing drops', () => {
    const result = simulateStaffingPlan({
      arrivals: [0, 40, 0],
      agents: [5, 0, 5],
      ahtSeconds: 120,
      thresholdSeconds: 20,
      seed: 4,
      replications: 3,
    });
    expect(result.intervals[0].serviceLevel).toEqual({ mean: null, low: null, high: null });
    // Nobody on duty in interval 1: its contacts wait for interval 2, beyond T.
    expect(result.intervals[1].serviceLevel.mean).toBe(0);
    expect(result.intervals[1].asa.mean ?? 0).toBeGreaterThan(100);
    expect(result.intervals[1].occupancy.mean).toBeNull();
  });

  it('is deterministic for a seed', () => {
    const input = {
      arrivals: [30, 50, 40],
      agents: [8, 10, 9],
      ahtSeconds: [200, 220, 210],
      handleTimeCv: 0.8,
      thresholdSeconds: 20,
      seed: 9,
    };
    expect(simulateStaffingPlan(input)).toEqual(simulateStaffingPlan(input));
    expect(simulateStaffingPlan({ ...input, seed: 10 })).not.toEqual(simulateStaffingPlan(input));
  });

  it('refuses bad input, naming the field', () => {
    const ok = { arrivals: [10], agents: [2], ahtSeconds: 180, thresholdSeconds: 20, seed: 1 };
    expect(() => simulateStaffingPlan({ ...ok, arrivals: [] })).toThrow(
      /arrivals must have at least one interval/,
    );
    expect(() => simulateStaffingPlan({ ...ok, agents: [1, 2] })).toThrow(/agents must have 1 intervals/);
    expect(() => simulateStaffingPlan({ ...ok, agents: [1.5] })).toThrow(
      /agents\[0\] must be a whole number/,
    );
    expect(() => simulateStaffingPlan({ ...ok, arrivals: [-1] })).toThrow(/arrivals\[0\]/);
    expect(() => simulateStaffingPlan({ ...ok, ahtSeconds: 0 })).toThrow(/ahtSeconds\[0\]/);
    expect(() => simulateStaffingPlan({ ...ok, patienceSeconds: -5 })).toThrow(/patienceSeconds/);
    expect(() => simulateStaffingPlan({ ...ok, replications: 0 })).toThrow(/replications/);
    expect(() => simulateStaffingPlan({ ...ok, confidence: 1 })).toThrow(/confidence/);
    expect(() => simulateStaffingPlan({ ...ok, seed: 0.5 })).toThrow(/seed/);
  });
});
