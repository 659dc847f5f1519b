import type { ScorecardData } from './scorecardCsv.js';

type Criterion = ScorecardData['criteria'][number]['criterion'];

/** The months of a period without any figure, and those where some criteria have none. */
export function monthsLackingData(data: ScorecardData): {
  empty: string[];
  partial: { month: string; criteria: Criterion[] }[];
} {
  const empty: string[] = [];
  const partial: { month: string; criteria: Criterion[] }[] = [];
  for (const { month } of data.months) {
    const missing = data.criteria.filter(
      (c) => (c.months.find((m) => m.month === month)?.score.status ?? 'NO_DATA') === 'NO_DATA',
    );
    if (missing.length === data.criteria.length) empty.push(month);
    else if (missing.length > 0) partial.push({ month, criteria: missing.map((c) => c.criterion) });
  }
  return { empty, partial };
}
