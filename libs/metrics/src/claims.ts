import { quantile } from './quantile.js';
import { ratio } from './ratio.js';
import { assertFiniteMs } from './zone.js';

/**
 * What is known about one claim (all times epoch ms). settledAt, rejectedAt and reopenedAt are the
 * latest such events; reopenedCount counts every REOPENED event.
 */
export interface ClaimRecord {
  claimId: string;
  queue: string;
  openedAt: number;
  settledAt?: number | null;
  rejectedAt?: number | null;
  reopenedCount: number;
  reopenedAt?: number | null;
}

/** Backlog by age (now − openedAt), lower bounds inclusive: [0, 24 h), [24 h, 72 h), [72 h, 168 h), ≥ 168 h. */
export interface ClaimAging {
  under24h: number;
  oneToThreeDays: number;
  threeToSevenDays: number;
  overSevenDays: number;
}

/** The claim-desk figures of metrics.md at `atMs`, with flows over [fromMs, atMs). */
export interface ClaimFigures {
  atMs: number;
  fromMs: number | null;
  slaHours: number;
  /** Claims open at atMs. */
  backlog: number;
  aging: ClaimAging;
  /** Claims opened in [fromMs, atMs). */
  opened: number;
  /** Claims whose (latest) settlement is in [fromMs, atMs). */
  settled: number;
  /** Claims whose (latest) rejection is in [fromMs, atMs). */
  rejected: number;
  /** Claims whose latest reopening is in [fromMs, atMs). */
  reopened: number;
  /** Median settlement cycle time (opened → settled) of the claims settled in the range, hours. */
  cycleTimeMedianHours: number | null;
  /** 90th percentile of the same cycle times, hours. */
  cycleTimeP90Hours: number | null;
  /** Settled claims with cycle time ≤ slaHours. */
  settledWithinSla: number;
  /** settledWithinSla / settled. */
  settledWithinSlaRate: number | null;
}

const HOUR_MS = 3_600_000;

/**
 * Whether a claim is open at `atMs`, counting only events strictly before atMs: it was opened, and
 * either never closed (settled or rejected) or reopened after its latest close. The record keeps only
 * the latest settle/reject/reopen times, so for a claim reopened and closed again, an earlier
 * closed-then-reopened stretch before atMs cannot be seen; the answer is exact at the present and for
 * claims never reopened.
 */
export function isClaimOpenAt(claim: ClaimRecord, atMs: number): boolean {
  if (!(claim.openedAt < atMs)) return false;
  const closes = [claim.settledAt, claim.rejectedAt].filter((t): t is number => t != null && t < atMs);
  if (closes.length === 0) return true;
  const closedAt = Math.max(...closes);
  return claim.reopenedAt != null && claim.reopenedAt > closedAt && claim.reopenedAt < atMs;
}

/**
 * The claim-desk figures of metrics.md ("Claim desk"): backlog at atMs with its aging buckets (age
 * from openedAt, also for reopened claims), and over the half-open range [fromMs, atMs) — all history
 * when fromMs is omitted — the claims opened, settled, rejected and reopened, the settlement cycle
 * time (opened → latest settlement, hours; median and 90th percentile by linear interpolation, see
 * quantile) and the share settled within the claim SLA (cycle time ≤ slaHours, default 72 h per
 * metrics.md). Events at exactly atMs belong to the next range.
 *
 * @throws RangeError naming the field when a time is not finite, a claim's reopenedCount is not a whole
 *   number ≥ 0, slaHours is not > 0, or fromMs is after atMs.
 */
export function claimFigures(
  claims: readonly ClaimRecord[],
  options: { atMs: number; slaHours: number; fromMs?: number | null },
): ClaimFigures {
  const { atMs, slaHours } = options;
  const fromMs = options.fromMs ?? null;
  assertFiniteMs('atMs', atMs);
  if (fromMs !== null) {
    assertFiniteMs('fromMs', fromMs);
    if (fromMs > atMs) throw new RangeError(`fromMs must not be after atMs (fromMs ${fromMs}, atMs ${atMs})`);
  }
  if (typeof slaHours !== 'number' || !Number.isFinite(slaHours) || slaHours <= 0) {
    throw new RangeError(`slaHours must be a finite number > 0, got ${String(slaHours)}`);
  }
  claims.forEach(validateClaim);

  const inRange = (t: number | null | undefined): t is number =>
    t != null && t < atMs && (fromMs === null || t >= fromMs);
  const aging: ClaimAging = { under24h: 0, oneToThreeDays: 0, threeToSevenDays: 0, overSevenDays: 0 };
  let backlog = 0;
  const cycleHours: number[] = [];
  let opened = 0;
  let rejected = 0;
  let reopened = 0;
  for (const claim of claims) {
    if (isClaimOpenAt(claim, atMs)) {
      backlog += 1;
      const ageHours = (atMs - claim.openedAt) / HOUR_MS;
      if (ageHours < 24) aging.under24h += 1;
      else if (ageHours < 72) aging.oneToThreeDays += 1;
      else if (ageHours < 168) aging.threeToSevenDays += 1;
      else aging.overSevenDays += 1;
    }
    if (inRange(claim.openedAt)) opened += 1;
    if (inRange(claim.settledAt)) cycleHours.push(Math.max(0, claim.settledAt - claim.openedAt) / HOUR_MS);
    if (inRange(claim.rejectedAt)) rejected += 1;
    if (inRange(claim.reopenedAt)) reopened += 1;
  }
  const settledWithinSla = cycleHours.filter((h) => h <= slaHours).length;
  return {
    atMs,
    fromMs,
    slaHours,
    backlog,
    aging,
    opened,
    settled: cycleHours.length,
    rejected,
    reopened,
    cycleTimeMedianHours: cycleHours.length === 0 ? null : quantile(cycleHours, 0.5),
    cycleTimeP90Hours: cycleHours.length === 0 ? null : quantile(cycleHours, 0.9),
    settledWithinSla,
    settledWithinSlaRate: ratio(settledWithinSla, cycleHours.length),
  };
}

function validateClaim(claim: ClaimRecord, i: number): void {
  const field = `claims[${i}]`;
  assertFiniteMs(`${field}.openedAt`, claim.openedAt);
  for (const key of ['settledAt', 'rejectedAt', 'reopenedAt'] as const) {
    const value = claim[key];
    if (value != null) assertFiniteMs(`${field}.${key}`, value);
  }
  if (!Number.isInteger(claim.reopenedCount) || claim.reopenedCount < 0) {
    throw new RangeError(
      `${field}.reopenedCount must be a whole number ≥ 0, got ${String(claim.reopenedCount)}`,
    );
  }
}
