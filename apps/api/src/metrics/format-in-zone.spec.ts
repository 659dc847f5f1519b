import { describe, expect, it } from 'vitest';
import { formatInZone } from './format-in-zone.js';

describe('formatInZone', () => {
  it('formats in the site zone with its offset', () => {
    const ms = Date.parse('2026-03-02T01:15:00Z');
    expect(formatInZone(ms, 'Asia/Shanghai', 'iso')).toBe('2026-03-02T09:15:00+08:00');
    expect(formatInZone(ms, 'Asia/Shanghai', 'date')).toBe('2026-03-02');
    expect(formatInZone(ms, 'Asia/Shanghai', 'minute')).toBe('2026-03-02T09:15');
  });

  it('follows daylight saving time (New York, before and after 2026-03-08)', () => {
    expect(formatInZone(Date.parse('2026-03-07T17:00:00Z'), 'America/New_York', 'iso')).toBe(
      '2026-03-07T12:00:00-05:00',
    );
    expect(formatInZone(Date.parse('2026-03-09T16:00:00Z'), 'America/New_York', 'iso')).toBe(
      '2026-03-09T12:00:00-04:00',
    );
  });

  it('handles half-hour zones and midnight', () => {
    expect(formatInZone(Date.parse('2026-01-01T18:30:00Z'), 'Asia/Kolkata', 'iso')).toBe(
      '2026-01-02T00:00:00+05:30',
    );
  });
});
