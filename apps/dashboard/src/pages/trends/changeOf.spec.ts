import { describe, expect, it } from 'vitest';
import { changeOf } from './changeOf.js';

describe('changeOf', () => {
  it('compares counts relatively, neither better nor worse', () => {
    expect(changeOf(110, 100, 'count', null)).toEqual({
      direction: 'up',
      amount: 0.1,
      difference: 10,
      better: null,
    });
    expect(changeOf(5, 0, 'count', null)).toEqual({
      direction: 'up',
      amount: null,
      difference: 5,
      better: null,
    });
    expect(changeOf(7, 7, 'count', null)?.direction).toBe('same');
  });
  it('compares ratios in points and says whether that is better', () => {
    const sl = changeOf(0.82, 0.8, 'ratio', true);
    expect(sl?.direction).toBe('up');
    expect(sl?.amount).toBeCloseTo(0.02, 10);
    expect(sl?.better).toBe(true);
    expect(changeOf(0.06, 0.05, 'ratio', false)?.better).toBe(false); // more abandonment is worse
    expect(changeOf(0.8004, 0.8, 'ratio', true)?.direction).toBe('same'); // under 0.05 points
  });
  it('compares seconds by difference; a shorter wait is better', () => {
    expect(changeOf(18, 21, 'seconds', false)).toEqual({
      direction: 'down',
      amount: 3,
      difference: 3,
      better: true,
    });
    expect(changeOf(18.3, 18, 'seconds', false)?.direction).toBe('same');
  });
  it('is null when a period has no value to compare', () => {
    expect(changeOf(null, 0.8, 'ratio', true)).toBeNull();
    expect(changeOf(0.8, null, 'ratio', true)).toBeNull();
  });
});
