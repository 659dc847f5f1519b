import { describe, expect, it } from 'vitest';
import { claimFigures, isClaimOpenAt } from './claims.js';
import type { ClaimRecord } from './claims.js';

const H = 3_600_000;
const NOW = Date.parse('2026-03-10T12:00:00+08:00');
const claim = (claimId: string, fields: Partial<ClaimRecord> & { openedAt: number }): ClaimRecord => ({
  claimId,
  queue: 'Claims',
  reopenedCount: 0,
  ...fields,
});

/*
 * At NOW, with the range [NOW − 7 d, NOW) and SLA 72 h:
 *   k1 opened 2 h ago, open                          → backlog, < 24 h; opened in range
 *   k2 opened 30 h ago, open                         → backlog, 1–3 d; opened in range
 *   k3 opened 100 h ago, open                        → backlog, 3–7 d; opened in range
 *   k4 opened 200 h ago, open                        → backlog, > 7 d; opened before the range
 *   k5 opened 150 h ago, settled after 10 h          → settled in range, cycle 10 h, within SLA
 *   k6 opened 140 h ago, settled after 80 h          → settled in range, cycle 80 h, outside SLA
 *   k7 opened 120 h ago, settled after 40 h, reopened 20 h ago → backlog (reopened), 3–7 d by age 120 h;
 *                                                      settled in range (cycle 40 h), reopened in range
 *   k8 opened 50 h ago, rejected 10 h ago            → rejected in range, not open
 *   k9 opened 300 h ago, settled 250 h ago            → before the range: nothing
 *   k10 opened exactly at NOW                         → not yet (events at atMs belong to the next range)
 * backlog 5 = k1 k2 k3 k4 k7; aging 1 / 1 / 2 (k3, k7) / 1
 * cycle times [10, 80, 40] → sorted 10, 40, 80: median 40; p90 h = 2 × 0.9 = 1.8 → 40 + 0.8 × 40 = 72
 * within SLA: 10 and 40 → 2 of 3
 */
const CLAIMS: ClaimRecord[] = [
  claim('k1', { openedAt: NOW - 2 * H }),
  claim('k2', { openedAt: NOW - 30 * H }),
  claim('k3', { openedAt: NOW - 100 * H }),
  claim('k4', { openedAt: NOW - 200 * H }),
  claim('k5', { openedAt: NOW - 150 * H, settledAt: NOW - 140 * H }),
  claim('k6', { openedAt: NOW - 140 * H, settledAt: NOW - 60 * H }),
  claim('k7', {
    openedAt: NOW - 120 * H,
    settledAt: NOW - 80 * H,
    reopenedCount: 1,
    reopenedAt: NOW - 20 * H,
  }),
  claim('k8', { openedAt: NOW - 50 * H, rejectedAt: NOW - 10 * H }),
  claim('k9', { openedAt: NOW - 300 * H, settledAt: NOW - 250 * H }),
  claim('k10', { openedAt: NOW }),
];

describe('claimFigures', () => {
  const f = claimFigures(CLAIMS, { atMs: NOW, slaHours: 72, fromMs: NOW - 168 * H });

  it('backlog and aging', () => {
    expect(f.backlog).toBe(5);
    expect(f.aging).toEqual({ under24h: 1, oneToThreeDays: 1, threeToSevenDays: 2, overSevenDays: 1 });
  });

  it('flows in the range', () => {
    // opened in [NOW − 168 h, NOW): k1 k2 k3 k5 k6 k7 k8 = 7
    expect([f.opened, f.settled, f.rejected, f.reopened]).toEqual([7, 3, 1, 1]);
  });

  it('cycle time median and p90, settled within SLA', () => {
    expect(f.cycleTimeMedianHours).toBe(40);
    expect(f.cycleTimeP90Hours).toBeCloseTo(72, 9);
    expect(f.settledWithinSla).toBe(2);
    expect(f.settledWithinSlaRate).toBe(2 / 3);
  });

  it('without fromMs, flows cover all history before atMs', () => {
    const all = claimFigures(CLAIMS, { atMs: NOW, slaHours: 72 });
    // settled adds k9 (cycle 50 h, within SLA); opened adds k4 and k9.
    expect([all.opened, all.settled, all.settledWithinSla, all.backlog]).toEqual([9, 4, 3, 5]);
    expect(all.cycleTimeMedianHours).toBe(45); // 10, 40, 50, 80 → (40 + 50) / 2
  });

  it('ratios are null without settled claims; no claims → zeros', () => {
    const none = claimFigures([], { atMs: NOW, slaHours: 72 });
    expect([
      none.backlog,
      none.settled,
      none.cycleTimeMedianHours,
      none.cycleTimeP90Hours,
      none.settledWithinSlaRate,
    ]).toEqual([0, 0, null, null, null]);
  });

  it('the SLA boundary is inclusive: exactly 72 h is within', () => {
    const exact = claimFigures([claim('x', { openedAt: NOW - 100 * H, settledAt: NOW - 28 * H })], {
      atMs: NOW,
      slaHours: 72,
    });
    expect(exact.settledWithinSla).toBe(1);
  });

  it('aging bounds: exactly 24 h is 1–3 d, exactly 168 h is > 7 d', () => {
    const a = claimFigures(
      [claim('a', { openedAt: NOW - 24 * H }), claim('b', { openedAt: NOW - 168 * H })],
      { atMs: NOW, slaHours: 72 },
    );
    expect(a.aging).toEqual({ under24h: 0, oneToThreeDays: 1, threeToSevenDays: 0, overSevenDays: 1 });
  });

  it('rejects bad input, naming the field', () => {
    expect(() => claimFigures(CLAIMS, { atMs: NOW, slaHours: 0 })).toThrow(
      'slaHours must be a finite number > 0, got 0',
    );
    expect(() => claimFigures(CLAIMS, { atMs: NOW, slaHours: 72, fromMs: NOW + 1 })).toThrow(
      'fromMs must not be after atMs',
    );
    expect(() => claimFigures([claim('z', { openedAt: Number.NaN })], { atMs: NOW, slaHours: 72 })).toThrow(
      'claims[0].openedAt must be a finite number',
    );
    expect(() =>
      claimFigures([claim('z', { openedAt: 0, reopenedCount: -1 })], { atMs: NOW, slaHours: 72 }),
    ).toThrow('claims[0].reopenedCount must be a whole number ≥ 0');
  });
});

describe('isClaimOpenAt', () => {
  const k7 = CLAIMS[6]!;
  it('follows open → settled → reopened through time', () => {
    expect(isClaimOpenAt(k7, NOW - 121 * H)).toBe(false); // not opened yet
    expect(isClaimOpenAt(k7, NOW - 100 * H)).toBe(true); // open
    expect(isClaimOpenAt(k7, NOW - 80 * H)).toBe(true); // settled exactly then: not yet counted
    expect(isClaimOpenAt(k7, NOW - 50 * H)).toBe(false); // settled
    expect(isClaimOpenAt(k7, NOW)).toBe(true); // reopened
  });
  it('a claim rejected after its settlement is closed by the later event', () => {
    const c = claim('r', {
      openedAt: 0,
      settledAt: 10 * H,
      reopenedAt: 20 * H,
      rejectedAt: 30 * H,
      reopenedCount: 1,
    });
    expect(isClaimOpenAt(c, 25 * H)).toBe(true);
    expect(isClaimOpenAt(c, 31 * H)).toBe(false);
  });
});
