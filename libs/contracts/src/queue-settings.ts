import type { Channel, ServiceLevelVariant } from './enums.js';

/** The per-queue definitions that metrics depend on. */
export interface QueueSettings {
  /** Service-level threshold T in seconds (answered with wait ≤ T counts as within). */
  slThresholdSeconds: number;
  /** Service-level target as a fraction, e.g. 0.8. */
  slTarget: number;
  slVariant: ServiceLevelVariant;
  /** Abandoned with wait < this many seconds is a short abandon. */
  shortAbandonSeconds: number;
  /** Claim desk only: a claim settled within this many hours is in SLA. */
  claimSlaHours: number;
}

/** Defaults for a new queue, per channel (metrics.md). */
export function defaultQueueSettings(channel: Channel): QueueSettings {
  switch (channel) {
    case 'HOTLINE':
      return {
        slThresholdSeconds: 20,
        slTarget: 0.8,
        slVariant: 'DEFAULT',
        shortAbandonSeconds: 5,
        claimSlaHours: 72,
      };
    case 'ONLINE':
      return {
        slThresholdSeconds: 60,
        slTarget: 0.8,
        slVariant: 'DEFAULT',
        shortAbandonSeconds: 5,
        claimSlaHours: 72,
      };
    case 'CLAIM_DESK':
      return {
        slThresholdSeconds: 72 * 3600,
        slTarget: 0.9,
        slVariant: 'DEFAULT',
        shortAbandonSeconds: 5,
        claimSlaHours: 72,
      };
  }
}
