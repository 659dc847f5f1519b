import { requiredAgents } from '@servicefloor/erlang';
import { describe, expect, it } from 'vitest';
import { requiredForTarget } from './required-for-target.js';

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
