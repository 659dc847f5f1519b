import { describe, expect, it } from 'vitest';
import { qualityScore, surveyAnswers } from './feedback.js';
import { Random } from './random.js';

describe('surveyAnswers', () => {
  it('scores resolved contacts higher than unresolved ones, on the CSAT and NPS scales', () => {
    const rng = new Random(1);
    const mean = (resolved: boolean): number => {
      let sum = 0;
      for (let i = 0; i < 5000; i++) {
        const a = surveyAnswers(rng, resolved, false, {});
        expect(a.csat >= 1 && a.csat <= 5 && Number.isInteger(a.csat)).toBe(true);
        if (a.nps !== undefined) expect(a.nps >= 0 && a.nps <= 10 && Number.isInteger(a.nps)).toBe(true);
        if (a.resolved !== undefined) expect(a.resolved).toBe(resolved);
        sum += a.csat;
      }
      return sum / 5000;
    };
    // Expected means from the weights: resolved 4.40, unresolved 2.91.
    expect(mean(true)).toBeCloseTo(4.4, 1);
    expect(mean(false)).toBeCloseTo(2.91, 1);
  });
});

describe('qualityScore', () => {
  it('stays within 0–100 around the typical score', () => {
    const rng = new Random(2);
    let sum = 0;
    for (let i = 0; i < 5000; i++) {
      const s = qualityScore(rng, 97);
      expect(s >= 0 && s <= 100).toBe(true);
      sum += s;
    }
    expect(sum / 5000).toBeGreaterThan(90);
    expect(sum / 5000).toBeLessThan(97);
  });
});
