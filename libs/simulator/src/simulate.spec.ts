import type { AgentStateEvent, ContactEvent, WireEvent } from '@servicefloor/contracts';
import { parseEvent } from '@servicefloor/contracts';
import { erlangCAsa, erlangCServiceLevel } from '@servicefloor/erlang';
import { describe, expect, it } from 'vitest';
import { expectedArrivals } from './arrival-rate.js';
import { centerDays, simulate, simulateDay } from './simulate.js';
import { singleQueueCenter, smallCenter } from './testing.js';
import { dayBounds } from './zone-clock.js';

const NOW = Date.parse('2100-01-01T00:00:00Z');
const MONDAY = dayBounds('Asia/Shanghai', '2026-03-02');
const DAY_MS = 86_400_000;

function collect(events: Iterable<WireEvent>): WireEvent[] {
  return [...events];
}

function contactEvents(events: WireEvent[]): ContactEvent[] {
  return events.filter((e): e is ContactEvent => e.kind === 'contact');
}

/** Small center, Monday 2026-03-02 … Wednesday (three days), seed 7: shared by several tests. */
const threeDays = collect(
  simulate({ center: smallCenter(), fromMs: MONDAY.fromMs, toMs: MONDAY.fromMs + 3 * DAY_MS, seed: 7 }),
);

describe('simulate', () => {
  it('is deterministic: the same seed gives the same events, another seed others', () => {
    const again = collect(
      simulate({ center: smallCenter(), fromMs: MONDAY.fromMs, toMs: MONDAY.fromMs + 3 * DAY_MS, seed: 7 }),
    );
    expect(again).toEqual(threeDays);
    const other = collect(
      simulate({ center: smallCenter(), fromMs: MONDAY.fromMs, toMs: MONDAY.toMs, seed: 8 }),
    );
    expect(other.slice(0, 50)).not.toEqual(threeDays.slice(0, 50));
  });

  it(
    'emits only events that parseEvent accepts, with unique eventIds, in time order, at +08:00',
    { timeout: 60_000 },
    () => {
      expect(threeDays.length).toBeGreaterThan(10_000);
      const ids = new Set<string>();
      let last = -Infinity;
      for (const event of threeDays) {
        const parsed = parseEvent(JSON.parse(JSON.stringify(event)), { now: NOW });
        if (!parsed.ok) throw new Error(`${JSON.stringify(event)}: ${JSON.stringify(parsed.errors)}`);
        expect(ids.has(event.eventId)).toBe(false);
        ids.add(event.eventId);
        expect(parsed.at).toBeGreaterThanOrEqual(last);
        expect(parsed.at).toBeGreaterThanOrEqual(MONDAY.fromMs);
        expect(parsed.at).toBeLessThan(MONDAY.fromMs + 3 * DAY_MS);
        expect(event.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
        last = parsed.at;
      }
      const kinds = new Set(
        threeDays.map((e) => (e.kind === 'contact' || e.kind === 'claim' ? `${e.kind}:${e.type}` : e.kind)),
      );
      for (const kind of [
        'contact:OFFERED',
        'contact:ANSWERED',
        'contact:ABANDONED',
        'contact:TRANSFERRED',
        'contact:COMPLETED',
        'agentState',
        'survey',
        'qualityEvaluation',
        'training',
        'claim:OPENED',
        'claim:ASSIGNED',
        'claim:SETTLED',
      ]) {
        expect(kinds, kind).toContain(kind);
      }
    },
  );

  it('gives the same events whether the span is simulated at once or day by day, in any order', () => {
    const days = centerDays(smallCenter(), MONDAY.fromMs, MONDAY.fromMs + 3 * DAY_MS);
    expect(days.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    const newestFirst = [...days]
      .reverse()
      .map((d) => collect(simulate({ center: smallCenter(), fromMs: d.fromMs, toMs: d.toMs, seed: 7 })));
    expect(newestFirst.reverse().flat()).toEqual(threeDays);
  });

  it('splits history into days: simulateDay gives each event to the day it started on', () => {
    const byDay = ['2026-03-02', '2026-03-03', '2026-03-04'].flatMap((date) =>
      collect(simulateDay({ center: smallCenter(), date, seed: 7 })).filter(
        (e) => Date.parse(e.occurredAt) < MONDAY.fromMs + 3 * DAY_MS,
      ),
    );
    // The window also holds late events of days before it (claims opened the week before).
    const startedInWindow = threeDays.filter((e) => e.eventId.slice(1, 9) >= '20260302');
    expect(new Set(byDay.map((e) => e.eventId))).toEqual(new Set(startedInWindow.map((e) => e.eventId)));
    expect(byDay.length).toBe(startedInWindow.length);
  });

  it('follows every contact through a valid lifecycle', () => {
    const contacts = new Map<string, ContactEvent[]>();
    for (const e of contactEvents(threeDays))
      contacts.set(e.contactId, [...(contacts.get(e.contactId) ?? []), e]);
    let completed = 0;
    for (const [id, events] of contacts) {
      if (id.slice(1, 9) < '20260302') continue; // started the day before the window
      const types = events.map((e) => e.type).join(' ');
      // A contact of the window's first day may have started before it; all these start inside.
      expect(types, id).toMatch(/^OFFERED (ABANDONED|FLOWED_OUT|ANSWERED (TRANSFERRED )?COMPLETED)$/);
      const answered = events.find((e) => e.type === 'ANSWERED');
      const done = events.find((e) => e.type === 'COMPLETED');
      if (answered !== undefined && done !== undefined) {
        completed++;
        expect(done.agentId).toBe(answered.agentId);
        const handle = (done.talkSeconds ?? 0) + (done.holdSeconds ?? 0) + (done.acwSeconds ?? 0);
        expect((Date.parse(done.occurredAt) - Date.parse(answered.occurredAt)) / 1000).toBe(handle);
        expect(done.talkSeconds).toBeGreaterThanOrEqual(1);
      }
    }
    expect(completed).toBeGreaterThan(3000);
  });

  it('keeps agent states consistent: contacts are answered only by logged-in agents, one at a time', () => {
    const state = new Map<string, string>();
    const reasons = new Map<string, string>();
    const handling = new Map<string, string | null>();
    for (const e of threeDays) {
      if (e.kind === 'agentState') {
        const before = state.get(e.agentId) ?? 'LOGGED_OUT';
        if (before === 'LOGGED_OUT') expect(e.state, `${e.agentId} logs in as AVAILABLE`).toBe('AVAILABLE');
        const reason = e.reason ?? '';
        expect(`${e.state} ${reason}`, `${e.agentId} changes state or reason`).not.toBe(
          `${before} ${reasons.get(e.agentId) ?? ''}`,
        );
        state.set(e.agentId, e.state);
        reasons.set(e.agentId, reason);
        continue;
      }
      if (e.kind !== 'contact' || e.agentId === undefined) continue;
      const s = state.get(e.agentId) ?? 'LOGGED_OUT';
      if (e.type === 'ANSWERED') {
        expect(s, `${e.agentId} answers ${e.contactId}`).not.toBe('LOGGED_OUT');
        expect(handling.get(e.agentId) ?? null, `${e.agentId} is free`).toBeNull();
        handling.set(e.agentId, e.contactId);
      } else if (e.type === 'COMPLETED') {
        expect(['ON_CONTACT', 'AFTER_CONTACT_WORK']).toContain(s);
        expect(handling.get(e.agentId)).toBe(e.contactId);
        handling.set(e.agentId, null);
      }
    }
    // Everyone has logged out by the end of the last day.
    const stillIn = [...state].filter(([, s]) => s !== 'LOGGED_OUT');
    expect(stillIn).toEqual([]);
  });

  it('answers a contact with the agent going ON_CONTACT at the same second', () => {
    for (let i = 0; i < threeDays.length; i++) {
      const e = threeDays[i];
      if (e.kind !== 'contact' || e.type !== 'ANSWERED') continue;
      const next = threeDays[i + 1] as AgentStateEvent;
      expect(next.kind).toBe('agentState');
      expect(next.agentId).toBe(e.agentId);
      expect(next.state).toBe('ON_CONTACT');
      expect(next.occurredAt).toBe(e.occurredAt);
    }
  });

  it('routes contacts only to agents skilled for the queue', () => {
    const skills = new Map(smallCenter().agents.map((a) => [a.id, new Set(a.skills.map((s) => s.queue))]));
    for (const e of contactEvents(threeDays)) {
      if (e.type === 'ANSWERED')
        expect(skills.get(e.agentId ?? '')?.has(e.queue), `${e.agentId} on ${e.queue}`).toBe(true);
    }
  });

  it('offers as many contacts as the profile expects (statistically)', () => {
    // The small center's hotline over five weekdays (one a ×1.5 campaign day), hour by hour.
    const center = smallCenter();
    const hotline = center.queues[0];
    const from = MONDAY.fromMs;
    const observed = new Float64Array(24);
    const expected = new Float64Array(24);
    for (let d = 0; d < 5; d++) {
      const perInterval = expectedArrivals(
        center,
        hotline.demand,
        'HOTLINE',
        Date.UTC(2026, 2, 2) / DAY_MS + d,
      );
      perInterval.forEach((x, i) => (expected[Math.floor(i / 4)] += x));
    }
    for (const e of contactEvents(
      collect(simulate({ center, fromMs: from, toMs: from + 5 * DAY_MS, seed: 3 })),
    )) {
      // Transfer legs are offered by the hotline's own agents, not by customers.
      if (e.type === 'OFFERED' && e.queue === 'Hotline')
        observed[new Date(Date.parse(e.occurredAt) + 8 * 3_600_000).getUTCHours()]++;
    }
    let chiSquare = 0;
    let cells = 0;
    for (let h = 0; h < 24; h++) {
      if (expected[h] === 0) {
        expect(observed[h]).toBe(0);
        continue;
      }
      chiSquare += (observed[h] - expected[h]) ** 2 / expected[h];
      cells++;
    }
    // 12 cells (08:00–20:00): χ²(12) 99.9th percentile is 32.91 (standard χ² tables).
    expect(cells).toBe(12);
    expect(chiSquare).toBeLessThan(32.91);
    const total = expected.reduce((a, b) => a + b, 0);
    const seen = observed.reduce((a, b) => a + b, 0);
    expect(Math.abs(seen - total)).toBeLessThan(4 * Math.sqrt(total));
  });

  it('abandons more and answers later when staff is cut', () => {
    // Hotline figures of metrics.md: abandon rate and the default service level (20 s).
    const outcome = (staffingFactor: number) => {
      const offered = new Map<string, number>();
      let within = 0;
      let failed = 0;
      let abandoned = 0;
      let short = 0;
      const events = collect(
        simulate({
          center: smallCenter(),
          fromMs: MONDAY.fromMs,
          toMs: MONDAY.toMs,
          seed: 11,
          staffingFactor,
        }),
      );
      for (const e of contactEvents(events)) {
        if (e.queue !== 'Hotline') continue;
        const wait = Date.parse(e.occurredAt) - (offered.get(e.contactId) ?? 0);
        if (e.type === 'OFFERED') offered.set(e.contactId, Date.parse(e.occurredAt));
        else if (e.type === 'ANSWERED' && wait <= 20_000) within++;
        else if (e.type === 'ANSWERED' || e.type === 'FLOWED_OUT') failed++;
        else if (e.type === 'ABANDONED') {
          abandoned++;
          if (wait < 5_000) short++;
          else failed++;
        }
      }
      return {
        abandonRate: (abandoned - short) / (offered.size - short),
        serviceLevel: within / (within + failed),
      };
    };
    const full = outcome(1);
    const cut = outcome(0.7);
    expect(cut.abandonRate).toBeGreaterThan(full.abandonRate * 2);
    expect(cut.serviceLevel).toBeLessThan(full.serviceLevel - 0.1);
  });

  it('brings customers back within days, so first-contact resolution can be derived', () => {
    const center = smallCenter();
    const fortnight = collect(
      simulate({ center, fromMs: MONDAY.fromMs, toMs: MONDAY.fromMs + 14 * DAY_MS, seed: 5 }),
    );
    const seen = new Map<string, number>();
    let returning = 0;
    let identified = 0;
    let afterTransfer = false;
    for (const e of contactEvents(fortnight)) {
      // The leg a transfer offers to another queue comes right after TRANSFERRED: not a new contact.
      const leg = afterTransfer;
      afterTransfer = e.type === 'TRANSFERRED';
      if (e.type !== 'OFFERED' || e.customerId === undefined || leg) continue;
      identified++;
      const day = Number(e.customerId.slice(1, 9));
      const first = seen.get(e.customerId);
      if (first === undefined) {
        seen.set(e.customerId, Date.parse(e.occurredAt));
      } else {
        returning++;
        // A returning customer came first on the day in its id, one to ten days earlier.
        expect(Date.parse(e.occurredAt) - first).toBeGreaterThan(0);
        expect(Date.parse(e.occurredAt) - first).toBeLessThan(11 * DAY_MS);
      }
      // Customers of days inside the fortnight appear on their own day first (or are returning).
      if (first === undefined && day >= 20260302)
        expect(e.occurredAt.slice(0, 10).replaceAll('-', '')).toBe(String(day));
    }
    expect(returning / identified).toBeGreaterThan(0.05);
    expect(returning / identified).toBeLessThan(0.25);
  });

  it('samples surveys and quality evaluations of handled contacts, with values on their scales', () => {
    const handledBy = new Map<string, string>();
    let surveys = 0;
    let evaluations = 0;
    // Evaluations in the window of contacts handled the day before it are left out.
    const inWindow = (id: string | undefined): boolean => (id ?? '').slice(1, 9) >= '20260302';
    for (const e of threeDays.filter((x) => !('contactId' in x) || inWindow(x.contactId))) {
      if (e.kind === 'contact' && e.type === 'COMPLETED') handledBy.set(e.contactId, e.agentId ?? '');
      if (e.kind === 'survey') {
        surveys++;
        expect(handledBy.has(e.contactId)).toBe(true);
        expect(e.csat).toBeGreaterThanOrEqual(1);
        expect(e.csat).toBeLessThanOrEqual(5);
      }
      if (e.kind === 'qualityEvaluation') {
        evaluations++;
        expect(handledBy.get(e.contactId ?? '')).toBe(e.agentId);
        expect(e.score).toBeGreaterThanOrEqual(0);
        expect(e.score).toBeLessThanOrEqual(100);
      }
    }
    // 40 % of handled contacts answer the survey and 10 % are evaluated in the small center.
    expect(surveys / handledBy.size).toBeGreaterThan(0.3);
    expect(surveys / handledBy.size).toBeLessThan(0.45);
    expect(evaluations / handledBy.size).toBeGreaterThan(0.06);
    expect(evaluations / handledBy.size).toBeLessThan(0.12);
  });

  it('records training as a TRAINING state followed by a training event of the same length', () => {
    const started = new Map<string, number>();
    let trainings = 0;
    for (const e of threeDays) {
      if (e.kind === 'agentState' && e.state === 'TRAINING') started.set(e.agentId, Date.parse(e.occurredAt));
      if (e.kind === 'training') {
        trainings++;
        const start = started.get(e.agentId);
        expect(start).toBeDefined();
        expect(Math.abs((Date.parse(e.occurredAt) - (start ?? 0)) / 3_600_000 - e.hours)).toBeLessThan(0.01);
      }
    }
    expect(trainings).toBeGreaterThan(0);
  });

  it('refuses an empty window and names the field', () => {
    expect(() => simulate({ center: smallCenter(), fromMs: 10, toMs: 10, seed: 1 })).toThrow(/toMs/);
    expect(() => simulate({ center: smallCenter(), fromMs: NaN, toMs: 10, seed: 1 })).toThrow(/fromMs/);
    expect(() => simulate({ center: smallCenter(), fromMs: 0, toMs: 10, seed: 1.5 })).toThrow(/seed/);
    expect(() => simulateDay({ center: smallCenter(), date: '2026-02-30', seed: 1 })).toThrow(/date/);
  });
});

describe('simulate against Erlang C', () => {
  it('reproduces the service level and ASA of a steady M/M/12 queue at 10 erlangs', () => {
    // A = 10 erlangs (4,800 calls a day at AHT 180 s), N = 12, exponential talk, infinite patience,
    // 40 days ≈ 192,000 calls. Expected (Erlang C, @servicefloor/erlang): SL(20 s) = 1 − C·e^(−(N−A)·T/AHT)
    // ≈ 0.6402 and ASA = C·AHT/(N − A) ≈ 40.44 s. Over eight seeds this run gave SL 0.631–0.653
    // (mean 0.646, sd 0.007: whole-second times and the day boundary, where the next day's agents
    // log in while the last ones finish, add about +0.006) and ASA 37.9–42.0 s (sd 1.4 s).
    // Tolerance: 0.02 on SL, 8 % on ASA.
    const agents = 12;
    const ahtSeconds = 180;
    const traffic = 10;
    const center = singleQueueCenter({
      agents,
      dailyVolume: (traffic / ahtSeconds) * 86_400,
      ahtSeconds,
      patienceSeconds: null,
    });
    const offered = new Map<string, number>();
    let answered = 0;
    let within = 0;
    let wait = 0;
    for (const e of simulate({
      center,
      fromMs: MONDAY.fromMs,
      toMs: MONDAY.fromMs + 40 * DAY_MS,
      seed: 2026,
    })) {
      if (e.kind !== 'contact') continue;
      if (e.type === 'OFFERED') offered.set(e.contactId, Date.parse(e.occurredAt));
      else if (e.type === 'ANSWERED' && offered.has(e.contactId)) {
        const w = (Date.parse(e.occurredAt) - (offered.get(e.contactId) ?? 0)) / 1000;
        offered.delete(e.contactId);
        answered++;
        wait += w;
        if (w <= 20) within++;
      }
    }
    expect(answered).toBeGreaterThan(185_000);
    const sl = erlangCServiceLevel({ agents, traffic, ahtSeconds, thresholdSeconds: 20 });
    const asa = erlangCAsa({ agents, traffic, ahtSeconds });
    expect(sl).toBeCloseTo(0.6402, 3);
    expect(Math.abs(within / answered - sl)).toBeLessThan(0.02);
    expect(Math.abs(wait / answered / asa - 1)).toBeLessThan(0.08);
  }, 60_000);
});
