import { describe, expect, it } from 'vitest';
import { forecastHandleTime } from './handle-time.js';
import { INTERVALS_PER_DAY, INTERVALS_PER_WEEK } from './intervals.js';
import { SYNTHETIC_START } from './testing.js';

const W = INTERVALS_PER_WEEK;
const D = INTERVALS_PER_DAY;
const offsetMinutes = 480;
const series = (values: number[]) => ({ start: SYNTHETIC_START, values });

describe('forecastHandleTime', () => {
  it('is Σ handle seconds / Σ handled (metrics.md AHT) for a steady queue', () => {
    const r = forecastHandleTime({
      handled: series(new Array<number>(W).fill(2)),
      handleSeconds: series(new Array<number>(W).fill(600)),
      horizonWeeks: 2,
      offsetMinutes,
    });
    expect(r.start).toBe(SYNTHETIC_START + W * 900_000);
    expect(r.aht).toHaveLength(2 * W);
    expect(r.aht.every((v) => v === 300)).toBe(true);
    expect(r.weeks).toBe(1);
  });

  it('weights weeks by volume, not equally (hand-computed)', () => {
    // Slot 0: week 1 one contact of 100 s, week 2 nine contacts totalling 1 800 s.
    // Volume-weighted: 1 900 / 10 = 190 s (the mean of the two weekly AHTs would be 150 s).
    const handled = new Array<number>(2 * W).fill(0);
    const seconds = new Array<number>(2 * W).fill(0);
    [handled[0], seconds[0], handled[W], seconds[W]] = [1, 100, 9, 1800];
    const r = forecastHandleTime({
      handled: series(handled),
      handleSeconds: series(seconds),
      horizonWeeks: 1,
      offsetMinutes,
      priorContacts: 0,
    });
    expect(r.aht[0]).toBe(190);
  });

  it('shrinks a thin interval towards its interval of the day, and that towards the whole (hand-computed)', () => {
    // One week, one contact per interval at 200 s, except slot 0 (Monday 00:00) at 800 s; m = 10.
    const handled = new Array<number>(W).fill(1);
    const seconds = new Array<number>(W).fill(200);
    seconds[0] = 800;
    const overall = (671 * 200 + 800) / 672;
    const midnight = (800 + 6 * 200 + 10 * overall) / (7 + 10); // 7 days at 00:00
    const slot0 = (800 + 10 * midnight) / (1 + 10);
    const tuesdayMidnight = (200 + 10 * midnight) / (1 + 10);
    const noon = (7 * 200 + 10 * overall) / (7 + 10);
    const r = forecastHandleTime({
      handled: series(handled),
      handleSeconds: series(seconds),
      horizonWeeks: 1,
      offsetMinutes,
    });
    expect(r.aht[0]).toBeCloseTo(slot0, 9);
    expect(r.aht[D]).toBeCloseTo(tuesdayMidnight, 9);
    expect(r.aht[48]).toBeCloseTo((200 + 10 * noon) / 11, 9);
  });

  it('uses the last k weeks only', () => {
    const handled = new Array<number>(3 * W).fill(1);
    const seconds = [...new Array<number>(W).fill(900), ...new Array<number>(2 * W).fill(300)];
    const r = forecastHandleTime({
      handled: series(handled),
      handleSeconds: series(seconds),
      horizonWeeks: 1,
      offsetMinutes,
      weeks: 2,
    });
    expect(r.aht.every((v) => v === 300)).toBe(true);
  });

  it('leaves cleansed special days out', () => {
    const handled = new Array<number>(W).fill(1);
    const seconds = new Array<number>(W).fill(240);
    for (let t = 2 * D; t < 3 * D; t++) seconds[t] = 2400; // Wednesday 7 January: a system outage
    const input = {
      handled: series(handled),
      handleSeconds: series(seconds),
      horizonWeeks: 1,
      offsetMinutes,
      priorContacts: 0,
    };
    expect(forecastHandleTime(input).aht[2 * D]).toBe(2400);
    const outage = [{ from: '2026-01-07', multiplier: 1 }];
    expect(forecastHandleTime({ ...input, specialDays: outage }).aht[2 * D]).toBe(240);
  });

  it('is null only when nothing was handled at all', () => {
    const r = forecastHandleTime({
      handled: series(new Array<number>(W).fill(0)),
      handleSeconds: series(new Array<number>(W).fill(0)),
      horizonWeeks: 1,
      offsetMinutes,
    });
    expect(r.aht.every((v) => v === null)).toBe(true);
  });

  it('rejects mismatched series, naming the field', () => {
    const handled = series(new Array<number>(W).fill(1));
    expect(() =>
      forecastHandleTime({
        handled,
        handleSeconds: series(new Array<number>(W - 1).fill(1)),
        horizonWeeks: 1,
        offsetMinutes,
      }),
    ).toThrow('handleSeconds.values must have as many values as handled.values (672); got 671');
    expect(() =>
      forecastHandleTime({
        handled,
        handleSeconds: { start: SYNTHETIC_START + 900_000, values: handled.values },
        horizonWeeks: 1,
        offsetMinutes,
      }),
    ).toThrow(/^handleSeconds\.start must equal handled\.start/);
    expect(() =>
      forecastHandleTime({
        handled,
        handleSeconds: handled,
        horizonWeeks: 1,
        offsetMinutes,
        priorContacts: -1,
      }),
    ).toThrow('priorContacts must be a number ≥ 0; got -1');
  });
});
