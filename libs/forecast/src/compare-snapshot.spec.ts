import { describe, expect, it } from 'vitest';
import { compareSnapshot } from './compare-snapshot.js';
import { INTERVAL_MS, INTERVALS_PER_DAY } from './intervals.js';
import { localDayStart } from './local-calendar.js';

const D = INTERVALS_PER_DAY;

describe('compareSnapshot', () => {
  it('compares the overlap, overall and per local day (hand-computed)', () => {
    const noon = localDayStart('2026-03-02', 480) + 48 * INTERVAL_MS; // 12:00 on 2 March in Shanghai
    const snapshot = { start: noon, values: new Array<number>(D).fill(10) }; // to 12:00 on 3 March
    const actuals = { start: noon + 24 * INTERVAL_MS, values: new Array<number>(2 * D).fill(8) }; // from 18:00 on 2 March
    const r = compareSnapshot({ snapshot, actuals, offsetMinutes: 480 });
    // Overlap 18:00 on 2 March → 12:00 on 3 March: 72 intervals, forecast 10 vs actual 8.
    expect(r.start).toBe(noon + 24 * INTERVAL_MS);
    expect(r.intervals).toBe(72);
    expect(r.wape).toBeCloseTo(2 / 8, 12);
    expect(r.bias).toBeCloseTo(2 / 8, 12);
    expect(r.days.map((d) => [d.date, d.intervals, d.actualTotal, d.forecastTotal])).toEqual([
      ['2026-03-02', 24, 192, 240],
      ['2026-03-03', 48, 384, 480],
    ]);
  });

  it('has nulls and no days when the two do not overlap', () => {
    const r = compareSnapshot({
      snapshot: { start: 0, values: [1] },
      actuals: { start: INTERVAL_MS, values: [1] },
      offsetMinutes: 0,
    });
    expect(r).toEqual({
      start: null,
      intervals: 0,
      actualTotal: 0,
      forecastTotal: 0,
      wape: null,
      bias: null,
      days: [],
    });
  });

  it('rejects a misaligned series, naming the field', () => {
    expect(() =>
      compareSnapshot({
        snapshot: { start: 5, values: [] },
        actuals: { start: 0, values: [] },
        offsetMinutes: 0,
      }),
    ).toThrow(/^snapshot\.start must be the epoch ms of a 15-minute interval boundary/);
  });
});
