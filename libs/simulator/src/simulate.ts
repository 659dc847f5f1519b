import type { WireEvent } from '@servicefloor/contracts';
import type { CenterDefinition } from './center.js';
import { CLAIM_LIFETIME_DAYS, ClaimDay } from './claim-day.js';
import { ContactDay } from './contact-day.js';
import type { PendingSource } from './merge-sources.js';
import { mergeSources } from './merge-sources.js';
import type { SimulationSettings } from './simulation-context.js';
import { SimulationContext } from './simulation-context.js';
import { dayBounds, dayNumberToDate, localDayNumber, localMidnight } from './zone-clock.js';

const HOUR_MS = 3_600_000;
/** Contact-day events (completions, surveys, evaluations) fall before the day's end + 24 h. */
const CONTACT_TRAILING_MS = 25 * HOUR_MS;

export interface SimulateOptions extends SimulationSettings {
  center: CenterDefinition;
  /** The window, epoch ms: events with fromMs ≤ time < toMs are yielded. */
  fromMs: number;
  toMs: number;
  seed: number;
}

/**
 * Simulates the center and yields its wire events (metrics.md, "Events") with occurredAt in
 * [fromMs, toMs), in time order, lazily: a run of months never holds more than a couple of days of
 * state. Deterministic: the same seed gives the same events, with the same eventIds, whatever the
 * window — each local day is simulated on its own from streams seeded by (seed, day), and a window
 * includes the late events (completions, surveys, evaluations, claim settlements) of the days
 * before it. So windows can be generated in any order or in parallel, and the union of adjacent
 * windows equals one run over their span.
 *
 * Cost: every day that overlaps the window, plus the day before it, is simulated in full; claims
 * of the 28 days before the window are generated too (cheap).
 *
 * @throws RangeError naming the field when fromMs/toMs are not finite or toMs ≤ fromMs, or seed is
 *   not a whole number; Error naming the field when the center definition is invalid.
 */
export function simulate(options: SimulateOptions): Generator<WireEvent> {
  const { center, fromMs, toMs, seed } = options;
  if (!Number.isFinite(fromMs))
    throw new RangeError(`fromMs must be a finite epoch time in ms, got ${fromMs}`);
  if (!Number.isFinite(toMs) || toMs <= fromMs)
    throw new RangeError(`toMs must be a finite time after fromMs, got ${toMs}`);
  const ctx = new SimulationContext(center, seed, options);
  const zone = center.timeZone;
  const lastDay = localDayNumber(zone, toMs - 1);
  const firstContactDay = localDayNumber(zone, fromMs - CONTACT_TRAILING_MS);
  const firstClaimDay = localDayNumber(zone, fromMs) - CLAIM_LIFETIME_DAYS - 1;
  const sources: PendingSource[] = [];
  for (let day = Math.min(firstContactDay, firstClaimDay); day <= lastDay; day++) {
    const startMs = localMidnight(zone, day);
    if (day >= firstContactDay) sources.push({ startMs, open: () => new ContactDay(ctx, day) });
    if (day >= firstClaimDay) sources.push({ startMs, open: () => new ClaimDay(ctx, day) });
  }
  return mergeSources(sources, fromMs, toMs);
}

export interface SimulateDayOptions extends SimulationSettings {
  center: CenterDefinition;
  /** Local date YYYY-MM-DD in the center's time zone. */
  date: string;
  seed: number;
}

/**
 * Everything that starts on one local day — its contacts and agent shifts, the claims opened that
 * day — followed to its end, in time order: the day's own events plus their late ones (surveys and
 * evaluations up to a day later, claim settlements up to 28 days later). Each event of the center's
 * history belongs to exactly one day, so days can be generated independently, newest first or in
 * parallel, and together give the same events as simulate() over their span.
 *
 * @throws RangeError naming date when it is not YYYY-MM-DD; as simulate otherwise.
 */
export function simulateDay(options: SimulateDayOptions): Generator<WireEvent> {
  const { center, date, seed } = options;
  const { fromMs } = dayBounds(center.timeZone, date);
  const ctx = new SimulationContext(center, seed, options);
  const day = localDayNumber(center.timeZone, fromMs);
  return mergeSources(
    [
      { startMs: fromMs, open: () => new ContactDay(ctx, day) },
      { startMs: fromMs, open: () => new ClaimDay(ctx, day) },
    ],
    -Infinity,
    Infinity,
  );
}

export interface CenterDay {
  /** Local date YYYY-MM-DD. */
  date: string;
  /** The part of the window on that day, epoch ms. */
  fromMs: number;
  toMs: number;
}

/**
 * The local days of the center's time zone that overlap [fromMs, toMs), each with its part of the
 * window, oldest first: windows to pass to simulate() one by one, newest first, or in parallel.
 *
 * @throws RangeError naming the field when the window is empty or not finite.
 */
export function centerDays(center: CenterDefinition, fromMs: number, toMs: number): CenterDay[] {
  if (!Number.isFinite(fromMs))
    throw new RangeError(`fromMs must be a finite epoch time in ms, got ${fromMs}`);
  if (!Number.isFinite(toMs) || toMs <= fromMs)
    throw new RangeError(`toMs must be a finite time after fromMs, got ${toMs}`);
  const zone = center.timeZone;
  const days: CenterDay[] = [];
  for (let day = localDayNumber(zone, fromMs); ; day++) {
    const start = localMidnight(zone, day);
    if (start >= toMs) break;
    const end = localMidnight(zone, day + 1);
    days.push({ date: dayNumberToDate(day), fromMs: Math.max(fromMs, start), toMs: Math.min(toMs, end) });
  }
  return days;
}
