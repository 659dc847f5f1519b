import { ceilCount, requireNonNegative, requirePositive } from './validate.js';

/** Inputs of {@link claimDeskRequirement}: deferred work (claims) that must be done within an SLA window. */
export interface ClaimDeskInput {
  /** Claims expected to arrive during the SLA window (≥ 0); each must be settled within it. */
  arrivals: number;
  /** Claims already open that must also be settled within the same window (≥ 0). */
  backlogToClear: number;
  /** Average handling (touch) time per claim, seconds (> 0). */
  handleSeconds: number;
  /**
   * Productive hours one agent puts into claims during the SLA window (> 0, ≤ slaHours):
   * their scheduled hours in the window less breaks, meetings and other shrinkage.
   * E.g. 3 working days × 6.5 h = 19.5 for a 72-hour window.
   */
  productiveHoursPerAgent: number;
  /** Length of the SLA window, hours (> 0), e.g. 72 for the claim desk default of metrics.md. */
  slaHours: number;
}

/** Staffing for a claim desk over one SLA window. */
export interface ClaimDeskRequirement {
  /** Handling workload: (arrivals + backlog) × handle time, in staff-hours. */
  staffHours: number;
  /** staffHours / productiveHoursPerAgent: agents needed, as a fraction. */
  fractionalAgents: number;
  /** fractionalAgents rounded up: whole agents needed to finish within the window. */
  agents: number;
  /** Claims that must be settled per hour of the window: (arrivals + backlog) / slaHours. */
  claimsPerHour: number;
}

/**
 * Claim desk requirement (metrics.md "Claim desk requirement", deferred work): the staff-hours
 * and agents needed to settle the claims that arrive in an SLA window plus the backlog to
 * clear, within that window — staff-hours = (arrivals + backlog) × handle time, agents =
 * staff-hours / productive hours per agent in the window. A workload model, not a queue:
 * deferred work can wait inside its window, so only the total capacity matters.
 *
 * @returns staffHours, fractionalAgents, agents (rounded up) and claimsPerHour
 * @throws Error naming the field when a count is negative, a time is not > 0, or
 *   productiveHoursPerAgent exceeds slaHours
 * @example claimDeskRequirement({ arrivals: 600, backlogToClear: 150, handleSeconds: 1200,
 *   productiveHoursPerAgent: 19.5, slaHours: 72 }) // 250 staff-hours, 12.82 → 13 agents
 */
export function claimDeskRequirement(input: ClaimDeskInput): ClaimDeskRequirement {
  const fn = 'claimDeskRequirement';
  const arrivals = requireNonNegative(fn, 'arrivals', input.arrivals);
  const backlog = requireNonNegative(fn, 'backlogToClear', input.backlogToClear);
  const handle = requirePositive(fn, 'handleSeconds', input.handleSeconds);
  const productive = requirePositive(fn, 'productiveHoursPerAgent', input.productiveHoursPerAgent);
  const sla = requirePositive(fn, 'slaHours', input.slaHours);
  if (productive > sla) {
    throw new Error(
      `${fn}: productiveHoursPerAgent must be <= slaHours (got ${productive} > ${sla}): ` +
        'it counts the hours one agent works within the SLA window',
    );
  }
  const claims = arrivals + backlog;
  const staffHours = (claims * handle) / 3600;
  const fractionalAgents = staffHours / productive;
  return { staffHours, fractionalAgents, agents: ceilCount(fractionalAgents), claimsPerHour: claims / sla };
}
