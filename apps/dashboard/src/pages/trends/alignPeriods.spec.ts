import { describe, expect, it } from 'vitest';
import { alignPeriods, chartRows, PREVIOUS, summedRows } from './alignPeriods.js';

interface P {
  label: string;
  periodStart: string;
  v: number | null;
}
const day = (label: string, v: number | null): P => ({ label, periodStart: `${label}T00:00:00+08:00`, v });

const labels = {
  current: ['2026-03-04', '2026-03-05', '2026-03-06'],
  previous: ['2026-03-01', '2026-03-02', '2026-03-03'],
};

describe('alignPeriods + chartRows (series merged with the previous period)', () => {
  it('puts each period beside the previous period at the same position, gaps as null', () => {
    const aligned = alignPeriods(labels, [
      {
        key: 'hotline',
        points: [day('2026-03-04', 0.8), day('2026-03-06', 0.9)], // nothing on the 5th
        previousPoints: [day('2026-03-01', 0.7), day('2026-03-02', 0.75), day('2026-03-03', 0.85)],
      },
    ]);
    const rows = chartRows(aligned, ['hotline'], (p) => p.v);
    expect(rows.map((r) => [r.label, r.hotline, r.previousLabel, r[`hotline${PREVIOUS}`]])).toEqual([
      ['2026-03-04', 0.8, '2026-03-01', 0.7],
      ['2026-03-05', null, '2026-03-02', 0.75],
      ['2026-03-06', 0.9, '2026-03-03', 0.85],
    ]);
    expect(rows[0].periodStart).toBe('2026-03-04T00:00:00+08:00');
    expect(rows[1].periodStart).toBeNull(); // no series had the 5th
    expect(rows[1].previousPeriodStart).toBe('2026-03-02T00:00:00+08:00');
  });

  it('keeps several series on one axis and passes a ratio without denominator through as null', () => {
    const aligned = alignPeriods(labels, [
      { key: 'a', points: [day('2026-03-04', 1)] },
      { key: 'b', points: [day('2026-03-05', null), day('2026-03-06', 3)] },
    ]);
    const rows = chartRows(aligned, ['a', 'b'], (p) => p.v);
    expect(rows.map((r) => [r.a, r.b])).toEqual([
      [1, null],
      [null, null],
      [null, 3],
    ]);
    // Without previous points, every previous value is null.
    expect(rows.every((r) => r[`a${PREVIOUS}`] === null && r[`b${PREVIOUS}`] === null)).toBe(true);
  });

  it('adds a period the API returned that the axis did not list, in order', () => {
    const aligned = alignPeriods({ current: ['2026-03-04'], previous: ['2026-03-03'] }, [
      { key: 'a', points: [day('2026-03-05', 2), day('2026-03-04', 1)] },
    ]);
    expect(aligned.slots.map((s) => s.label)).toEqual(['2026-03-04', '2026-03-05']);
    expect(aligned.current.a.map((p) => p?.v)).toEqual([1, 2]);
    expect(aligned.slots[1].previousLabel).toBeNull(); // past the end of the previous range
  });

  it('keeps both 01:00 intervals of the night clocks go back, in time order', () => {
    // New York, 1 Nov 2026: 01:00 EDT (05:00Z) and 01:00 EST (06:00Z) share a wall-clock label.
    const at = (label: string, periodStart: string, v: number) => ({ label, periodStart, v });
    const aligned = alignPeriods(
      {
        current: ['2026-11-01T00:45', '2026-11-01T01:00', '2026-11-01T01:15'],
        previous: ['2026-10-31T00:45', '2026-10-31T01:00', '2026-10-31T01:15'],
      },
      [
        {
          key: 'a',
          points: [
            at('2026-11-01T01:00', '2026-11-01T01:00:00-05:00', 2), // the later one, listed first
            at('2026-11-01T01:00', '2026-11-01T01:00:00-04:00', 1),
            at('2026-11-01T01:15', '2026-11-01T01:15:00-04:00', 3),
          ],
        },
      ],
    );
    expect(aligned.slots.map((s) => s.label)).toEqual([
      '2026-11-01T00:45',
      '2026-11-01T01:00',
      '2026-11-01T01:00',
      '2026-11-01T01:15',
    ]);
    expect(aligned.current.a.map((p) => p?.v ?? null)).toEqual([null, 1, 2, 3]);
    expect(aligned.previous.a).toHaveLength(4);
  });
});

describe('summedRows', () => {
  it('adds counts over series where any has a point, null where none has', () => {
    const aligned = alignPeriods(labels, [
      { key: 'a', points: [day('2026-03-04', 2)], previousPoints: [day('2026-03-01', 1)] },
      { key: 'b', points: [day('2026-03-04', 3), day('2026-03-06', 0)] },
    ]);
    const rows = summedRows(aligned, { offered: (p) => p.v ?? 0 });
    expect(rows.map((r) => [r.offered, r[`offered${PREVIOUS}`]])).toEqual([
      [5, 1],
      [null, null],
      [0, null],
    ]);
  });
});
