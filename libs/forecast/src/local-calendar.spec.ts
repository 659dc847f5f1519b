import { describe, expect, it } from 'vitest';
import { assertOffsetMinutes, intervalOfDay, localDate, localDayStart } from './local-calendar.js';

describe('localDayStart', () => {
  it('is local midnight: 2026-03-02 at UTC+8 starts at 2026-03-01T16:00Z', () => {
    expect(localDayStart('2026-03-02', 480)).toBe(Date.parse('2026-03-01T16:00:00Z'));
  });

  it('works west of Greenwich and across a year end', () => {
    expect(localDayStart('2027-01-01', -300)).toBe(Date.parse('2027-01-01T05:00:00Z'));
  });

  it('rejects malformed and impossible dates, naming the field', () => {
    expect(() => localDayStart('2026-3-2', 480, 'from')).toThrow(/^from must be a date written YYYY-MM-DD/);
    expect(() => localDayStart('2026-02-30', 480, 'from')).toThrow(/^from must be a real calendar date/);
  });
});

describe('localDate and intervalOfDay', () => {
  it('place an instant on the site calendar', () => {
    const at = Date.parse('2026-03-01T16:15:00Z'); // 00:15 on 2 March in Shanghai
    expect(localDate(at, 480)).toBe('2026-03-02');
    expect(intervalOfDay(at, 480)).toBe(1);
    expect(localDate(at, 0)).toBe('2026-03-01');
    expect(intervalOfDay(at, 0)).toBe(65); // 16:15 UTC
  });
});

describe('assertOffsetMinutes', () => {
  it('accepts real offsets and rejects others', () => {
    expect(() => assertOffsetMinutes(345)).not.toThrow(); // Nepal, UTC+5:45
    expect(() => assertOffsetMinutes(10)).toThrow(/^offsetMinutes must be an integer multiple of 15/);
    expect(() => assertOffsetMinutes(900)).toThrow(/got 900$/);
  });
});
