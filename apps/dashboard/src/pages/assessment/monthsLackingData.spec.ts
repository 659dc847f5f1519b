import { describe, expect, it } from 'vitest';
import { monthsLackingData } from './monthsLackingData.js';
import type { ScorecardData } from './scorecardCsv.js';

/** A scorecard of the fields monthsLackingData reads: criteria with a status per month. */
function scorecard(statuses: Record<string, Record<string, string>>, months: string[]): ScorecardData {
  return {
    months: months.map((month) => ({ month })),
    criteria: Object.entries(statuses).map(([key, byMonth]) => ({
      criterion: { key },
      months: Object.entries(byMonth).map(([month, status]) => ({ month, score: { status } })),
    })),
  } as unknown as ScorecardData;
}

describe('monthsLackingData', () => {
  it('names months without any figure, and months where some criteria have none', () => {
    const data = scorecard(
      {
        sl: { '2026-05': 'NO_DATA', '2026-06': 'MET', '2026-07': 'MISSED' },
        adherence: { '2026-05': 'NO_DATA', '2026-06': 'NO_DATA', '2026-07': 'NEAR' },
        // No row for 2026-05 at all counts as no data.
        qa: { '2026-06': 'MET', '2026-07': 'MET' },
      },
      ['2026-05', '2026-06', '2026-07'],
    );
    const { empty, partial } = monthsLackingData(data);
    expect(empty).toEqual(['2026-05']);
    expect(partial).toEqual([{ month: '2026-06', criteria: [{ key: 'adherence' }] }]);
  });

  it('finds nothing missing when every month has every criterion', () => {
    const data = scorecard({ sl: { '2026-05': 'MET' }, qa: { '2026-05': 'MISSED' } }, ['2026-05']);
    expect(monthsLackingData(data)).toEqual({ empty: [], partial: [] });
  });
});
