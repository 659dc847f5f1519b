import { ratio } from './ratio.js';

/** Lowest quality-evaluation score (0–100) that passes (metrics.md: "pass rate = share ≥ 80"). */
export const QA_PASS_SCORE = 80;

/**
 * Whether a quality evaluation passes (score ≥ 80).
 * @throws RangeError when the score is not a number 0–100.
 */
export function isQaPass(score: number, field = 'score'): boolean {
  assertQaScore(field, score);
  return score >= QA_PASS_SCORE;
}

/**
 * QA score: mean of evaluation scores (0–100); null without evaluations.
 * @example qaScore([92, 78, 80]) === 250 / 3
 * @throws RangeError naming the first score that is not a number 0–100.
 */
export function qaScore(scores: readonly number[]): number | null {
  scores.forEach((s, i) => assertQaScore(`scores[${i}]`, s));
  return ratio(
    scores.reduce((sum, s) => sum + s, 0),
    scores.length,
  );
}

/**
 * QA pass rate: share of evaluations scoring ≥ 80, a fraction; null without evaluations.
 * @example qaPassRate([92, 78, 80]) === 2 / 3
 * @throws RangeError naming the first score that is not a number 0–100.
 */
export function qaPassRate(scores: readonly number[]): number | null {
  return ratio(scores.filter((s, i) => isQaPass(s, `scores[${i}]`)).length, scores.length);
}

function assertQaScore(field: string, score: number): void {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`${field} must be a number 0–100, got ${String(score)}`);
  }
}
