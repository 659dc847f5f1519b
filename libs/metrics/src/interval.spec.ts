import { describe, expect, it } from 'vitest';
import { INTERVAL_MS, intervalStart, splitByInterval } from './interval.js';

const at = (iso: string) => Date.parse(iso);

describe('intervalStart', () => {
  it('floors to the 15-minute boundary', () => {
    expect(INTERVAL_MS).toBe(15 * 60 * 1000);
    expect(intervalStart(at('2026-03-02T01:07:30Z'))).toBe(at('2026-03-02T01:00:00Z'));
    expect(intervalStart(at('2026-03-02T01:15:00Z'))).toBe(at('2026-03-02T01:15:00Z'));
    expect(intervalStart(at('2026-03-02T01:14:59.999Z'))).toBe(at('2026-03-02T01:00:00Z'));
  });

  it('is aligned in local time for offsets of 5:30 and 5:45 too', () => {
    // Kathmandu is UTC+05:45: 10:07 local = 04:22Z → 04:15Z = 10:00 local.
    expect(intervalStart(at('2026-03-02T10:07:00+05:45'))).toBe(at('2026-03-02T10:00:00+05:45'));
    // Kolkata is UTC+05:30: 10:29 local → 10:15 local.
    expect(intervalStart(at('2026-03-02T10:29:00+05:30'))).toBe(at('2026-03-02T10:15:00+05:30'));
  });

  it('floors before the epoch too', () => {
    expect(intervalStart(-1)).toBe(-INTERVAL_MS);
  });

  it('rejects a non-finite time', () => {
    expect(() => intervalStart(Number.NaN)).toThrow('atMs must be a finite number');
  });
});

describe('splitByInterval', () => {
  const t0 = at('2026-03-02T01:00:00Z');
  const minute = 60_000;

  it('cuts a span at interval boundaries', () => {
    // 01:10 → 01:50: 5 min in [01:00, 01:15), 15 in [01:15, 01:30), 15 in [01:30, 01:45), 5 in [01:45, 02:00).
    expect(splitByInterval(t0 + 10 * minute, t0 + 50 * minute)).toEqual([
      { intervalStart: t0, ms: 5 * minute },
      { intervalStart: t0 + 15 * minute, ms: 15 * minute },
      { intervalStart: t0 + 30 * minute, ms: 15 * minute },
      { intervalStart: t0 + 45 * minute, ms: 5 * minute },
    ]);
  });

  it('keeps a span inside one interval whole, and gives nothing for an empty span', () => {
    expect(splitByInterval(t0 + minute, t0 + 2 * minute)).toEqual([{ intervalStart: t0, ms: minute }]);
    expect(splitByInterval(t0, t0 + INTERVAL_MS)).toEqual([{ intervalStart: t0, ms: INTERVAL_MS }]);
    expect(splitByInterval(t0, t0)).toEqual([]);
  });

  it('rejects a reversed span', () => {
    expect(() => splitByInterval(t0 + 1, t0)).toThrow('toMs must not be before fromMs');
  });
});
