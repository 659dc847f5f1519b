import { describe, expect, it } from 'vitest';
import { createEpochFormatter } from './epoch-to-iso.js';

describe('createEpochFormatter', () => {
  it('writes local time with the zone offset (Asia/Shanghai is UTC+8 all year)', () => {
    // 1772413200 = 2026-03-02T01:00:00Z (`date -u -d @1772413200`), 09:00 in Shanghai.
    expect(createEpochFormatter('Asia/Shanghai')(1772413200)).toBe('2026-03-02T09:00:00+08:00');
  });

  it('follows DST: New York springs forward at 02:00 EST on 2026-03-08 (second Sunday of March)', () => {
    const ny = createEpochFormatter('America/New_York');
    // 2026-03-08T06:59:59Z is the last second of EST (UTC−5); 07:00:00Z is 03:00 EDT (UTC−4).
    const lastEst = Date.parse('2026-03-08T06:59:59Z') / 1000;
    expect(ny(lastEst)).toBe('2026-03-08T01:59:59-05:00');
    expect(ny(lastEst + 1)).toBe('2026-03-08T03:00:00-04:00');
  });

  it('handles half-hour zones and UTC with an explicit +00:00', () => {
    // India is UTC+5:30 (no DST); 2026-03-02T01:00:00Z is 06:30 there.
    expect(createEpochFormatter('Asia/Kolkata')(1772413200)).toBe('2026-03-02T06:30:00+05:30');
    expect(createEpochFormatter('UTC')(1772413200)).toBe('2026-03-02T01:00:00+00:00');
  });

  it('rejects an unknown zone, naming the option', () => {
    expect(() => createEpochFormatter('Mars/Olympus')).toThrow(
      'timeZone: unknown IANA time zone "Mars/Olympus"',
    );
  });
});
