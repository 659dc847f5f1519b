import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  it('doubles from the base, between half and all of the ceiling', () => {
    expect(backoffDelay(0, { random: () => 0 })).toBe(500);
    expect(backoffDelay(0, { random: () => 0.999999 })).toBe(1000);
    expect(backoffDelay(3, { random: () => 0 })).toBe(4000);
  });

  it('never exceeds the cap, however many retries (the wallboard retries forever)', () => {
    expect(backoffDelay(10, { random: () => 0.999999 })).toBe(30_000);
    expect(backoffDelay(1_000_000, { random: () => 0.5 })).toBe(22_500);
  });
});
