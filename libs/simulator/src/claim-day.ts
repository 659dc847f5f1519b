import type { ClaimEventType, WireEvent } from '@servicefloor/contracts';
import { ArrivalProcess, dayVolumeFactor, expectedArrivals } from './arrival-rate.js';
import type { ClaimDeskDefinition } from './center.js';
import type { PlannedShift } from './day-plan.js';
import type { EventSource } from './merge-sources.js';
import { Random } from './random.js';
import { seedHash } from './seed-hash.js';
import type { SimulationContext } from './simulation-context.js';
import { localMidnight, weekdayOf, ZoneClock } from './zone-clock.js';

const CLAIM_STREAM = 0x636c6d;
const DAY_SECONDS = 86_400;
/** Every event of a claim opened on a day falls before the day's end + this many days. */
export const CLAIM_LIFETIME_DAYS = 28;

/**
 * The claims opened on one local day and everything that happens to them afterwards: OPENED (with
 * the claimed amount) → ASSIGNED to a claim-desk agent on shift → SETTLED (with the amount paid) or
 * REJECTED; a share of settled claims is REOPENED days later, assigned again and settled again.
 * Openings follow the desk's demand profile (non-homogeneous Poisson); desk work (assigning,
 * settling) happens in desk hours: a step that would fall outside them moves to the next opening.
 * All events fall within CLAIM_LIFETIME_DAYS of the day's end. Generated at construction (a day
 * holds a few thousand events), then handed out in time order.
 */
export class ClaimDay implements EventSource {
  timeMs = 0;
  private readonly times: number[] = [];
  private readonly events: WireEvent[] = [];
  private order: Int32Array = new Int32Array(0);
  private position = 0;
  private eventCount = 0;

  constructor(
    private readonly ctx: SimulationContext,
    readonly dayNumber: number,
  ) {
    const desk = ctx.center.claims;
    if (desk === null) return;
    const { center, seed } = ctx;
    const rng = new Random(seedHash(seed, dayNumber, CLAIM_STREAM));
    const site = center.queues.find((q) => q.name === desk.queue)?.site;
    const clock = new ZoneClock(center.sites.find((s) => s.name === site)?.timeZone ?? center.timeZone);
    const dayClock = new ZoneClock(center.timeZone);
    const dayStartSec = localMidnight(center.timeZone, dayNumber) / 1000;
    const dayEndSec = localMidnight(center.timeZone, dayNumber + 1) / 1000;
    const limit = dayEndSec + CLAIM_LIFETIME_DAYS * DAY_SECONDS - 1;
    const factor = dayVolumeFactor(center, seed, dayNumber) * ctx.volumeFactor;
    const perInterval = expectedArrivals(center, desk.demand, 'CLAIM_DESK', dayNumber, factor);
    const process = new ArrivalProcess(perInterval, dayStartSec, dayEndSec, dayClock);
    const key = ctx.dateKey(dayNumber);
    const eventPrefix = `${ctx.idPrefix}E${key}-K`;
    const claimPrefix = `${ctx.idPrefix}K${key}-`;
    const deskGroup = center.groups.findIndex((g) => g.name === desk.group);
    const deskAgents = center.agents.flatMap((a, i) => (ctx.agentGroup[i] === deskGroup ? [i] : []));

    const push = (
      t: number,
      claimId: string,
      type: ClaimEventType,
      agent: number,
      amount: number | undefined,
    ): void => {
      const at = Math.min(limit, Math.round(t));
      const event: Record<string, unknown> = {
        kind: 'claim',
        eventId: eventPrefix + this.eventCount++,
        claimId,
        type,
        occurredAt: clock.iso(at * 1000),
        queue: desk.queue,
      };
      if (agent >= 0) event.agentId = center.agents[agent].id;
      if (amount !== undefined) event.amount = amount;
      this.times.push(at);
      this.events.push(event as WireEvent);
    };
    const deskTime = (t: number): number => nextDeskTime(desk, clock, rng, Math.min(limit, t));
    const rosters = new Map<number, PlannedShift[]>();
    const agentAt = (t: number): number => {
      const day = clock.dayNumber(t * 1000);
      let roster = rosters.get(day);
      if (roster === undefined) {
        roster = ctx.groupShifts(day, deskGroup);
        rosters.set(day, roster);
      }
      let count = 0;
      for (const s of roster) if (s.loginSec <= t && t < s.logoutSec) count++;
      if (count > 0) {
        let k = rng.int(0, count - 1);
        for (const s of roster) if (s.loginSec <= t && t < s.logoutSec && k-- === 0) return s.agent;
      }
      return deskAgents.length > 0 ? deskAgents[rng.int(0, deskAgents.length - 1)] : -1;
    };

    let t = dayStartSec;
    let n = 0;
    for (;;) {
      t = process.next(rng, t);
      if (t === Infinity) break;
      const claimId = claimPrefix + n++;
      const opened = Math.floor(t);
      const claimed = Math.round(rng.draw(desk.amount) * 100) / 100;
      push(opened, claimId, 'OPENED', -1, claimed);
      const assigned = deskTime(opened + rng.draw(desk.assignDelayMinutes) * 60);
      const agent = agentAt(assigned);
      push(assigned, claimId, 'ASSIGNED', agent, undefined);
      const decided = deskTime(assigned + rng.draw(desk.settleHours) * 3600);
      if (rng.chance(desk.rejectShare)) {
        push(decided, claimId, 'REJECTED', agent, undefined);
        continue;
      }
      push(decided, claimId, 'SETTLED', agent, paid(rng, claimed));
      if (!rng.chance(desk.reopenShare)) continue;
      const { min, max } = desk.reopenAfterDays;
      const reopened = decided + (min + rng.uniform() * (max - min)) * DAY_SECONDS;
      push(reopened, claimId, 'REOPENED', -1, undefined);
      const reassigned = deskTime(reopened + rng.draw(desk.assignDelayMinutes) * 60);
      const second = agentAt(reassigned);
      push(reassigned, claimId, 'ASSIGNED', second, undefined);
      push(
        deskTime(reassigned + (rng.draw(desk.settleHours) * 3600) / 2),
        claimId,
        'SETTLED',
        second,
        paid(rng, claimed),
      );
    }
    const times = this.times;
    this.order = Int32Array.from(times.keys()).sort((a, b) => times[a] - times[b] || a - b);
  }

  next(): WireEvent | undefined {
    if (this.position >= this.order.length) return undefined;
    const i = this.order[this.position++];
    this.timeMs = this.times[i] * 1000;
    return this.events[i];
  }
}

/** The amount paid on a claim: 60–100 % of the amount claimed, to the fen. */
function paid(rng: Random, claimed: number): number {
  return Math.round(claimed * (0.6 + 0.4 * rng.uniform()) * 100) / 100;
}

/**
 * `t` (epoch seconds) if it falls in desk hours, else the next desk opening plus up to 30 minutes
 * (work picked up in the first half hour). Looks at most two weeks ahead.
 */
function nextDeskTime(desk: ClaimDeskDefinition, clock: ZoneClock, rng: Random, t: number): number {
  const { startMinute, endMinute, weekdays } = desk.deskHours;
  let day = clock.dayNumber(t * 1000);
  for (let k = 0; k < 14; k++, day++) {
    if (!weekdays.includes(weekdayOf(day))) continue;
    const midnight = clock.midnight(day) / 1000;
    const open = midnight + startMinute * 60;
    const close = midnight + endMinute * 60;
    if (t < open) return Math.round(open + rng.uniform() * 1800);
    if (t < close) return t;
  }
  return t;
}
