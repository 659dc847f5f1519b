import { ratio } from './ratio.js';

/** Lowest CSAT score (1–5 scale) in the top-2 box. */
export const CSAT_TOP2_MIN = 4;
/** Lowest NPS score (0–10 scale) of a promoter. */
export const NPS_PROMOTER_MIN = 9;
/** Highest NPS score (0–10 scale) of a detractor. */
export const NPS_DETRACTOR_MAX = 6;

export type NpsCategory = 'PROMOTER' | 'PASSIVE' | 'DETRACTOR';

/**
 * Whether a CSAT response is in the top-2 box (4 or 5 on 1–5; metrics.md, "Quality and satisfaction").
 * @throws RangeError when the score is not a whole number 1–5.
 */
export function isCsatTop2(score: number, field = 'csat'): boolean {
  assertScale(field, score, 1, 5);
  return score >= CSAT_TOP2_MIN;
}

/**
 * Net Promoter category of a 0–10 response: promoter 9–10, passive 7–8, detractor 0–6 (metrics.md).
 * @throws RangeError when the score is not a whole number 0–10.
 */
export function npsCategory(score: number, field = 'nps'): NpsCategory {
  assertScale(field, score, 0, 10);
  if (score >= NPS_PROMOTER_MIN) return 'PROMOTER';
  return score <= NPS_DETRACTOR_MAX ? 'DETRACTOR' : 'PASSIVE';
}

/**
 * CSAT: share of responses scoring 4 or 5 (top-2 box), a fraction 0–1; null without responses.
 * @example csat([5, 4, 3, 1]) === 0.5
 * @throws RangeError naming the first score that is not a whole number 1–5.
 */
export function csat(scores: readonly number[]): number | null {
  return ratio(scores.filter((s, i) => isCsatTop2(s, `scores[${i}]`)).length, scores.length);
}

/**
 * Mean CSAT score (1–5), shown beside the top-2-box share; null without responses.
 * @example csatMean([5, 4, 3, 1]) === 3.25
 * @throws RangeError naming the first score that is not a whole number 1–5.
 */
export function csatMean(scores: readonly number[]): number | null {
  scores.forEach((s, i) => assertScale(`scores[${i}]`, s, 1, 5));
  return ratio(
    scores.reduce((sum, s) => sum + s, 0),
    scores.length,
  );
}

/**
 * NPS as a fraction: (promoters − detractors) / responses, from −1 to 1 (metrics.md's
 * "% promoters − % detractors" is this × 100; fractions keep every ratio on one scale). Null without
 * responses.
 * @example nps([10, 9, 8, 0]) === 0.25 — (2 promoters − 1 detractor) / 4
 * @throws RangeError naming the first score that is not a whole number 0–10.
 */
export function nps(scores: readonly number[]): number | null {
  let net = 0;
  scores.forEach((s, i) => {
    const category = npsCategory(s, `scores[${i}]`);
    if (category === 'PROMOTER') net += 1;
    if (category === 'DETRACTOR') net -= 1;
  });
  return ratio(net, scores.length);
}

export function assertScale(field: string, score: number, min: number, max: number): void {
  if (!Number.isInteger(score) || score < min || score > max) {
    throw new RangeError(`${field} must be a whole number ${min}–${max}, got ${String(score)}`);
  }
}
