import { describe, expect, it } from 'vitest';
import { isQaPass, qaPassRate, qaScore } from './quality.js';

describe('QA', () => {
  it('score is the mean, pass rate the share ≥ 80 (metrics.md)', () => {
    // [92, 78, 80]: mean = 250 / 3; passes = 92 and 80 → 2 / 3.
    expect(qaScore([92, 78, 80])).toBeCloseTo(250 / 3, 12);
    expect(qaPassRate([92, 78, 80])).toBeCloseTo(2 / 3, 12);
    expect(isQaPass(80)).toBe(true);
    expect(isQaPass(79.9)).toBe(false);
  });
  it('is null without evaluations', () => {
    expect(qaScore([])).toBeNull();
    expect(qaPassRate([])).toBeNull();
  });
  it('rejects scores outside 0–100', () => {
    expect(() => qaScore([50, 101])).toThrow('scores[1] must be a number 0–100, got 101');
    expect(() => isQaPass(-1)).toThrow('score must be a number 0–100');
  });
});
