import type { Random } from './random.js';

/** CSAT weights for scores 5, 4, 3, 2, 1 by the customer's experience. */
const CSAT_RESOLVED = [0.6, 0.27, 0.08, 0.03, 0.02];
const CSAT_RESOLVED_LONG_WAIT = [0.38, 0.32, 0.16, 0.08, 0.06];
const CSAT_UNRESOLVED = [0.12, 0.23, 0.27, 0.2, 0.18];

const COMMENTS_GOOD = [
  'Very patient and professional',
  '服务很好，谢谢',
  'Quick and clear answer',
  '客服态度很好',
];
const COMMENTS_BAD = ['Waited too long', '问题还没有解决', 'Had to explain twice', '等待时间太长'];

/** The answer fields of a survey event (metrics.md, "Events"). */
export interface SurveyAnswers {
  csat: number;
  nps?: number;
  resolved?: boolean;
  comment?: string;
}

/**
 * Fills in a survey response on `into` (the event being built): CSAT 1–5 drawn from weights that
 * depend on whether the issue was resolved and whether the wait was long; NPS (given by 70 %) near
 * 2 × CSAT − 0.5 with noise, clamped to 0–10; the resolved question answered by 80 %; a comment by
 * 10 %. Fields not answered are left out.
 */
export function surveyAnswers<T extends object>(
  rng: Random,
  resolved: boolean,
  longWait: boolean,
  into: T,
): T & SurveyAnswers {
  const out = into as T & SurveyAnswers;
  const weights = !resolved ? CSAT_UNRESOLVED : longWait ? CSAT_RESOLVED_LONG_WAIT : CSAT_RESOLVED;
  out.csat = 5 - rng.weighted(weights);
  if (rng.chance(0.7))
    out.nps = Math.min(10, Math.max(0, Math.round(2 * out.csat - 0.5 + 1.2 * rng.normal())));
  if (rng.chance(0.8)) out.resolved = resolved;
  if (rng.chance(0.1)) {
    const pool = out.csat >= 4 ? COMMENTS_GOOD : COMMENTS_BAD;
    out.comment = pool[rng.int(0, pool.length - 1)];
  }
  return out;
}

/** A quality-inspection score 0–100 (whole points) around the agent's typical score, sd 7. */
export function qualityScore(rng: Random, typical: number): number {
  return Math.min(100, Math.max(0, Math.round(typical + 7 * rng.normal())));
}
