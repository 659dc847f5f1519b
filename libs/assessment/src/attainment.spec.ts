import { describe, expect, it } from 'vitest';
import { attainment, MAX_ATTAINMENT, meetsTarget } from './attainment.js';

describe('attainment', () => {
  it('is actual / target when higher is better (0.72 of a 0.8 target = 0.9)', () => {
    expect(attainment(0.72, 0.8, 'HIGHER_IS_BETTER')).toBeCloseTo(0.9, 12);
  });
  it('is target / actual when lower is better (ASA 40 s against 30 s = 0.75)', () => {
    expect(attainment(40, 30, 'LOWER_IS_BETTER')).toBeCloseTo(0.75, 12);
  });
  it('caps outstanding figures and floors negative ones', () => {
    expect(attainment(0, 30, 'LOWER_IS_BETTER')).toBe(MAX_ATTAINMENT);
    expect(attainment(3, 1, 'HIGHER_IS_BETTER')).toBe(MAX_ATTAINMENT);
    expect(attainment(-0.1, 0.3, 'HIGHER_IS_BETTER')).toBe(0);
  });
  it('handles a target of 0 or below (NPS) by the shortfall in the metric units', () => {
    expect(attainment(0.1, 0, 'HIGHER_IS_BETTER')).toBe(1);
    expect(attainment(-0.2, 0, 'HIGHER_IS_BETTER')).toBeCloseTo(0.8, 12);
  });
  it('is null without data and rejects bad numbers naming them', () => {
    expect(attainment(null, 0.8, 'HIGHER_IS_BETTER')).toBeNull();
    expect(() => attainment(1, Number.NaN, 'HIGHER_IS_BETTER')).toThrow(/target/);
    expect(() => attainment(1, -1, 'LOWER_IS_BETTER')).toThrow(/target must be ≥ 0/);
  });
  it('meetsTarget follows the direction', () => {
    expect(meetsTarget(0.8, 0.8, 'HIGHER_IS_BETTER')).toBe(true);
    expect(meetsTarget(31, 30, 'LOWER_IS_BETTER')).toBe(false);
  });
});
