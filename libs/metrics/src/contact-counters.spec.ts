import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_COUNTER_KEYS,
  addContactCounters,
  emptyContactCounters,
  subtractContactCounters,
} from './contact-counters.js';
import type { ContactCounters } from './contact-counters.js';

const counters = (): fc.Arbitrary<ContactCounters> =>
  fc
    .tuple(
      fc.array(fc.integer({ min: -1e9, max: 1e9 }), {
        minLength: CONTACT_COUNTER_KEYS.length,
        maxLength: CONTACT_COUNTER_KEYS.length,
      }),
      fc.nat(1e9),
    )
    .map(([values, maxWait]) => {
      const c = emptyContactCounters();
      CONTACT_COUNTER_KEYS.forEach((key, i) => (c[key] = values[i]!));
      c.maxWait = maxWait;
      return c;
    });

describe('contact counters', () => {
  it('lists every required counter once, with 13 buckets each for answer and abandon waits', () => {
    expect(new Set(CONTACT_COUNTER_KEYS).size).toBe(CONTACT_COUNTER_KEYS.length);
    expect(CONTACT_COUNTER_KEYS.filter((k) => k.startsWith('answerWait'))).toHaveLength(13);
    expect(CONTACT_COUNTER_KEYS.filter((k) => k.startsWith('abandonWait'))).toHaveLength(13);
    expect(CONTACT_COUNTER_KEYS).not.toContain('maxWait');
    expect(emptyContactCounters().maxWait).toBe(0);
  });

  it('add sums and takes the max of maxWait; subtract keeps the minuend maxWait', () => {
    const a = { ...emptyContactCounters(), offered: 3, sumAnswerWait: 12_000, maxWait: 9_000 };
    const b = { ...emptyContactCounters(), offered: 1, sumAnswerWait: 1_000, maxWait: 20_000 };
    expect(addContactCounters(a, b)).toMatchObject({ offered: 4, sumAnswerWait: 13_000, maxWait: 20_000 });
    expect(subtractContactCounters(a, b)).toMatchObject({
      offered: 2,
      sumAnswerWait: 11_000,
      maxWait: 9_000,
    });
  });

  it('empty is the identity; subtract undoes add on every additive counter (property)', () => {
    fc.assert(
      fc.property(counters(), counters(), (a, b) => {
        expect(addContactCounters(a, emptyContactCounters())).toEqual(a);
        const back = subtractContactCounters(addContactCounters(a, b), b);
        expect({ ...back, maxWait: 0 }).toEqual({ ...a, maxWait: 0 });
        expect(back.maxWait).toBe(Math.max(a.maxWait, b.maxWait));
      }),
    );
  });

  it('add is commutative and associative (property)', () => {
    fc.assert(
      fc.property(counters(), counters(), counters(), (a, b, c) => {
        expect(addContactCounters(a, b)).toEqual(addContactCounters(b, a));
        expect(addContactCounters(addContactCounters(a, b), c)).toEqual(
          addContactCounters(a, addContactCounters(b, c)),
        );
      }),
    );
  });
});
