import type { ClaimEvent } from '@servicefloor/contracts';
import { parseEvent } from '@servicefloor/contracts';
import { describe, expect, it } from 'vitest';
import { CLAIM_LIFETIME_DAYS, ClaimDay } from './claim-day.js';
import { demoCenter } from './demo-center.js';
import { SimulationContext } from './simulation-context.js';
import { smallCenter } from './testing.js';
import { dayBounds } from './zone-clock.js';

const MONDAY = Date.UTC(2026, 2, 2) / 86_400_000;
const NOW = Date.parse('2100-01-01T00:00:00Z');

function claimsOf(ctx: SimulationContext, day: number): ClaimEvent[] {
  const source = new ClaimDay(ctx, day);
  const out: ClaimEvent[] = [];
  for (let e = source.next(); e !== undefined; e = source.next()) out.push(e as ClaimEvent);
  return out;
}

describe('ClaimDay', () => {
  const center = demoCenter();
  const ctx = new SimulationContext(center, 42);
  const claims = claimsOf(ctx, MONDAY);
  const byClaim = new Map<string, ClaimEvent[]>();
  for (const e of claims) byClaim.set(e.claimId, [...(byClaim.get(e.claimId) ?? []), e]);

  it('opens about the expected number of claims (1,000 × Monday factor 1.15, ± 4σ)', () => {
    const opened = claims.filter((e) => e.type === 'OPENED').length;
    // The day-to-day volume factor (cv 5 %) widens the range.
    expect(opened).toBeGreaterThan(1150 * 0.85);
    expect(opened).toBeLessThan(1150 * 1.15);
  });

  it('takes every claim through a valid lifecycle, in time order', () => {
    for (const [id, events] of byClaim) {
      const types = events.map((e) => e.type).join(' ');
      expect(types, id).toMatch(/^OPENED ASSIGNED (REJECTED|SETTLED( REOPENED ASSIGNED SETTLED)?)$/);
      const times = events.map((e) => Date.parse(e.occurredAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(events[0].amount).toBeGreaterThan(0);
      for (const e of events) {
        expect(e.queue).toBe('Claims');
        if (e.type === 'ASSIGNED' || e.type === 'SETTLED' || e.type === 'REJECTED')
          expect(e.agentId).toBeDefined();
        if (e.type === 'SETTLED') expect(e.amount).toBeLessThanOrEqual(events[0].amount ?? 0);
      }
    }
  });

  it('hands out events in time order, valid for parseEvent, within the claim lifetime', () => {
    const end = dayBounds(center.timeZone, '2026-03-02').toMs + CLAIM_LIFETIME_DAYS * 86_400_000;
    let last = -Infinity;
    const ids = new Set<string>();
    for (const e of claims) {
      const parsed = parseEvent(e, { now: NOW });
      expect(parsed.ok).toBe(true);
      const at = Date.parse(e.occurredAt);
      expect(at).toBeGreaterThanOrEqual(last);
      expect(at).toBeLessThan(end);
      expect(ids.has(e.eventId)).toBe(false);
      ids.add(e.eventId);
      last = at;
    }
  });

  it('assigns claims to claim-desk agents on shift, and works them in desk hours', () => {
    const desk = new Set(center.agents.filter((a) => a.team.startsWith('Claim Desk')).map((a) => a.id));
    for (const e of claims) {
      if (e.type !== 'ASSIGNED' && e.type !== 'SETTLED' && e.type !== 'REJECTED') continue;
      expect(desk.has(e.agentId ?? '')).toBe(true);
      const local = new Date(Date.parse(e.occurredAt) + 8 * 3_600_000);
      const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
      expect(minute).toBeGreaterThanOrEqual(510);
      expect(minute).toBeLessThan(1080);
      expect(local.getUTCDay()).not.toBe(0); // no desk work on Sundays
      if (e.type === 'ASSIGNED') {
        const t = Date.parse(e.occurredAt) / 1000;
        const day = Math.floor((t + 8 * 3600) / 86_400);
        const onShift = ctx
          .plan(day)
          .shifts.some((s) => center.agents[s.agent].id === e.agentId && s.loginSec <= t && t < s.logoutSec);
        expect(onShift, `${e.agentId} on shift at ${e.occurredAt}`).toBe(true);
      }
    }
  });

  it('settles most claims within the 72-hour SLA, rejects and reopens some', () => {
    let settled = 0;
    let inSla = 0;
    let rejected = 0;
    let reopened = 0;
    for (const events of byClaim.values()) {
      const opened = Date.parse(events[0].occurredAt);
      const first = events.find((e) => e.type === 'SETTLED');
      if (first !== undefined) {
        settled++;
        if (Date.parse(first.occurredAt) - opened <= 72 * 3_600_000) inSla++;
      }
      if (events.some((e) => e.type === 'REJECTED')) rejected++;
      if (events.some((e) => e.type === 'REOPENED')) reopened++;
    }
    expect(inSla / settled).toBeGreaterThan(0.75);
    expect(inSla / settled).toBeLessThan(0.97);
    expect(rejected / byClaim.size).toBeGreaterThan(0.04);
    expect(rejected / byClaim.size).toBeLessThan(0.1);
    expect(reopened).toBeGreaterThan(0);
  });

  it('is deterministic per (seed, day) and empty for a center without a claim desk', () => {
    expect(claimsOf(new SimulationContext(center, 42), MONDAY)).toEqual(claims);
    expect(claimsOf(new SimulationContext({ ...smallCenter(), claims: null }, 42), MONDAY)).toEqual([]);
  });
});
