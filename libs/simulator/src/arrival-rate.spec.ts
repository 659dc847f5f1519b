import { describe, expect, it } from 'vitest';
import { ArrivalProcess, dayVolumeFactor, expectedArrivals, specialDayMultiplier } from './arrival-rate.js';
import { Random } from './random.js';
import { smallCenter } from './testing.js';
import { localMidnight, ZoneClock } from './zone-clock.js';

const MONDAY = Date.UTC(2026, 2, 2) / 86_400_000;

describe('expectedArrivals', () => {
  it('spreads the daily volume × weekday factor × special days over the intraday weights', () => {
    const center = smallCenter();
    const hotline = center.queues[0];
    const monday = expectedArrivals(center, hotline.demand, 'HOTLINE', MONDAY);
    expect(monday.reduce((a, b) => a + b, 0)).toBeCloseTo(1000 * 1.1, 6);
    expect(monday[0]).toBe(0); // closed at night
    // Wednesday 2026-03-04 is a ×1.5 hotline campaign day in the small center, not for online.
    expect(specialDayMultiplier(center, MONDAY + 2, 'HOTLINE')).toBe(1.5);
    expect(specialDayMultiplier(center, MONDAY + 2, 'ONLINE')).toBe(1);
    expect(
      expectedArrivals(center, hotline.demand, 'HOTLINE', MONDAY + 2).reduce((a, b) => a + b, 0),
    ).toBeCloseTo(1500, 6);
  });

  it('draws a day volume factor with mean 1 and the configured spread, the same for a (seed, day)', () => {
    const center = { ...smallCenter(), dailyVolumeCv: 0.1 };
    const factors = Array.from({ length: 2000 }, (_, d) => dayVolumeFactor(center, 1, MONDAY + d));
    const mean = factors.reduce((a, b) => a + b, 0) / factors.length;
    expect(Math.abs(mean - 1)).toBeLessThan(0.01);
    expect(dayVolumeFactor(center, 1, MONDAY)).toBe(factors[0]);
    expect(dayVolumeFactor(smallCenter(), 1, MONDAY)).toBe(1);
  });
});

describe('ArrivalProcess (thinning)', () => {
  it('produces per-interval counts that match the profile (χ² test over 200 days)', () => {
    const center = smallCenter();
    const perInterval = expectedArrivals(center, center.queues[0].demand, 'HOTLINE', MONDAY);
    const start = localMidnight('Asia/Shanghai', MONDAY) / 1000;
    const process = new ArrivalProcess(perInterval, start, start + 86_400, new ZoneClock('Asia/Shanghai'));
    const rng = new Random(17);
    const days = 200;
    const counts = new Float64Array(96);
    for (let d = 0; d < days; d++) {
      for (let t = process.next(rng, start); t !== Infinity; t = process.next(rng, t))
        counts[Math.floor((t - start) / 900)]++;
    }
    let chiSquare = 0;
    let cells = 0;
    for (let i = 0; i < 96; i++) {
      const expected = perInterval[i] * days;
      if (expected === 0) {
        expect(counts[i]).toBe(0);
        continue;
      }
      chiSquare += (counts[i] - expected) ** 2 / expected;
      cells++;
    }
    // 48 open intervals; χ²(48) 99.9th percentile ≈ 84.0 (standard χ² tables).
    expect(cells).toBe(48);
    expect(chiSquare).toBeLessThan(84.0);
  });

  it('follows the local wall clock on a 23-hour DST day', () => {
    const weights = new Float64Array(96);
    weights[40] = 100; // 10:00–10:15 local
    const zone = 'America/New_York';
    const day = Date.UTC(2026, 2, 8) / 86_400_000;
    const start = localMidnight(zone, day) / 1000;
    const end = localMidnight(zone, day + 1) / 1000;
    const process = new ArrivalProcess(weights, start, end, new ZoneClock(zone));
    const rng = new Random(3);
    let n = 0;
    for (let t = process.next(rng, start); t !== Infinity; t = process.next(rng, t)) {
      n++;
      // 10:00 EDT = 14:00 UTC.
      expect(t).toBeGreaterThanOrEqual(Date.parse('2026-03-08T14:00:00Z') / 1000);
      expect(t).toBeLessThan(Date.parse('2026-03-08T14:15:00Z') / 1000);
    }
    expect(n).toBeGreaterThan(60);
  });
});
