import { describe, expect, it } from 'vitest';
import { secondsSince, serverOffsetMs } from './serverClock.js';

describe('serverOffsetMs', () => {
  it('is how far the server clock is ahead of the browser', () => {
    const received = Date.parse('2026-03-02T09:00:00.000Z');
    expect(serverOffsetMs('2026-03-02T09:02:00.000Z', received)).toBe(120_000);
    expect(serverOffsetMs('2026-03-02T08:59:59.500Z', received)).toBe(-500);
    expect(serverOffsetMs('not a time', received)).toBe(0);
  });
});

describe('secondsSince', () => {
  const browserNow = Date.parse('2026-03-02T09:00:00.000Z');

  it('counts on the server clock, not the browser clock', () => {
    // The browser is 2 minutes slow: a contact offered 30 s ago by the server has waited 30 s.
    expect(secondsSince('2026-03-02T09:01:30.000Z', browserNow, 120_000)).toBe(30);
  });

  it('is never negative, and null without a start', () => {
    expect(secondsSince('2026-03-02T09:00:05.000Z', browserNow, 0)).toBe(0);
    expect(secondsSince(null, browserNow, 0)).toBeNull();
    expect(secondsSince('garbage', browserNow, 0)).toBeNull();
  });
});
