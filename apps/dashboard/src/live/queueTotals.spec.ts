import { describe, expect, it } from 'vitest';
import { todayTotals } from './queueTotals.js';

describe('todayTotals', () => {
  it('recomputes ratios from summed counts (never an average of ratios)', () => {
    const totals = todayTotals([
      {
        offered: 10,
        answered: 8,
        abandoned: 2,
        shortAbandoned: 0,
        flowedOut: 0,
        answeredWithinThreshold: 8,
        asa: 10,
        surveys: 4,
        csat: 1,
      },
      {
        offered: 10,
        answered: 10,
        abandoned: 0,
        shortAbandoned: 0,
        flowedOut: 0,
        answeredWithinThreshold: 5,
        asa: 40,
        surveys: 1,
        csat: 0,
      },
    ]);
    expect(totals.offered).toBe(20);
    expect(totals.serviceLevel).toBeCloseTo(13 / 20); // (8 + 5) / (18 answered + 2 abandoned)
    expect(totals.asa).toBeCloseTo((8 * 10 + 10 * 40) / 18);
    expect(totals.abandonRate).toBeCloseTo(2 / 20);
    expect(totals.csat).toBeCloseTo(4 / 5);
  });

  it('gives null ratios without a denominator (metrics.md)', () => {
    expect(todayTotals([])).toEqual({
      offered: 0,
      answered: 0,
      serviceLevel: null,
      asa: null,
      abandonRate: null,
      csat: null,
    });
  });
});
