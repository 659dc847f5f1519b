import { createHash } from 'node:crypto';

/** The contract's limit on an eventId (libs/contracts `id`: at most 200 characters). */
export const MAX_EVENT_ID_LENGTH = 200;

/**
 * Builds a deterministic eventId from its parts, joined with `:`, so that importing the same
 * source twice yields the same ids and the server acknowledges the repeats as duplicates
 * (metrics.md, "Events": a repeated eventId changes nothing).
 *
 * An id longer than the contract allows (long queue names, long call ids) is replaced by
 * `<first part>:h:<sha-256 of the full id>`, which is still deterministic and collision-free
 * in practice. Never throws.
 *
 * @example eventId(['ql', '1700000000.12', 'ENTERQUEUE', '1700000000', 'support']) // 'ql:1700000000.12:ENTERQUEUE:1700000000:support'
 */
export function eventId(parts: readonly string[]): string {
  const id = parts.join(':');
  if (id.length <= MAX_EVENT_ID_LENGTH) return id;
  return `${parts[0] ?? 'id'}:h:${createHash('sha256').update(id).digest('hex')}`;
}
