import { describe, expect, it } from 'vitest';
import { csat, csatMean, isCsatTop2, nps, npsCategory } from './surveys.js';

describe('CSAT', () => {
  it('top-2 box share and mean (metrics.md: 4 or 5 on 1–5)', () => {
    // [5, 4, 3, 1]: top-2 = 2 of 4 = 0.5; mean = 13 / 4 = 3.25.
    expect(csat([5, 4, 3, 1])).toBe(0.5);
    expect(csatMean([5, 4, 3, 1])).toBe(3.25);
    expect(isCsatTop2(4)).toBe(true);
    expect(isCsatTop2(3)).toBe(false);
  });
  it('is null without responses', () => {
    expect(csat([])).toBeNull();
    expect(csatMean([])).toBeNull();
  });
  it('rejects scores off the scale, naming the response', () => {
    expect(() => csat([5, 0])).toThrow('scores[1] must be a whole number 1–5, got 0');
    expect(() => csatMean([4.5])).toThrow('scores[0] must be a whole number 1–5');
  });
});

describe('NPS', () => {
  it('categories: promoter 9–10, passive 7–8, detractor 0–6', () => {
    expect([0, 6, 7, 8, 9, 10].map((s) => npsCategory(s))).toEqual([
      'DETRACTOR',
      'DETRACTOR',
      'PASSIVE',
      'PASSIVE',
      'PROMOTER',
      'PROMOTER',
    ]);
  });
  it('is (promoters − detractors) / responses as a fraction', () => {
    // [10, 9, 8, 0]: 2 promoters (50 %) − 1 detractor (25 %) = 25 points = 0.25.
    expect(nps([10, 9, 8, 0])).toBe(0.25);
    expect(nps([0, 1])).toBe(-1);
    expect(nps([])).toBeNull();
  });
  it('rejects scores off the scale', () => {
    expect(() => nps([11])).toThrow('scores[0] must be a whole number 0–10, got 11');
  });
});
