import { requiredAgents } from '@servicefloor/erlang';
import { describe, expect, it } from 'vitest';
import { decomposeServiceLevelGap, requiredForTarget } from './service-level-gap.js';

describe('decomposeServiceLevelGap', () => {
  it('splits a hand-computed interval: parts add up to the gap', () => {
    // required 20 for actual, 18 for forecast; 22 scheduled; shrinkage 30 % planned, 35 % actual;
    // adherence 90 %. Delivered = 22 × 0.65 × 0.9 = 12.87 agents; gap = 7.13 agents × 0.25 h.
    // forecast error 2, schedule fit 18 − 22 × 0.7 = 2.6, shrinkage 22 × 0.05 = 1.1,
    // adherence 22 × 0.65 × 0.1 = 1.43 → 2 + 2.6 + 1.1 + 1.43 = 7.13.
    const gap = decomposeServiceLevelGap([
      {
        requiredActual: 20,
        requiredForecast: 18,
        scheduled: 22,
        plannedShrinkage: 0.3,
        actualShrinkage: 0.35,
        adherence: 0.9,
      },
    ]);
    expect(gap.gapHours).toBeCloseTo(7.13 / 4, 10);
    expect(gap.forecastErrorHours).toBeCloseTo(0.5, 10);
    expect(gap.scheduleFitHours).toBeCloseTo(0.65, 10);
    expect(gap.shrinkageAbovePlanHours).toBeCloseTo(0.275, 10);
    expect(gap.adherenceLossHours).toBeCloseTo(0.3575, 10);
    expect(gap.shortfallIntervals).toBe(1);
  });

  it('counts only intervals in shortfall, and says null for what cannot be known', () => {
    const gap = decomposeServiceLevelGap([
      // surplus: not counted
      {
        requiredActual: 5,
        requiredForecast: null,
        scheduled: 20,
        plannedShrinkage: 0.3,
        actualShrinkage: null,
        adherence: null,
      },
      // shortfall 10 − 8 × 0.75 = 4 agents, all schedule fit (no forecast, shrinkage as planned)
      {
        requiredActual: 10,
        requiredForecast: null,
        scheduled: 8,
        plannedShrinkage: 0.25,
        actualShrinkage: null,
        adherence: null,
      },
    ]);
    expect(gap).toEqual({
      gapHours: 1,
      forecastErrorHours: null,
      shrinkageAbovePlanHours: null,
      adherenceLossHours: null,
      scheduleFitHours: 1,
      shortfallIntervals: 1,
      intervals: 2,
    });
  });

  it('holds the identity on random intervals (parts sum to the gap)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const intervals = Array.from({ length: 200 }, () => ({
      requiredActual: rand() * 40,
      requiredForecast: rand() * 40,
      scheduled: rand() * 50,
      plannedShrinkage: rand() * 0.4,
      actualShrinkage: rand() * 0.5,
      adherence: 0.7 + rand() * 0.3,
    }));
    const g = decomposeServiceLevelGap(intervals);
    const parts =
      g.forecastErrorHours! + g.scheduleFitHours + g.shrinkageAbovePlanHours! + g.adherenceLossHours!;
    expect(parts).toBeCloseTo(g.gapHours, 8);
    expect(g.shortfallIntervals).toBeGreaterThan(0);
  });

  it('rejects fractions outside 0–1 naming the field', () => {
    expect(() =>
      decomposeServiceLevelGap([
        {
          requiredActual: 1,
          requiredForecast: null,
          scheduled: 0,
          plannedShrinkage: 1.2,
          actualShrinkage: null,
          adherence: null,
        },
      ]),
    ).toThrow(/intervals.0.plannedShrinkage/);
  });
});

describe('requiredForTarget', () => {
  it('is the fractional staffing of libs/erlang, between N − 1 and N', () => {
    // 10 erlangs (100 contacts × 90 s / 900 s), 80 % within 20 s.
    const input = { contacts: 100, ahtSeconds: 90, targetServiceLevel: 0.8, thresholdSeconds: 20 };
    const whole = requiredAgents({ ...input, callsPerInterval: 100, intervalSeconds: 900 }).agents;
    const fractional = requiredForTarget(input);
    expect(fractional).toBeGreaterThan(whole - 1);
    expect(fractional).toBeLessThanOrEqual(whole);
    expect(fractional).toBeGreaterThan(10);
  });
  it('is 0 without contacts or AHT', () => {
    expect(
      requiredForTarget({ contacts: 0, ahtSeconds: 100, targetServiceLevel: 0.8, thresholdSeconds: 20 }),
    ).toBe(0);
    expect(
      requiredForTarget({ contacts: 5, ahtSeconds: null, targetServiceLevel: 0.8, thresholdSeconds: 20 }),
    ).toBe(0);
  });
});
