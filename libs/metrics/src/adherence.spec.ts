import { AGENT_STATES } from '@servicefloor/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adherence } from './adherence.js';
import type { ScheduledBlock, StateSpan } from './adherence.js';

const S = 1000;
const MIN = 60 * S;
const t = (hh: number, mm: number, ss = 0) => Date.UTC(2026, 2, 2, hh, mm, ss);

/*
 * Schedule: WORK 09:00–10:00, BREAK 10:00–10:15, WORK 10:15–11:00 → 3600 + 900 + 2700 = 7200 s.
 * Actual:   logged out until 09:00:45 (45 s late: within the 60 s tolerance),
 *           AVAILABLE 09:00:45–09:59:30, BREAK 09:59:30–10:16:30 (30 s early: tolerated; 90 s late back:
 *           the first 60 s tolerated, 30 s out of adherence), ON_CONTACT 10:16:30–10:50,
 *           OTHER 10:50–11:00 (600 s out of adherence).
 * adherent = 7200 − 30 − 600 = 6570 s → 6570 / 7200 = 0.9125.
 */
const SCHEDULE: ScheduledBlock[] = [
  { activity: 'WORK', fromMs: t(9, 0), toMs: t(10, 0) },
  { activity: 'BREAK', fromMs: t(10, 0), toMs: t(10, 15) },
  { activity: 'WORK', fromMs: t(10, 15), toMs: t(11, 0) },
];
const ACTUAL: StateSpan[] = [
  { state: 'AVAILABLE', fromMs: t(9, 0, 45), toMs: t(9, 59, 30) },
  { state: 'BREAK', fromMs: t(9, 59, 30), toMs: t(10, 16, 30) },
  { state: 'ON_CONTACT', fromMs: t(10, 16, 30), toMs: t(10, 50) },
  { state: 'OTHER', fromMs: t(10, 50), toMs: t(11, 0) },
];

describe('adherence', () => {
  it('counts scheduled time in the scheduled activity, with a 60 s tolerance at each change', () => {
    expect(adherence(SCHEDULE, ACTUAL)).toEqual({
      scheduledSeconds: 7200,
      adherentSeconds: 6570,
      adherence: 0.9125,
    });
  });

  it('tolerance is per activity: with none for WORK every deviation in WORK blocks counts', () => {
    // Lost: 45 s late login + 30 s early break + 90 s late return + 600 s OTHER = 765 s → 6435 s.
    expect(adherence(SCHEDULE, ACTUAL, { toleranceSeconds: { WORK: 0 } }).adherentSeconds).toBe(6435);
  });

  it('input order does not matter', () => {
    expect(adherence([...SCHEDULE].reverse(), [...ACTUAL].reverse())).toEqual(adherence(SCHEDULE, ACTUAL));
  });

  it('a training block is matched by TRAINING only; unscheduled time is ignored', () => {
    const schedule: ScheduledBlock[] = [{ activity: 'TRAINING', fromMs: t(14, 0), toMs: t(15, 0) }];
    const actual: StateSpan[] = [
      { state: 'AVAILABLE', fromMs: t(13, 0), toMs: t(14, 10) },
      { state: 'TRAINING', fromMs: t(14, 10), toMs: t(16, 0) },
    ];
    // 14:00–14:01 available: neighbour is "not scheduled" (LOGGED_OUT), so no tolerance → 10 min lost.
    expect(adherence(schedule, actual)).toEqual({
      scheduledSeconds: 3600,
      adherentSeconds: 3000,
      adherence: 3000 / 3600,
    });
  });

  it('nothing scheduled → adherence null', () => {
    expect(adherence([], ACTUAL)).toEqual({ scheduledSeconds: 0, adherentSeconds: 0, adherence: null });
  });

  it('rejects overlaps, unknown activities and bad tolerances, naming the item', () => {
    expect(() =>
      adherence(
        [
          { activity: 'WORK', fromMs: t(9, 0), toMs: t(10, 0) },
          { activity: 'BREAK', fromMs: t(9, 30), toMs: t(9, 45) },
        ],
        [],
      ),
    ).toThrow('scheduled[0] and scheduled[1] must not overlap');
    expect(() => adherence([{ activity: 'NAP' as never, fromMs: 0, toMs: 1 }], [])).toThrow(
      'scheduled[0].activity must be one of',
    );
    expect(() => adherence([], [{ state: 'AVAILABLE', fromMs: 5, toMs: 1 }])).toThrow(
      'actual[0].toMs must not be before its fromMs',
    );
    expect(() => adherence(SCHEDULE, ACTUAL, { toleranceSeconds: { BREAK: -1 } })).toThrow(
      'toleranceSeconds.BREAK must be',
    );
  });

  it('following the schedule exactly is 100 %; adherence is always within [0, 1] (property)', () => {
    const asSpans: StateSpan[] = SCHEDULE.map((b) => ({
      state: b.activity === 'WORK' ? 'AVAILABLE' : 'BREAK',
      fromMs: b.fromMs,
      toMs: b.toMs,
    }));
    expect(adherence(SCHEDULE, asSpans).adherence).toBe(1);
    const spans = fc
      .array(fc.tuple(fc.constantFrom(...AGENT_STATES), fc.integer({ min: 1, max: 40 * MIN })), {
        maxLength: 12,
      })
      .map((parts) => {
        let at = t(8, 30);
        return parts.map(([state, length]) => {
          const span = { state, fromMs: at, toMs: at + length };
          at += length;
          return span;
        });
      });
    fc.assert(
      fc.property(spans, fc.nat(300), (actual, tolerance) => {
        const r = adherence(SCHEDULE, actual, { toleranceSeconds: { WORK: tolerance, BREAK: tolerance } });
        expect(r.scheduledSeconds).toBe(7200);
        expect(r.adherentSeconds).toBeGreaterThanOrEqual(0);
        expect(r.adherentSeconds).toBeLessThanOrEqual(7200);
      }),
    );
  });
});
