import { createHmac } from 'node:crypto';
import type { WireEvent } from '@servicefloor/contracts';

/** Marks a stored customer id as a pseudonym (version 1: HMAC-SHA256, base64url). */
export const PSEUDONYM_PREFIX = 'p1:';

/**
 * The pseudonym of a customer identifier: HMAC-SHA256 keyed with CUSTOMER_ID_KEY (RFC 2104),
 * base64url, prefixed "p1:" (46 characters). Equal ids give equal pseudonyms, so repeat-contact
 * detection (derived FCR) works unchanged; without the key the id cannot be recovered or
 * confirmed by hashing guesses (a plain hash of a phone number could be).
 */
export function customerPseudonym(customerId: string, key: string): string {
  return PSEUDONYM_PREFIX + createHmac('sha256', key).update(customerId, 'utf8').digest('base64url');
}

/** The event with its customerId replaced by the pseudonym; the same event when there is none or no key. */
export function pseudonymizeEvent(event: WireEvent, key: string | undefined): WireEvent {
  if (key === undefined || !('customerId' in event) || event.customerId === undefined) return event;
  return { ...event, customerId: customerPseudonym(event.customerId, key) };
}
