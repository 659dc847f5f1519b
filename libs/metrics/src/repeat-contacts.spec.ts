import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FCR_REPEAT_WINDOW_MS, isRepeatContact, repeatedContactIds } from './repeat-contacts.js';
import type { CustomerContact } from './repeat-contacts.js';

const DAY = 86_400_000;
const c = (contactId: string, customerId: string | null, offeredAt: number | null): CustomerContact => ({
  contactId,
  customerId,
  offeredAt,
});

describe('isRepeatContact', () => {
  it('same customer, later, within 7 days inclusive', () => {
    expect(FCR_REPEAT_WINDOW_MS).toBe(7 * DAY);
    expect(isRepeatContact(c('a', 'u1', 0), c('b', 'u1', 3 * DAY))).toBe(true);
    expect(isRepeatContact(c('a', 'u1', 0), c('b', 'u1', 7 * DAY))).toBe(true);
    expect(isRepeatContact(c('a', 'u1', 0), c('b', 'u1', 7 * DAY + 1))).toBe(false);
    expect(isRepeatContact(c('b', 'u1', 3 * DAY), c('a', 'u1', 0))).toBe(false); // earlier is not a repeat
    expect(isRepeatContact(c('a', 'u1', 0), c('b', 'u2', DAY))).toBe(false);
    expect(isRepeatContact(c('a', null, 0), c('b', null, DAY))).toBe(false);
    expect(isRepeatContact(c('a', 'u1', null), c('b', 'u1', DAY))).toBe(false);
  });
  it('simultaneous contacts are ordered by contactId', () => {
    expect(isRepeatContact(c('a', 'u1', 5), c('b', 'u1', 5))).toBe(true);
    expect(isRepeatContact(c('b', 'u1', 5), c('a', 'u1', 5))).toBe(false);
  });
});

describe('repeatedContactIds', () => {
  it('marks each contact followed within 7 days by the same customer', () => {
    // u1: a (day 0) → b (day 2) → c (day 10): a repeated by b; b not (c is 8 days later); c last.
    // u2: d (day 0) → e (day 7): d repeated. f has no customer.
    const contacts = [
      c('c', 'u1', 10 * DAY),
      c('a', 'u1', 0),
      c('b', 'u1', 2 * DAY),
      c('d', 'u2', 0),
      c('e', 'u2', 7 * DAY),
      c('f', null, DAY),
    ];
    expect([...repeatedContactIds(contacts)].sort()).toEqual(['a', 'd']);
  });

  it('equals the pairwise definition, in any order (property)', () => {
    const contact = fc.record({
      customerId: fc.constantFrom('u1', 'u2', null),
      offeredAt: fc.option(fc.integer({ min: 0, max: 30 * DAY }), { nil: null, freq: 10 }),
    });
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 25 }), fc.infiniteStream(fc.nat()), (list, randoms) => {
        const contacts = list.map((x, i) => c(`c${i}`, x.customerId, x.offeredAt));
        const expected = contacts
          .filter((a) => contacts.some((b) => isRepeatContact(a, b)))
          .map((a) => a.contactId)
          .sort();
        const shuffled = contacts
          .map((x) => ({ x, k: randoms.next().value as number }))
          .sort((p, q) => p.k - q.k)
          .map(({ x }) => x);
        expect([...repeatedContactIds(shuffled)].sort()).toEqual(expected);
      }),
    );
  });
});
