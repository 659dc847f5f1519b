import { describe, expect, it } from 'vitest';
import { figureRows, offeredRows, type IntervalFigures } from './intervalRows.js';

const figures = (offered: number, serviceLevel: number | null): IntervalFigures => ({
  offered,
  serviceLevel,
  asa: null,
  abandonRate: null,
  csat: null,
});
const T0 = '2026-03-02T09:00:00+08:00';
const T1 = '2026-03-02T09:15:00+08:00';

describe('figureRows', () => {
  it('puts each series in its own column, null where it has no point', () => {
    const rows = figureRows(
      [
        {
          key: 'HOTLINE',
          points: [
            { periodStart: T0, metrics: figures(4, 0.75) },
            { periodStart: T1, metrics: figures(2, 1) },
          ],
        },
        { key: 'ONLINE', points: [{ periodStart: T1, metrics: figures(1, 0.5) }] },
      ],
      'serviceLevel',
    );
    expect(rows).toEqual([
      { start: Date.parse(T0), HOTLINE: 0.75, ONLINE: null },
      { start: Date.parse(T1), HOTLINE: 1, ONLINE: 0.5 },
    ]);
  });
});

describe('offeredRows', () => {
  it('sums offered over series and forecast over queues, keeping the forecast ahead of the actuals', () => {
    const rows = offeredRows(
      [
        { key: 'a', points: [{ periodStart: T0, metrics: figures(4, null) }] },
        { key: 'b', points: [{ periodStart: T0, metrics: figures(3, null) }] },
      ],
      [
        { start: '2026-03-02T09:00:00+08:00', forecast: [5, 6] },
        { start: '2026-03-02T09:00:00+08:00', forecast: [1.5, null] },
      ],
    );
    expect(rows).toEqual([
      { start: Date.parse(T0), offered: 7, forecast: 6.5 },
      { start: Date.parse(T1), offered: null, forecast: 6 },
    ]);
  });

  it('has no forecast column values without a forecast', () => {
    const rows = offeredRows([{ key: 'a', points: [{ periodStart: T0, metrics: figures(4, null) }] }], []);
    expect(rows).toEqual([{ start: Date.parse(T0), offered: 4, forecast: null }]);
  });
});
