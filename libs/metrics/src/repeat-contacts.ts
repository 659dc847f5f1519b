/** Derived FCR window (metrics.md: "no repeat contact by the same customer within 7 days"). */
export const FCR_REPEAT_WINDOW_MS = 7 * 86_400_000;

/** The fields of a contact that decide whether it was repeated. */
export interface CustomerContact {
  contactId: string;
  customerId?: string | null;
  offeredAt?: number | null;
}

/**
 * Whether `next` is a repeat of `first` for derived FCR: the same customer, offered after `first` and
 * at most 7 days later (any channel or queue). Contacts offered at the same millisecond are ordered by
 * contactId, so exactly one of two simultaneous contacts is the repeat of the other. Contacts without a
 * customerId or not yet offered never repeat.
 *
 * @example isRepeatContact({ contactId: 'a', customerId: 'u1', offeredAt: t }, { contactId: 'b', customerId: 'u1', offeredAt: t + 3 days }) === true
 */
export function isRepeatContact(first: CustomerContact, next: CustomerContact): boolean {
  if (!first.customerId || first.customerId !== next.customerId) return false;
  if (first.offeredAt == null || next.offeredAt == null || first.contactId === next.contactId) return false;
  const gap = next.offeredAt - first.offeredAt;
  if (gap < 0 || gap > FCR_REPEAT_WINDOW_MS) return false;
  return gap > 0 || next.contactId > first.contactId;
}

/**
 * The ids of the contacts that were repeated: for each, another contact by the same customer followed
 * within 7 days (isRepeatContact). Those are the contacts whose ContactRecord.repeatWithin7Days is
 * true; the rest have no repeat so far. Order of the input does not matter. O(n log n).
 */
export function repeatedContactIds(contacts: readonly CustomerContact[]): Set<string> {
  const byCustomer = new Map<string, CustomerContact[]>();
  for (const contact of contacts) {
    if (!contact.customerId || contact.offeredAt == null) continue;
    const list = byCustomer.get(contact.customerId) ?? [];
    list.push(contact);
    byCustomer.set(contact.customerId, list);
  }
  const repeated = new Set<string>();
  for (const list of byCustomer.values()) {
    list.sort(
      (a, b) =>
        a.offeredAt! - b.offeredAt! || (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0),
    );
    for (let i = 0; i + 1 < list.length; i++) {
      // In sorted order only the next (other) contact by the same customer needs checking.
      let j = i + 1;
      while (j < list.length && list[j]!.contactId === list[i]!.contactId) j++;
      if (j < list.length && isRepeatContact(list[i]!, list[j]!)) repeated.add(list[i]!.contactId);
    }
  }
  return repeated;
}
