import type { CenterDefinition } from './center.js';
import { dayVolumeFactor, expectedArrivals } from './arrival-rate.js';
import type { Random } from './random.js';
import { seedFraction } from './seed-hash.js';

const REPEAT_STREAM = 0x72657031;
const DELAY_STREAM = 0x72657032;

/**
 * Expected identified contacts (with a customerId) on a day: Σ over queues of expected arrivals ×
 * identifiedShare, with the day's volume factor. Deterministic without simulating the day.
 */
export function expectedIdentifiedContacts(
  center: CenterDefinition,
  seed: number,
  dayNumber: number,
  volumeFactor = 1,
): number {
  const factor = dayVolumeFactor(center, seed, dayNumber) * volumeFactor;
  let total = 0;
  for (const q of center.queues) {
    if (q.channel === 'CLAIM_DESK' || q.identifiedShare === 0) continue;
    const perInterval = expectedArrivals(center, q.demand, q.channel, dayNumber, factor);
    let sum = 0;
    for (const x of perInterval) sum += x;
    total += sum * q.identifiedShare;
  }
  return total;
}

/**
 * Who is calling: fresh customers and repeat customers, without coupling days.
 *
 * Fresh customer m of day d is named U<d>-<m> (numbered in arrival order). Whether that customer
 * comes back, and how many days later (1 … maxDelayDays), is a hash of (seed, d, m), so day D can
 * list its returning customers — those of days D − 1 … D − maxDelayDays whose delay lands on D —
 * without simulating those days. Only customers numbered below a safe bound (85 % of the day's
 * expected fresh customers) may return, so each returning customer did contact the center on day
 * d (the realised count exceeds the bound except with negligible probability). Each identified
 * arrival of day D is a returning customer with probability (returning list) / (expected
 * identified arrivals), taken in random order; the rest are fresh.
 */
export class RepeatCustomers {
  private readonly returningDay: Int32Array;
  private readonly returningIndex: Int32Array;
  private taken = 0;
  private readonly returnShare: number;
  private readonly bound: number;
  private fresh = 0;
  /** The last assign(): the customer's day and number, and whether they will come back / came back. */
  day = 0;
  index = 0;
  willReturn = false;
  isReturn = false;

  constructor(
    private readonly center: CenterDefinition,
    private readonly seed: number,
    private readonly dayNumber: number,
    rng: Random,
    volumeFactor = 1,
  ) {
    const { probability, maxDelayDays } = center.repeatContacts;
    const days: number[] = [];
    const indexes: number[] = [];
    if (probability > 0) {
      for (let k = 1; k <= maxDelayDays; k++) {
        const d = dayNumber - k;
        const limit = this.boundOf(d, volumeFactor);
        for (let m = 0; m < limit; m++) {
          if (this.returns(d, m) && this.delayOf(d, m) === k) {
            days.push(d);
            indexes.push(m);
          }
        }
      }
    }
    const order = rng.shuffle(days.map((_, i) => i));
    this.returningDay = Int32Array.from(order, (i) => days[i]);
    this.returningIndex = Int32Array.from(order, (i) => indexes[i]);
    const expected = expectedIdentifiedContacts(center, seed, dayNumber, volumeFactor);
    this.returnShare = expected > 0 ? Math.min(1, days.length / expected) : 0;
    this.bound = this.boundOf(dayNumber, volumeFactor);
  }

  /** Picks the customer of the next identified arrival. */
  assign(rng: Random): void {
    if (this.taken < this.returningDay.length && rng.uniform() < this.returnShare) {
      this.day = this.returningDay[this.taken];
      this.index = this.returningIndex[this.taken];
      this.taken++;
      this.willReturn = false;
      this.isReturn = true;
      return;
    }
    this.day = this.dayNumber;
    this.index = this.fresh++;
    this.willReturn = this.index < this.bound && this.returns(this.day, this.index);
    this.isReturn = false;
  }

  private boundOf(day: number, volumeFactor: number): number {
    const p = this.center.repeatContacts.probability;
    return Math.floor(0.85 * (1 - p) * expectedIdentifiedContacts(this.center, this.seed, day, volumeFactor));
  }

  private returns(day: number, m: number): boolean {
    return seedFraction(this.seed, day, m, REPEAT_STREAM) < this.center.repeatContacts.probability;
  }

  private delayOf(day: number, m: number): number {
    return (
      1 + Math.floor(seedFraction(this.seed, day, m, DELAY_STREAM) * this.center.repeatContacts.maxDelayDays)
    );
  }
}
