import { describe, expect, it } from 'vitest';
import { ratio } from './ratio.js';

describe('ratio', () => {
  it('divides', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 4)).toBe(0);
  });
  it('is null, never 0 or NaN, for a zero (or negative) denominator', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(1, -1)).toBeNull();
  });
});
