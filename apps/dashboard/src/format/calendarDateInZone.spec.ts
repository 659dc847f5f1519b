import { describe, expect, it } from 'vitest';
import { addDays, addMonths, calendarDateInZone } from './calendarDateInZone.js';

describe('calendarDateInZone', () => {
  it('gives the site’s date, which can differ from UTC’s', () => {
    // 17:00 UTC is 01:00 the next day in Shanghai (UTC+8) and 12:00 the same day in New York (EST, UTC−5).
    expect(calendarDateInZone('2026-03-01T17:00:00Z', 'Asia/Shanghai')).toBe('2026-03-02');
    expect(calendarDateInZone('2026-03-01T17:00:00Z', 'America/New_York')).toBe('2026-03-01');
  });

  it('names a bad zone', () => {
    expect(() => calendarDateInZone(0, 'Nowhere/Land')).toThrow(
      'calendarDateInZone requires a valid IANA time zone: got "Nowhere/Land"',
    );
  });
});

describe('addDays and addMonths', () => {
  it('cross month and year ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29'); // 2024 is a leap year
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('clamps the day to the length of the target month', () => {
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
});
