import { describe, expect, it } from 'vitest';
import {
  dayBounds,
  dayNumberToDate,
  localDayNumber,
  weekdayOf,
  zoneOffsetMinutes,
  ZoneClock,
} from './zone-clock.js';

describe('zone clock', () => {
  it('reads UTC offsets from the time-zone database, DST included', () => {
    expect(zoneOffsetMinutes('Asia/Shanghai', Date.parse('2026-03-02T01:00:00Z'))).toBe(480);
    expect(zoneOffsetMinutes('UTC', 0)).toBe(0);
    // New York: EST (−5 h) until 2026-03-08 07:00 UTC, then EDT (−4 h).
    expect(zoneOffsetMinutes('America/New_York', Date.parse('2026-03-08T06:59:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', Date.parse('2026-03-08T07:00:00Z'))).toBe(-240);
    expect(zoneOffsetMinutes('Asia/Kolkata', 0)).toBe(330);
    expect(() => zoneOffsetMinutes('Mars/Base', 0)).toThrow(/timeZone must be an IANA time zone/);
  });

  it('formats ISO 8601 local times with the offset, whole seconds', () => {
    const clock = new ZoneClock('Asia/Shanghai');
    expect(clock.iso(Date.parse('2026-03-02T01:00:12Z'))).toBe('2026-03-02T09:00:12+08:00');
    expect(clock.iso(Date.parse('2026-03-02T15:59:59.900Z'))).toBe('2026-03-02T23:59:59+08:00');
    expect(clock.iso(Date.parse('2026-03-02T16:00:00Z'))).toBe('2026-03-03T00:00:00+08:00');
    const ny = new ZoneClock('America/New_York');
    expect(ny.iso(Date.parse('2026-03-08T06:30:00Z'))).toBe('2026-03-08T01:30:00-05:00');
    expect(ny.iso(Date.parse('2026-03-08T07:30:00Z'))).toBe('2026-03-08T03:30:00-04:00');
    expect(new ZoneClock('Asia/Kolkata').iso(0)).toBe('1970-01-01T05:30:00+05:30');
    expect(new ZoneClock('UTC').iso(0)).toBe('1970-01-01T00:00:00+00:00');
  });

  it('finds local day boundaries, 23 hours long on a spring-forward day', () => {
    expect(dayBounds('Asia/Shanghai', '2026-03-02')).toEqual({
      fromMs: Date.parse('2026-03-01T16:00:00Z'),
      toMs: Date.parse('2026-03-02T16:00:00Z'),
    });
    const dst = dayBounds('America/New_York', '2026-03-08');
    expect(dst.fromMs).toBe(Date.parse('2026-03-08T05:00:00Z'));
    expect(dst.toMs - dst.fromMs).toBe(23 * 3_600_000);
    expect(() => dayBounds('Asia/Shanghai', '2026-02-30')).toThrow(/date must be a calendar date/);
  });

  it('numbers local days and weekdays', () => {
    const day = localDayNumber('Asia/Shanghai', Date.parse('2026-03-01T16:30:00Z'));
    expect(dayNumberToDate(day)).toBe('2026-03-02');
    expect(weekdayOf(day)).toBe(0); // Monday
    expect(weekdayOf(0)).toBe(3); // 1970-01-01, a Thursday
    const clock = new ZoneClock('Asia/Shanghai');
    expect(clock.dayNumber(Date.parse('2026-03-01T16:30:00Z'))).toBe(day);
    expect(clock.midnight(day)).toBe(Date.parse('2026-03-01T16:00:00Z'));
    expect(clock.minuteOfDay(Date.parse('2026-03-02T01:30:00Z'))).toBe(570);
  });
});
