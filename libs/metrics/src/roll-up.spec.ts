import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyContactCounters } from './contact-counters.js';
import type { ContactCounters } from './contact-counters.js';
import { INTERVAL_MS } from './interval.js';
import { periodStartsInRange } from './period.js';
import { counterSummer, mergeCounters, rollUp, sumCounters } from './roll-up.js';

const at = (iso: string) => Date.parse(iso);
const row = (intervalStart: number, offered: number, maxWait = 0) => ({
  intervalStart,
  counters: { ...emptyContactCounters(), offered, maxWait } as ContactCounters,
});

/** One row with offered = 1 for every interval of [startMs, endMs). */
function everyInterval(startMs: number, endMs: number) {
  return periodStartsInRange({ startMs, endMs }, 'INTERVAL', 'UTC').map((s) => row(s, 1));
}

describe('rollUp across DST (one contact per interval, so offered = the day’s intervals)', () => {
  it('Berlin: 28 Mar 96, 29 Mar 92 (23 h), 25 Oct 100 (25 h)', () => {
    const spring = rollUp(
      everyInterval(at('2026-03-28T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00')),
      'DAY',
      'Europe/Berlin',
    );
    expect(spring.map((r) => [r.periodStart, r.counters.offered])).toEqual([
      [at('2026-03-28T00:00:00+01:00'), 96],
      [at('2026-03-29T00:00:00+01:00'), 92],
    ]);
    const fall = rollUp(
      everyInterval(at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00')),
      'DAY',
      'Europe/Berlin',
    );
    expect(fall.map((r) => [r.periodStart, r.counters.offered])).toEqual([
      [at('2026-10-25T00:00:00+02:00'), 100],
    ]);
  });

  it('New York: 8 Mar 92, 1 Nov 100', () => {
    const spring = rollUp(
      everyInterval(at('2026-03-08T00:00:00-05:00'), at('2026-03-09T00:00:00-04:00')),
      'DAY',
      'America/New_York',
    );
    expect(spring.map((r) => r.counters.offered)).toEqual([92]);
    const fall = rollUp(
      everyInterval(at('2026-11-01T00:00:00-04:00'), at('2026-11-02T00:00:00-05:00')),
      'DAY',
      'America/New_York',
    );
    expect(fall.map((r) => [r.periodStart, r.counters.offered])).toEqual([
      [at('2026-11-01T00:00:00-04:00'), 100],
    ]);
  });

  it('Shanghai: a UTC day splits 32 + 64 across two local days; weeks start Monday; months', () => {
    // 2026-03-01T00:00Z–2026-03-02T00:00Z = 08:00 Sun 1 Mar → 08:00 Mon 2 Mar in Shanghai.
    const rows = everyInterval(at('2026-03-01T00:00:00Z'), at('2026-03-02T00:00:00Z'));
    expect(rollUp(rows, 'DAY', 'Asia/Shanghai').map((r) => [r.periodStart, r.counters.offered])).toEqual([
      [at('2026-03-01T00:00:00+08:00'), 64], // 08:00–24:00 = 16 h
      [at('2026-03-02T00:00:00+08:00'), 32], // 00:00–08:00 = 8 h
    ]);
    // Sun 1 Mar is in the week of Mon 23 Feb, Mon 2 Mar starts a new week.
    expect(rollUp(rows, 'WEEK', 'Asia/Shanghai').map((r) => [r.periodStart, r.counters.offered])).toEqual([
      [at('2026-02-23T00:00:00+08:00'), 64],
      [at('2026-03-02T00:00:00+08:00'), 32],
    ]);
    // All of it is in March (local).
    expect(rollUp(rows, 'MONTH', 'Asia/Shanghai').map((r) => [r.periodStart, r.counters.offered])).toEqual([
      [at('2026-03-01T00:00:00+08:00'), 96],
    ]);
  });

  it('months: Berlin March 2026 has 31 × 96 − 4 intervals', () => {
    const rows = everyInterval(at('2026-03-01T00:00:00+01:00'), at('2026-04-01T00:00:00+02:00'));
    expect(rollUp(rows, 'MONTH', 'Europe/Berlin').map((r) => r.counters.offered)).toEqual([31 * 96 - 4]);
  });
});

describe('rollUp combining', () => {
  it('sums counters and takes the max of maxWait', () => {
    const t = at('2026-03-02T09:00:00+08:00');
    const result = rollUp([row(t, 2, 30_000), row(t + INTERVAL_MS, 3, 12_000)], 'DAY', 'Asia/Shanghai');
    expect(result).toHaveLength(1);
    expect(result[0]!.counters).toMatchObject({ offered: 5, maxWait: 30_000 });
  });

  it('INTERVAL granularity keeps intervals apart; no rows → no periods', () => {
    const t = at('2026-03-02T09:00:00+08:00');
    expect(
      rollUp([row(t + INTERVAL_MS, 1), row(t, 1), row(t, 1)], 'INTERVAL', 'UTC').map((r) => [
        r.periodStart,
        r.counters.offered,
      ]),
    ).toEqual([
      [t, 2],
      [t + INTERVAL_MS, 1],
    ]);
    expect(rollUp([], 'DAY', 'UTC')).toEqual([]);
  });

  it('does not modify its input rows', () => {
    const rows = [row(0, 1), row(INTERVAL_MS, 1)];
    rollUp(rows, 'DAY', 'UTC');
    expect(rows.map((r) => r.counters.offered)).toEqual([1, 1]);
  });

  it('mergeCounters and sumCounters work on any flat counters', () => {
    expect(mergeCounters({ a: 1, maxWait: 5 }, { a: 2, maxWait: 3, b: 4 })).toEqual({
      a: 3,
      maxWait: 5,
      b: 4,
    });
    expect(sumCounters([{ a: 1 }, { a: 2 }], { a: 0 })).toEqual({ a: 3 });
    expect(sumCounters([], { a: 0 })).toEqual({ a: 0 });
    const empty = { a: 0 };
    const first = { a: 1 };
    sumCounters([first, { a: 2 }], empty);
    expect([empty.a, first.a]).toEqual([0, 1]); // inputs untouched
  });
});

describe('rollUp properties', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Shanghai'];
  const rowArbitrary = fc
    .record({
      interval: fc.integer({
        min: Date.UTC(2026, 2, 20) / INTERVAL_MS,
        max: Date.UTC(2026, 3, 10) / INTERVAL_MS,
      }),
      offered: fc.nat(50),
      maxWait: fc.nat(600_000),
    })
    .map((r) => row(r.interval * INTERVAL_MS, r.offered, r.maxWait));
  const localDay = (ms: number, timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      ms,
    );

  it('is independent of row order', () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { maxLength: 60 }),
        fc.constantFrom(...zones),
        fc.constantFrom('DAY', 'WEEK', 'MONTH') as fc.Arbitrary<'DAY' | 'WEEK' | 'MONTH'>,
        fc.infiniteStream(fc.nat()),
        (rows, zone, g, randoms) => {
          const shuffled = rows
            .map((r) => ({ r, k: randoms.next().value as number }))
            .sort((a, b) => a.k - b.k)
            .map(({ r }) => r);
          expect(rollUp(shuffled, g, zone)).toEqual(rollUp(rows, g, zone));
        },
      ),
    );
  });

  it('DAY groups exactly the rows of one local date (checked with Intl, independent of TZDate)', () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { maxLength: 60 }), fc.constantFrom(...zones), (rows, zone) => {
        const expected = new Map<string, { offered: number; maxWait: number }>();
        for (const r of rows) {
          const key = localDay(r.intervalStart, zone);
          const e = expected.get(key) ?? { offered: 0, maxWait: 0 };
          expected.set(key, {
            offered: e.offered + r.counters.offered,
            maxWait: Math.max(e.maxWait, r.counters.maxWait),
          });
        }
        const actual = rollUp(rows, 'DAY', zone);
        expect(actual).toHaveLength(expected.size);
        for (const p of actual) {
          expect(localDay(p.periodStart - 1, zone)).not.toBe(localDay(p.periodStart, zone));
          expect({ offered: p.counters.offered, maxWait: p.counters.maxWait }).toEqual(
            expected.get(localDay(p.periodStart, zone)),
          );
        }
      }),
    );
  });
});

describe('counterSummer', () => {
  const keys = ['maxWait', 'offered', 'answered', 'sumTalk'] as const;
  const row = fc.record({
    maxWait: fc.nat(1_000_000),
    offered: fc.nat(10_000),
    answered: fc.nat(10_000),
    sumTalk: fc.nat(2 ** 40),
  });

  it('sums as sumCounters from zeros does (maxWait by max)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (list) => {
        const zeros = { maxWait: 0, offered: 0, answered: 0, sumTalk: 0 };
        expect(counterSummer(keys)(list)).toEqual(sumCounters(list, zeros));
      }),
    );
  });

  it('reads only its keys, returns zeros for no rows, and is compiled once per key list', () => {
    const sum = counterSummer(['offered', 'answered']);
    expect(sum([{ offered: 2, answered: 1, extra: 5 } as { offered: number; answered: number }])).toEqual({
      offered: 2,
      answered: 1,
    });
    expect(sum([])).toEqual({ offered: 0, answered: 0 });
    expect(counterSummer(['offered', 'answered'])).toBe(sum);
    expect(counterSummer([])([])).toEqual({});
    expect(() => counterSummer(['a-b'])).toThrow(/not an identifier/);
  });
});
