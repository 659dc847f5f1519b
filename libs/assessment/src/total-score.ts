/** Grade boundaries on the 0–100 total score, best first (A from 90, B from 80, …, E below 60). */
export const GRADE_BOUNDS: readonly { grade: string; from: number }[] = [
  { grade: 'A', from: 90 },
  { grade: 'B', from: 80 },
  { grade: 'C', from: 70 },
  { grade: 'D', from: 60 },
  { grade: 'E', from: 0 },
];

/** The total of a scorecard. */
export interface TotalScore {
  /** Points earned out of the weights of the criteria with data, on a 0–100 scale; null when none has data. */
  score: number | null;
  grade: string | null;
  /** Σ weight of the criteria that had data. */
  scoredWeight: number;
  /** Σ weight of every criterion. */
  totalWeight: number;
  /** Criteria without data (left out of the score, and said so). */
  missing: number;
}

/**
 * Total score = 100 × Σ points / Σ weight over the criteria with data; criteria without data are
 * left out of both sums (a jury scores what was evidenced) and counted in `missing`. Grade from
 * {@link GRADE_BOUNDS}.
 */
export function totalScore(criteria: readonly { weight: number; points: number | null }[]): TotalScore {
  let earned = 0;
  let scoredWeight = 0;
  let totalWeight = 0;
  let missing = 0;
  for (const c of criteria) {
    totalWeight += c.weight;
    if (c.points === null) missing += 1;
    else {
      earned += c.points;
      scoredWeight += c.weight;
    }
  }
  const score = scoredWeight > 0 ? (100 * earned) / scoredWeight : null;
  return { score, grade: score === null ? null : gradeOf(score), scoredWeight, totalWeight, missing };
}

/** The grade of a 0–100 score (see {@link GRADE_BOUNDS}). */
export function gradeOf(score: number): string {
  return GRADE_BOUNDS.find((b) => score >= b.from)?.grade ?? 'E';
}
