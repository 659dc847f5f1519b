import { describe, expect, it } from 'vitest';
import { formatInSiteZone } from './formatInSiteZone.js';

// Numeric, 24-hour options keep the expected strings independent of ICU's choice of spaces.
const NUMERIC: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

describe('formatInSiteZone', () => {
  // Asia/Shanghai is UTC+8 all year (no DST since 1991, IANA tz database "asia" file).
  it('shows the wall-clock time of the site, not of the browser', () => {
    expect(formatInSiteZone('2026-03-02T01:00:00Z', 'Asia/Shanghai', 'en', NUMERIC)).toBe(
      '03/02/2026, 09:00',
    );
  });

  it('moves to the next calendar day when the site is ahead of UTC', () => {
    expect(formatInSiteZone('2026-03-01T17:30:00Z', 'Asia/Shanghai', 'en', NUMERIC)).toBe(
      '03/02/2026, 01:30',
    );
  });

  it('formats in the reader’s locale', () => {
    expect(formatInSiteZone('2026-03-02T01:00:00Z', 'Asia/Shanghai', 'zh-CN', NUMERIC)).toBe(
      '2026/03/02 09:00',
    );
  });

  // US DST 2026 starts on the second Sunday of March, 8 March, at 02:00 EST → 03:00 EDT
  // (Energy Policy Act of 2005; tz database "northamerica" rule US).
  it('is DST-safe: the local hour 02:00–02:59 is skipped on the spring-forward day', () => {
    const opts: Intl.DateTimeFormatOptions = {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    };
    expect(formatInSiteZone('2026-03-08T06:59:00Z', 'America/New_York', 'en', opts)).toBe('01:59 EST');
    expect(formatInSiteZone('2026-03-08T07:00:00Z', 'America/New_York', 'en', opts)).toBe('03:00 EDT');
  });

  it('accepts a Date, epoch milliseconds or an ISO string with an offset', () => {
    const iso = '2026-03-02T09:00:00+08:00';
    const expected = '03/02/2026, 09:00';
    expect(formatInSiteZone(iso, 'Asia/Shanghai', 'en', NUMERIC)).toBe(expected);
    expect(formatInSiteZone(new Date(iso), 'Asia/Shanghai', 'en', NUMERIC)).toBe(expected);
    expect(formatInSiteZone(Date.parse(iso), 'Asia/Shanghai', 'en', NUMERIC)).toBe(expected);
  });

  it('uses medium date and short time by default', () => {
    expect(formatInSiteZone('2026-03-02T01:00:00Z', 'Asia/Shanghai', 'en')).toMatch(
      /^Mar 2, 2026, 9:00\sAM$/,
    );
  });

  it('names the zone when it is not a valid IANA zone', () => {
    expect(() => formatInSiteZone(0, 'Mars/Olympus', 'en')).toThrow(
      'formatInSiteZone requires a valid IANA time zone: got "Mars/Olympus"',
    );
  });

  it('rejects an unparseable instant', () => {
    expect(() => formatInSiteZone('yesterday', 'Asia/Shanghai', 'en')).toThrow(
      'formatInSiteZone requires a valid instant: got "yesterday"',
    );
  });
});
