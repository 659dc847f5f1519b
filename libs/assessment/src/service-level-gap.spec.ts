import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decomposeInterval, decomposeServiceLevelGap, type StaffingInterval } from './service-level-gap.js';

/** The parts of a result, unknown ones as 0 (they add up to the gap). */
const partsOf = (g: ReturnType<typeof decomposeServiceLevelGap>) =>
  (g.forecastErrorHours ?? 0) +
  (g.scheduleFitHours ?? 0) +
  (g.shrinkageAbovePlanHours ?? 0) +
  (g.adherenceLossHours ?? 0) +
  g.withoutScheduleHours;

describe('decomposeInterval', () => {
  it('splits a hand-computed interval: parts add up to the gap', () => {
    // Required 20 for the actual demand, 18 for the forecast. On shift 22, of whom 17 scheduled to
    // work (5 on breaks: planned shrinkage 5/22); of the 17 scheduled to work, 15 logged in and 13
    // working; 1 more agent worked beyond the plan, so 14 delivered. Gap 20 − 14 = 6 =
    // forecast 2 + fit (18 − 17 = 1) + shrinkage ((17 − 15) − (14 − 13) = 1) + adherence (15 − 13 = 2).
    const g = decomposeInterval({
      requiredActual: 20,
      requiredForecast: 18,
      plan: { paid: 22, scheduled: 17, loggedIn: 15, adherent: 13 },
      delivered: 14,
    });
    expect(g).toEqual({
      gap: 6,
      forecastError: 2,
      scheduleFit: 1,
      shrinkageAbovePlan: 1,
      adherenceLoss: 2,
      withoutSchedule: null,
      plannedShrinkage: 5 / 22,
      actualShrinkage: 6 / 22,
    });
    // Shrinkage above plan is paid × (actual − planned).
    expect(22 * (g.actualShrinkage! - g.plannedShrinkage!)).toBeCloseTo(g.shrinkageAbovePlan!, 12);
  });

  it('does not split the staffing side without a published schedule: it says so', () => {
    const g = decomposeInterval({ requiredActual: 10, requiredForecast: 12, plan: null, delivered: 6 });
    expect(g).toEqual({
      gap: 4,
      forecastError: -2,
      scheduleFit: null,
      shrinkageAbovePlan: null,
      adherenceLoss: null,
      withoutSchedule: 6,
      plannedShrinkage: null,
      actualShrinkage: null,
    });
  });

  it('rejects figures that are negative or do not nest, naming the field', () => {
    const base: StaffingInterval = {
      requiredActual: 5,
      requiredForecast: null,
      plan: { paid: 10, scheduled: 8, loggedIn: 7, adherent: 6 },
      delivered: 6,
    };
    expect(() => decomposeInterval({ ...base, delivered: -1 })).toThrow(/interval\.delivered must be/);
    expect(() => decomposeInterval({ ...base, requiredActual: Number.NaN })).toThrow(
      /interval\.requiredActual/,
    );
    expect(() => decomposeInterval({ ...base, plan: { ...base.plan!, adherent: 7.5 } })).toThrow(
      /interval\.plan\.adherent must be ≤ loggedIn/,
    );
    expect(() => decomposeInterval({ ...base, plan: { ...base.plan!, scheduled: 11 } })).toThrow(
      /interval\.plan\.scheduled must be ≤ paid/,
    );
  });
});

describe('decomposeServiceLevelGap', () => {
  it('sums only intervals in shortfall, in agent-hours, and counts those without a schedule', () => {
    const g = decomposeServiceLevelGap([
      // surplus: not counted
      { requiredActual: 5, requiredForecast: null, plan: null, delivered: 20 },
      // 4 agents short without a schedule or forecast: 1 agent-hour not split
      { requiredActual: 10, requiredForecast: null, plan: null, delivered: 6 },
      // 2 agents short with a schedule: 0.5 agent-hour, all adherence loss
      {
        requiredActual: 10,
        requiredForecast: null,
        plan: { paid: 12, scheduled: 10, loggedIn: 10, adherent: 8 },
        delivered: 8,
      },
    ]);
    expect(g).toEqual({
      gapHours: 1.5,
      forecastErrorHours: null,
      scheduleFitHours: 0,
      shrinkageAbovePlanHours: 0,
      adherenceLossHours: 0.5,
      withoutScheduleHours: 1,
      plannedShrinkage: 2 / 12,
      actualShrinkage: 2 / 12,
      shortfallIntervals: 2,
      unscheduledShortfallIntervals: 1,
      intervals: 3,
    });
  });

  it('says null for parts never known (no forecast, no schedule anywhere)', () => {
    const g = decomposeServiceLevelGap([
      { requiredActual: 8, requiredForecast: null, plan: null, delivered: 4 },
    ]);
    expect(g.forecastErrorHours).toBeNull();
    expect(g.scheduleFitHours).toBeNull();
    expect(g.adherenceLossHours).toBeNull();
    expect(g.withoutScheduleHours).toBe(1);
    expect(g.gapHours).toBe(1);
  });

  const figure = fc.double({ min: 0, max: 60, noNaN: true });
  const plan = fc
    .tuple(figure, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .chain(([paid, a, b]) =>
      fc.double({ min: 0, max: 1, noNaN: true }).map((c) => ({
        paid,
        scheduled: paid * a,
        loggedIn: paid * a * b,
        adherent: paid * a * b * c,
      })),
    );
  const interval: fc.Arbitrary<StaffingInterval> = fc.record({
    requiredActual: figure,
    requiredForecast: fc.option(figure, { nil: null }),
    plan: fc.option(plan, { nil: null }),
    delivered: figure,
  });

  it('adds up: the parts of any intervals sum to the gap, and per interval too (property)', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 60 }), fc.constantFrom(300, 900, 1800), (list, seconds) => {
        const g = decomposeServiceLevelGap(list, seconds);
        expect(partsOf(g)).toBeCloseTo(g.gapHours, 8);
        expect(g.gapHours).toBeGreaterThanOrEqual(0);
        expect(g.unscheduledShortfallIntervals).toBeLessThanOrEqual(g.shortfallIntervals);
        for (const i of list) {
          const one = decomposeInterval(i);
          const sum =
            (one.forecastError ?? 0) +
            (one.scheduleFit ?? 0) +
            (one.shrinkageAbovePlan ?? 0) +
            (one.adherenceLoss ?? 0) +
            (one.withoutSchedule ?? 0);
          expect(sum).toBeCloseTo(one.gap, 9);
          expect(one.adherenceLoss ?? 0).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('is the sum of its days: splitting the intervals into groups changes nothing (property)', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 40 }), fc.nat(40), (list, cut) => {
        const whole = decomposeServiceLevelGap(list);
        const a = decomposeServiceLevelGap(list.slice(0, cut));
        const b = decomposeServiceLevelGap(list.slice(cut));
        expect(a.gapHours + b.gapHours).toBeCloseTo(whole.gapHours, 8);
        expect(a.withoutScheduleHours + b.withoutScheduleHours).toBeCloseTo(whole.withoutScheduleHours, 8);
        expect(a.shortfallIntervals + b.shortfallIntervals).toBe(whole.shortfallIntervals);
      }),
    );
  });

  it('rejects a bad interval length and names the interval of a bad figure', () => {
    expect(() => decomposeServiceLevelGap([], 0)).toThrow(/intervalSeconds must be > 0/);
    expect(() =>
      decomposeServiceLevelGap([
        { requiredActual: 1, requiredForecast: null, plan: null, delivered: 0 },
        { requiredActual: 1, requiredForecast: -3, plan: null, delivered: 0 },
      ]),
    ).toThrow(/intervals\.1\.requiredForecast/);
  });
});
