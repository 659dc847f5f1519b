import { requireFractionBelow1, requireNonNegative } from './validate.js';

/**
 * Scheduled staff: the agents to put on the schedule so that, after shrinkage, `required`
 * are available to take contacts — required / (1 − shrinkage) (metrics.md "Planning").
 * Shrinkage is the share of paid time not available for contacts (breaks, meals, training,
 * meetings, absence; metrics.md "Agent metrics"). The result is fractional; round it up for
 * a head count.
 *
 * @param required agents needed on contacts (≥ 0), e.g. from {@link requiredAgents}
 * @param shrinkage share of paid time lost, in [0, 1)
 * @throws Error naming the field when required is negative or not finite, or shrinkage is outside [0, 1)
 * @example scheduledStaff(14, 0.3) // 20
 */
export function scheduledStaff(required: number, shrinkage: number): number {
  requireNonNegative('scheduledStaff', 'required', required);
  requireFractionBelow1('scheduledStaff', 'shrinkage', shrinkage);
  return required / (1 - shrinkage);
}
