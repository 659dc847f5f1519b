import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactContribution } from './contact-contribution.js';
import type { ContactRecord } from './contact-contribution.js';
import {
  CONTACT_COUNTER_KEYS,
  addContactCounters,
  emptyContactCounters,
  replaceContactContribution,
  subtractContactCounters,
} from './contact-counters.js';
import type { ContactCounters } from './contact-counters.js';
import { HOTLINE, T0, arbitraryContact, makeContact } from './testing.js';

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

describe('replaceContactContribution', () => {
  const of = (r: ContactRecord) => contactContribution(r, HOTLINE)!.counters;
  const long = of(makeContact({ abandonedAt: T0 + 30_000 })); // wait 30 s
  const short = of(makeContact({ answeredAt: T0 + 10_000 })); // wait 10 s
  const other = of(makeContact({ answeredAt: T0 + 20_000 })); // wait 20 s

  it('flags maxWait as stale when the contact holding it now waits less', () => {
    // Row = other (20 s) + long (30 s): max 30 s. The contact changes from 30 s abandoned to 10 s answered.
    const row = addContactCounters(other, long);
    const r = replaceContactContribution(row, long, short);
    expect(r.maxWaitStale).toBe(true);
    expect([r.counters.offered, r.counters.answered, r.counters.abandoned]).toEqual([2, 2, 0]);
  });

  it('keeps maxWait exact when the removed contribution did not hold it', () => {
    const row = addContactCounters(long, short);
    const r = replaceContactContribution(row, short, other);
    expect(r.maxWaitStale).toBe(false);
    expect(r.counters.maxWait).toBe(30_000);
  });

  it('handles a contact entering or leaving a row (null before/after)', () => {
    expect(replaceContactContribution(emptyContactCounters(), null, short).counters).toEqual(short);
    const left = replaceContactContribution(short, short, null);
    expect(left.counters.offered).toBe(0);
    expect(left.maxWaitStale).toBe(true);
  });

  it('incremental replacement equals a rebuild; when not stale, maxWait too (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryContact(), { maxLength: 15 }),
        arbitraryContact(),
        arbitraryContact(),
        (others, b, a) => {
          const base = others
            .map((r) => contactContribution(r, HOTLINE)?.counters ?? emptyContactCounters())
            .reduce(addContactCounters, emptyContactCounters());
          const before = contactContribution(b, HOTLINE)?.counters ?? null;
          const after = contactContribution(a, HOTLINE)?.counters ?? null;
          const row = before === null ? base : addContactCounters(base, before);
          const r = replaceContactContribution(row, before, after);
          const rebuilt = after === null ? base : addContactCounters(base, after);
          expect({ ...r.counters, maxWait: 0 }).toEqual({ ...rebuilt, maxWait: 0 });
          if (!r.maxWaitStale) expect(r.counters.maxWait).toBe(rebuilt.maxWait);
          else expect(r.counters.maxWait).toBeGreaterThanOrEqual(rebuilt.maxWait);
        },
      ),
    );
  });
});
