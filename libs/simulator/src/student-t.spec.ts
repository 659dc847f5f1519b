import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTQuantile } from './student-t.js';

describe('studentTQuantile', () => {
  it('matches published t tables (NIST/SEMATECH e-Handbook, Table 1.4.2.7.4, upper critical values)', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706, 3);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.303, 3);
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.571, 3);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.262, 3);
    expect(studentTQuantile(0.975, 29)).toBeCloseTo(2.045, 3);
    expect(studentTQuantile(0.975, 100)).toBeCloseTo(1.984, 3);
    expect(studentTQuantile(0.95, 10)).toBeCloseTo(1.812, 3);
    expect(studentTQuantile(0.995, 4)).toBeCloseTo(4.604, 3);
  });

  it('is symmetric and inverts the CDF', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-studentTQuantile(0.975, 9), 10);
    expect(studentTCdf(studentTQuantile(0.9, 3), 3)).toBeCloseTo(0.9, 10);
    // df = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/π.
    expect(studentTCdf(2, 1)).toBeCloseTo(0.5 + Math.atan(2) / Math.PI, 12);
  });

  it('names the argument it refuses', () => {
    expect(() => studentTQuantile(1, 5)).toThrow(/p in \(0, 1\)/);
    expect(() => studentTQuantile(0.5, 0)).toThrow(/df > 0/);
  });
});
