import { describe, expect, it } from 'vitest';
import { limitHealth, targetHealth, worstHealth } from './health.js';

describe('targetHealth', () => {
  it('breaches below target, warns within 5 points above it', () => {
    expect(targetHealth(0.79, 0.8)).toBe('breach');
    expect(targetHealth(0.8, 0.8)).toBe('warning');
    expect(targetHealth(0.849, 0.8)).toBe('warning');
    expect(targetHealth(0.85, 0.8)).toBe('good');
    expect(targetHealth(null, 0.8)).toBe('none');
  });
});

describe('limitHealth', () => {
  it('breaches over the limit, warns over 80 % of it (where the API would clear its alert)', () => {
    expect(limitHealth(11, 10)).toBe('breach');
    expect(limitHealth(10, 10)).toBe('warning');
    expect(limitHealth(8, 10)).toBe('good');
    expect(limitHealth(8.5, 10)).toBe('warning');
  });

  it('has nothing to say without a limit or a value', () => {
    expect(limitHealth(50, null)).toBe('none');
    expect(limitHealth(50, undefined)).toBe('none');
    expect(limitHealth(null, 10)).toBe('none');
  });
});

describe('worstHealth', () => {
  it('picks the worst, and none only when all are none', () => {
    expect(worstHealth(['good', 'breach', 'warning'])).toBe('breach');
    expect(worstHealth(['none', 'good'])).toBe('good');
    expect(worstHealth([])).toBe('none');
  });
});
