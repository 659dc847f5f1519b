import type { ServiceLevelVariant } from '@servicefloor/contracts';
import { ratio } from './ratio.js';

/** The counts a service level is computed from. */
export interface ServiceLevelCounts {
  offered: number;
  answered: number;
  answeredWithinThreshold: number;
  abandoned: number;
  shortAbandoned: number;
  flowedOut: number;
}

/**
 * Service level, a fraction, by the queue's variant (metrics.md, "Contact metrics"):
 * - DEFAULT: answered within T / (answered + abandoned + flowed out − short abandoned)
 * - ANSWERED_ONLY: answered within T / answered
 * - OFFERED: answered within T / offered
 * - EXCLUDE_FLOWED_OUT: answered within T / (answered + abandoned − short abandoned)
 * Null when the denominator is 0.
 *
 * @example serviceLevel({ offered: 10, answered: 7, answeredWithinThreshold: 6, abandoned: 2, shortAbandoned: 1, flowedOut: 1 }, 'DEFAULT') === 6 / 9
 * @throws RangeError for an unknown variant.
 */
export function serviceLevel(counts: ServiceLevelCounts, variant: ServiceLevelVariant): number | null {
  const within = counts.answeredWithinThreshold;
  switch (variant) {
    case 'DEFAULT':
      return ratio(within, counts.answered + counts.abandoned + counts.flowedOut - counts.shortAbandoned);
    case 'ANSWERED_ONLY':
      return ratio(within, counts.answered);
    case 'OFFERED':
      return ratio(within, counts.offered);
    case 'EXCLUDE_FLOWED_OUT':
      return ratio(within, counts.answered + counts.abandoned - counts.shortAbandoned);
    default:
      throw new RangeError(
        `slVariant must be one of DEFAULT, ANSWERED_ONLY, OFFERED, EXCLUDE_FLOWED_OUT, got ${JSON.stringify(variant as unknown)}`,
      );
  }
}
