import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduledStaff } from './scheduled-staff.js';

describe('scheduledStaff', () => {
  it('grosses required agents up for shrinkage', () => {
    // Source: pyworkforce test_erlang.py: 14 raw positions at 30 % shrinkage → 20 positions.
    expect(scheduledStaff(14, 0.3)).toBeCloseTo(20, 12);
    expect(scheduledStaff(14, 0)).toBe(14);
    expect(scheduledStaff(0, 0.5)).toBe(0);
    expect(scheduledStaff(12.4, 0.2)).toBeCloseTo(15.5, 12);
  });

  it('never schedules fewer than required, and more as shrinkage grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (required, shrinkage) => {
          expect(scheduledStaff(required, shrinkage)).toBeGreaterThanOrEqual(required);
          expect(scheduledStaff(required, shrinkage + 0.05)).toBeGreaterThanOrEqual(
            scheduledStaff(required, shrinkage),
          );
        },
      ),
    );
  });

  it('rejects bad inputs naming the field', () => {
    expect(() => scheduledStaff(10, 1)).toThrow('scheduledStaff: shrinkage must be in [0, 1) (got 1)');
    expect(() => scheduledStaff(10, -0.1)).toThrow('scheduledStaff: shrinkage must be in [0, 1) (got -0.1)');
    expect(() => scheduledStaff(10, Number.NaN)).toThrow('scheduledStaff: shrinkage must be a finite number');
    expect(() => scheduledStaff(-1, 0.3)).toThrow('scheduledStaff: required must be >= 0 (got -1)');
    expect(() => scheduledStaff(Infinity, 0.3)).toThrow('scheduledStaff: required must be a finite number');
  });
});
