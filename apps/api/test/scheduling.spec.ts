import { coverage, validateSchedule, type Schedule, type SchedulingRules } from '@servicefloor/scheduling';
import { simulateStaffingPlan } from '@servicefloor/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdherenceService } from '../src/scheduling/adherence.service.js';
import { libRequirement } from '../src/scheduling/schedule-coverage.js';
import { ScheduleService } from '../src/scheduling/schedule.service.js';
import { SimulationService } from '../src/scheduling/simulation.service.js';
import { INGEST, type IngestResponse } from './support/directory.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

/*
 * Scheduling over HTTP on the real app: a small center (one Asia/Shanghai hotline, six agents)
 * with 21 days of history; a week generated against the planning requirement, checked by the
 * validator; edits that change coverage and one refused; publishing; an agent's own week; and
 * adherence of an agent whose states deviate from the schedule.
 *
 * History: 4 contacts per 15 minutes from 09:00 to 18:00 local every day, AHT 240 s.
 */

const ZONE_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const INTERVAL_MS = 900_000;
const QUEUE = 'Hotline Scheduling';
const AGENTS = ['sched-0', 'sched-1', 'sched-2', 'sched-3', 'sched-4', 'sched-5'];

const today = Math.floor((Date.now() + ZONE_OFFSET_MS) / DAY_MS);
const dayStartMs = (day: number) => day * DAY_MS - ZONE_OFFSET_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Local day number of this week's Monday (1970-01-01 was a Thursday). */
const thisMonday = today - ((today + 3) % 7);
/** Last week: every shift is in the past, so states can be ingested for it. */
const LAST_WEEK = thisMonday - 7;
const NEXT_WEEK = thisMonday + 7;

const SCHEDULE_FIELDS = `id weekStart timeZone queues status error
  figures { agents shifts underCoverageStaffHours overCoverageStaffHours paidHours lowerBoundUnderStaffHours gapStaffHours gapRatio seconds inWorker warnings }
  violations { rule agentId shiftId message }
  coverage { start intervalMinutes totals { requiredStaffHours scheduledStaffHours underStaffHours overStaffHours }
    queues { queue required scheduled under predictedServiceLevel scheduledStaffHours underStaffHours unmetIntervals problem } }
  agents { agentId name paidHours shifts { id agentId templateId queue startMinute endMinute start end paidHours
    breaks { kind startMinute endMinute paid } activities { kind startMinute endMinute } } }`;

interface Part {
  kind: string;
  startMinute: number;
  endMinute: number;
  paid?: boolean;
}
interface Shift {
  id: string;
  agentId: string;
  templateId: string;
  queue: string;
  startMinute: number;
  endMinute: number;
  start: string;
  end: string;
  paidHours: number;
  breaks: Part[];
  activities: Part[];
}
interface ScheduleData {
  id: string;
  weekStart: string;
  status: string;
  error: string | null;
  figures: {
    agents: number;
    shifts: number;
    gapRatio: number | null;
    lowerBoundUnderStaffHours: number;
  } | null;
  violations: { rule: string }[];
  coverage: {
    totals: { requiredStaffHours: number; scheduledStaffHours: number; underStaffHours: number };
    queues: {
      queue: string;
      required: number[];
      scheduled: number[];
      predictedServiceLevel: (number | null)[];
    }[];
  } | null;
  agents: { agentId: string; paidHours: number; shifts: Shift[] }[];
}

function history(): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  let n = 0;
  for (let day = today - 21; day < today; day++) {
    for (let interval = 36; interval < 72; interval++) {
      for (let k = 0; k < 4; k++) {
        const contactId = `sched-c${n++}`;
        const at = dayStartMs(day) + interval * INTERVAL_MS + k * 200_000;
        const base = { kind: 'contact', contactId, queue: QUEUE };
        const iso = (ms: number) => new Date(ms).toISOString();
        events.push({ ...base, eventId: `${contactId}-o`, type: 'OFFERED', occurredAt: iso(at) });
        events.push({
          ...base,
          eventId: `${contactId}-a`,
          type: 'ANSWERED',
          occurredAt: iso(at + 10_000),
          agentId: 'hist-a',
        });
        events.push({
          ...base,
          eventId: `${contactId}-c`,
          type: 'COMPLETED',
          occurredAt: iso(at + 250_000),
          agentId: 'hist-a',
          talkSeconds: 200,
          holdSeconds: 0,
          acwSeconds: 40,
        });
      }
    }
  }
  return events;
}

async function ingest(api: TestApp, events: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < events.length; i += 5000) {
    const batch = { events: events.slice(i, i + 5000) };
    const res = await api
      .gql<IngestResponse>(INGEST, batch)
      .catch(() => api.gql<IngestResponse>(INGEST, batch));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const rejected = res.data!.ingestEvents.results.filter((r) => r.status === 'REJECTED');
    if (rejected.length > 0) throw new Error(JSON.stringify(rejected.slice(0, 3)));
  }
}

async function query<T>(api: TestApp, document: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(document, variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** Generates a week and waits for it (the solver runs in the background). */
async function generate(api: TestApp, monday: number): Promise<ScheduleData> {
  return generateWith(api, monday, 4);
}

async function generateWith(api: TestApp, monday: number, timeLimitSeconds: number): Promise<ScheduleData> {
  const started = await query<{ generateSchedule: { id: string; status: string } }>(
    api,
    `mutation($input: GenerateScheduleInput!) { generateSchedule(input: $input) { id status } }`,
    { input: { weekStart: dateOf(monday), queues: [QUEUE], timeLimitSeconds } },
  );
  expect(started.generateSchedule.status).toBe('GENERATING');
  await api.app.get(ScheduleService).settled();
  return (
    await query<{ schedule: ScheduleData }>(
      api,
      `query($id: ID!) { schedule(id: $id) { ${SCHEDULE_FIELDS} } }`,
      {
        id: started.generateSchedule.id,
      },
    )
  ).schedule;
}

const EDIT = `mutation($input: EditShiftInput!) { editShift(input: $input) { id coverage { totals { scheduledStaffHours underStaffHours } queues { scheduled } } agents(agentIds: ["AGENT"]) { shifts { id startMinute endMinute activities { kind startMinute endMinute } } } } }`;

/** A free 30-minute slot inside a shift, clear of its breaks and activities (on the 15-minute grid). */
function freeSlot(shift: Shift): number | null {
  const away = [...shift.breaks, ...shift.activities];
  for (let s = shift.startMinute + 60; s + 30 <= shift.endMinute - 60; s += 15)
    if (away.every((p) => p.endMinute <= s || p.startMinute >= s + 30)) return s;
  return null;
}

describe('scheduling API', () => {
  let db: TestDatabase;
  let api: TestApp;
  let next: ScheduleData;

  beforeAll(async () => {
    const events = history();
    db = await createTestDatabase();
    api = await startTestApp(db.url);
    const site = await query<{ createSite: { id: string } }>(
      api,
      `mutation { createSite(input: { name: "Shenzhen Scheduling", timeZone: "Asia/Shanghai" }) { id } }`,
    );
    const queue = await query<{ createQueue: { id: string } }>(
      api,
      `mutation($input: CreateQueueInput!) { createQueue(input: $input) { id } }`,
      { input: { name: QUEUE, channel: 'HOTLINE', siteId: Number(site.createSite.id) } },
    );
    for (const [i, agentId] of AGENTS.entries()) {
      await query(api, `mutation($input: CreateAgentInput!) { createAgent(input: $input) { id } }`, {
        input: {
          agentId,
          name: `Scheduler ${i}`,
          skills: [{ queueId: Number(queue.createQueue.id), proficiency: i < 4 ? 1 : 0.8 }],
        },
      });
    }
    await ingest(api, events);
    next = await generate(api, NEXT_WEEK);
  }, 240_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('generates a week against the planning requirement without breaking a rule', async () => {
    expect(next.error).toBeNull();
    expect(next.status).toBe('READY');
    expect(next.figures!.agents).toBe(AGENTS.length);
    expect(next.figures!.shifts).toBeGreaterThan(0);
    expect(next.violations).toEqual([]);
    const coverage = next.coverage!;
    expect(coverage.totals.requiredStaffHours).toBeGreaterThan(0);
    expect(coverage.totals.scheduledStaffHours).toBeGreaterThan(0);
    expect(next.figures!.gapRatio === null || next.figures!.gapRatio >= 0).toBe(true);
    // Every shift carries its default template's breaks and meal (PART: one break), inside the shift.
    for (const agent of next.agents)
      for (const shift of agent.shifts) {
        const part = shift.templateId === 'PART';
        expect(shift.breaks.filter((b) => b.kind === 'meal')).toHaveLength(part ? 0 : 1);
        expect(shift.breaks.filter((b) => b.kind === 'break')).toHaveLength(part ? 1 : 2);
        for (const b of shift.breaks) {
          expect(b.startMinute).toBeGreaterThanOrEqual(shift.startMinute);
          expect(b.endMinute).toBeLessThanOrEqual(shift.endMinute);
        }
      }
    // The validator, run here on the stored schedule and rules, agrees.
    const [row] = (await api.app.get(ScheduleService).list(next.weekStart)).filter(
      (r) => String(r.id) === next.id,
    );
    const loaded = await api.app.get(ScheduleService).load(row.id);
    expect(validateSchedule(loaded.schedule as Schedule, loaded.rules as SchedulingRules)).toEqual([]);
    // Predicted service level is given where contacts are forecast.
    const q = coverage.queues.find((c) => c.queue === QUEUE)!;
    expect(q.predictedServiceLevel.some((v) => v !== null && v > 0)).toBe(true);
  });

  it('recomputes coverage after an edit (an activity takes the agent off the queue)', async () => {
    const agent = next.agents.find((a) => a.shifts.length > 0)!;
    const shift = agent.shifts[0];
    const slot = freeSlot(shift)!;
    expect(slot).not.toBeNull();
    const before = next.coverage!.totals.scheduledStaffHours;
    const proficiency = AGENTS.indexOf(agent.agentId) < 4 ? 1 : 0.8;
    const res = await query<{
      editShift: { coverage: { totals: { scheduledStaffHours: number } }; agents: { shifts: Shift[] }[] };
    }>(api, EDIT.replace('AGENT', agent.agentId), {
      input: {
        scheduleId: next.id,
        shiftId: shift.id,
        kind: 'ADD_ACTIVITY',
        activity: { kind: 'coaching', startMinute: slot, endMinute: slot + 30 },
      },
    });
    // 30 minutes of one agent at its proficiency leave the queue.
    expect(res.editShift.coverage.totals.scheduledStaffHours).toBeCloseTo(before - 0.5 * proficiency, 6);
    const edited = res.editShift.agents[0].shifts.find((s) => s.id === shift.id)!;
    expect(edited.activities).toContainEqual({ kind: 'coaching', startMinute: slot, endMinute: slot + 30 });
  });

  it('refuses an edit that breaks a rule, naming the field and the reason', async () => {
    const shift = next.agents.find((a) => a.shifts.length > 0)!.shifts[0];
    const res = await api.gql(EDIT.replace('AGENT', shift.agentId), {
      input: {
        scheduleId: next.id,
        shiftId: shift.id,
        kind: 'RESIZE',
        endMinute: shift.startMinute + 16 * 60,
      },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = res.errors![0].extensions!.fields as { field: string; reason: string }[];
    expect(fields[0].field).toBe('input.endMinute');
    expect(fields.map((f) => f.reason).join(' ')).toMatch(/SHIFT_LENGTH/);
    const missing = await api.gql(EDIT.replace('AGENT', shift.agentId), {
      input: { scheduleId: next.id, shiftId: shift.id, kind: 'MOVE' },
    });
    expect(missing.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.startMinute', reason: 'is required for MOVE' },
    ]);
    const notMonday = await api.gql(
      `mutation { generateSchedule(input: { weekStart: "${dateOf(NEXT_WEEK + 1)}" }) { id } }`,
    );
    expect(notMonday.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.weekStart', reason: 'must be a Monday (YYYY-MM-DD)' },
    ]);
  });

  it('publishes; an agent reads its own week, read-only', async () => {
    const published = await query<{ publishSchedule: { status: string } }>(
      api,
      `mutation($id: ID!) { publishSchedule(id: $id) { status } }`,
      { id: next.id },
    );
    expect(published.publishSchedule.status).toBe('PUBLISHED');
    const agentId = next.agents.find((a) => a.shifts.length > 0)!.agentId;
    const token = await api.signInAs('AGENT', { username: 'agent-sched', agentId });
    const mine = await api.gqlAs<{
      mySchedule: { weekStart: string; agent: { agentId: string; shifts: Shift[] } };
    }>(
      token,
      `query($week: String) { mySchedule(weekStart: $week) { weekStart agent { agentId shifts { id agentId startMinute endMinute } } } }`,
      { week: dateOf(NEXT_WEEK) },
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.mySchedule.agent.agentId).toBe(agentId);
    expect(mine.data!.mySchedule.agent.shifts.length).toBeGreaterThan(0);
    expect(mine.data!.mySchedule.agent.shifts.every((s) => s.agentId === agentId)).toBe(true);
    const shift = mine.data!.mySchedule.agent.shifts[0];
    const edit = await api.gqlAs(token, EDIT.replace('AGENT', agentId), {
      input: { scheduleId: next.id, shiftId: shift.id, kind: 'MOVE', startMinute: shift.startMinute + 15 },
    });
    expect(edit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await api.gqlAs(token, `query($id: ID!) { schedule(id: $id) { id } }`, { id: next.id });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('measures adherence and conformance of an agent whose states deviate from the published schedule', async () => {
    const last = await generate(api, LAST_WEEK);
    expect(last.status).toBe('READY');
    await query(api, `mutation($id: ID!) { publishSchedule(id: $id) { status } }`, { id: last.id });
    // The first agent with a shift: AVAILABLE from the shift's start to its end, breaks included.
    const agent = last.agents.find((a) => a.shifts.length > 0)!;
    const shift = agent.shifts[0];
    const dayIndex = Math.floor(shift.startMinute / 1440);
    const date = dateOf(LAST_WEEK + dayIndex);
    const at = (minute: number) => new Date(dayStartMs(LAST_WEEK) + minute * 60_000).toISOString();
    const state = (id: string, minute: number, value: string) => ({
      kind: 'agentState',
      eventId: `adh-${agent.agentId}-${id}`,
      agentId: agent.agentId,
      state: value,
      occurredAt: at(minute),
    });
    await ingest(api, [
      state('in', shift.startMinute, 'AVAILABLE'),
      state('out', shift.endMinute, 'LOGGED_OUT'),
    ]);

    const res = await query<{
      adherence: {
        agentId: string;
        date: string;
        scheduledSeconds: number;
        adherentSeconds: number;
        adherence: number;
        conformance: number;
      }[];
    }>(
      api,
      `query($date: String!) { adherence(date: $date) { agentId date scheduledSeconds adherentSeconds adherence loggedInSeconds conformance } }`,
      {
        date,
      },
    );
    const row = res.adherence.find((r) => r.agentId === agent.agentId)!;
    // Independent figure: scheduled = the shift; adherent = the work between breaks, plus the first
    // 60 s (default tolerance) of each break or meal spent AVAILABLE instead.
    const dayShifts = agent.shifts.filter((s) => Math.floor(s.startMinute / 1440) === dayIndex);
    expect(dayShifts).toHaveLength(1);
    const shiftSeconds = (shift.endMinute - shift.startMinute) * 60;
    const away = [...shift.breaks, ...shift.activities];
    const awaySeconds = away.reduce((sum, p) => sum + (p.endMinute - p.startMinute) * 60, 0);
    expect(row.scheduledSeconds).toBeCloseTo(shiftSeconds, 6);
    expect(row.adherentSeconds).toBeCloseTo(shiftSeconds - awaySeconds + 60 * away.length, 6);
    expect(row.adherence).toBeLessThan(1);
    expect(row.conformance).toBeCloseTo(1, 6);
    // An agent scheduled that day without any state: logged out throughout.
    const absent = res.adherence.find((r) => r.agentId !== agent.agentId);
    if (absent) expect(absent.conformance).toBe(0);

    // Live: during a meal the agent is AVAILABLE — out of adherence once past the tolerance.
    const meal = shift.breaks.find((b) => b.kind === 'meal')!;
    const mealStart = dayStartMs(LAST_WEEK) + meal.startMinute * 60_000;
    const adherence = api.app.get(AdherenceService);
    const late = await adherence.live(
      agent.agentId,
      'AVAILABLE',
      at(shift.startMinute),
      mealStart + 5 * 60_000,
    );
    expect(late).toMatchObject({ scheduledActivity: 'meal', inAdherence: false, mismatchSeconds: 300 });
    expect(late.outOfAdherenceSince).toBe(new Date(mealStart).toISOString());
    const onTime = await adherence.live(
      agent.agentId,
      'MEAL',
      new Date(mealStart).toISOString(),
      mealStart + 5 * 60_000,
    );
    expect(onTime).toMatchObject({ scheduledActivity: 'meal', inAdherence: true, outOfAdherenceSince: null });

    // The live floor carries the field (nothing is scheduled for this agent now).
    const live = await query<{
      liveAgents: {
        agents: { agentId: string; adherence: { scheduledActivity: string | null; inAdherence: boolean } }[];
      };
    }>(
      api,
      `{ liveAgents { agents { agentId adherence { scheduledActivity inAdherence outOfAdherenceSince toleranceSeconds } } } }`,
    );
    const liveAgent = live.liveAgents.agents.find((a) => a.agentId === agent.agentId)!;
    expect(typeof liveAgent.adherence.inAdherence).toBe('boolean');
  });

  it('simulates a schedule in the background: service level per interval with its range, beside Erlang C', async () => {
    const SIMULATION = `query($id: ID!, $r: Int) { scheduleSimulation(id: $id, replications: $r, seed: 3) {
      scheduleId status replications confidence seconds error start
      queues { queue serviceLevel low high agents weekServiceLevel weekLow weekHigh } } }`;
    type Simulation = {
      status: string;
      replications: number;
      confidence: number;
      start: string;
      queues: {
        queue: string;
        serviceLevel: (number | null)[];
        low: (number | null)[];
        high: (number | null)[];
        agents: number[];
        weekServiceLevel: number | null;
        weekLow: number | null;
        weekHigh: number | null;
      }[];
    };
    const first = await query<{ scheduleSimulation: Simulation }>(api, SIMULATION, { id: next.id, r: 8 });
    expect(['RUNNING', 'READY']).toContain(first.scheduleSimulation.status);
    await api.app.get(SimulationService).settled();
    const done = (await query<{ scheduleSimulation: Simulation }>(api, SIMULATION, { id: next.id, r: 8 }))
      .scheduleSimulation;
    expect(done.status).toBe('READY');
    expect(done.replications).toBe(8);
    expect(done.confidence).toBe(0.95);
    const q = done.queues.find((x) => x.queue === QUEUE)!;
    expect(q.serviceLevel).toHaveLength(7 * 96);

    // Independently: the stored schedule's whole agents and forecast through the simulator.
    const [row] = (await api.app.get(ScheduleService).list(next.weekStart)).filter(
      (r) => String(r.id) === next.id,
    );
    const loaded = await api.app.get(ScheduleService).load(row.id);
    const staff = coverage(loaded.schedule as Schedule, libRequirement(loaded.requirement!)).queues.find(
      (c) => c.queueId === QUEUE,
    )!.scheduled;
    const agents = staff.map((v) => Math.floor(v + 1e-9));
    expect(q.agents).toEqual(agents);
    const stored = loaded.requirement![QUEUE];
    const fallback =
      stored.volume.reduce((sum, v, i) => sum + (v > 0 && stored.aht[i] ? v * stored.aht[i]! : 0), 0) /
      stored.volume.reduce((sum, v, i) => sum + (v > 0 && stored.aht[i] ? v : 0), 0);
    const expected = simulateStaffingPlan({
      arrivals: stored.volume,
      agents,
      ahtSeconds: stored.aht.map((a) => (a && a > 0 ? a : fallback)),
      thresholdSeconds: stored.thresholdSeconds,
      replications: 8,
      seed: 3,
    });
    expect(q.serviceLevel).toEqual(expected.intervals.map((i) => i.serviceLevel.mean));
    expect(q.weekServiceLevel).toBe(expected.total.serviceLevel.mean);
    // Where contacts are forecast and agents scheduled, a level with a range around it.
    const busy = q.serviceLevel.map((v, i) => (v !== null && agents[i] > 0 ? i : -1)).filter((i) => i >= 0);
    expect(busy.length).toBeGreaterThan(0);
    for (const i of busy) {
      expect(q.low[i]!).toBeLessThanOrEqual(q.serviceLevel[i]! + 1e-12);
      expect(q.high[i]!).toBeGreaterThanOrEqual(q.serviceLevel[i]! - 1e-12);
    }

    const bad = await api.gql(SIMULATION, { id: next.id, r: 1 });
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { field: 'replications', reason: 'must be a whole number from 2 to 100' },
    ]);
  });

  it('takes time-off requests from agents, lets schedulers approve or refuse them, and generates around approved time off', async () => {
    const TIME_OFF = `id agentId agentName start end timeZone firstDay lastDay status requestedBy decidedBy decidedAt note`;
    type TimeOff = {
      id: string;
      agentId: string;
      status: string;
      start: string;
      end: string;
      requestedBy: string;
    };
    // The agent with the most shifts next week takes two of its working days off.
    const agent = [...next.agents].sort((a, b) => b.shifts.length - a.shifts.length)[0];
    const days = [...new Set(agent.shifts.map((s) => Math.floor(s.startMinute / 1440)))].slice(0, 2);
    expect(days.length).toBe(2);
    const token = await api.signInAs('AGENT', { username: 'agent-timeoff', agentId: agent.agentId });
    const REQUEST = `mutation($input: TimeOffRequestInput!) { requestTimeOff(input: $input) { ${TIME_OFF} } }`;
    const asked = await api.gqlAs<{ requestTimeOff: TimeOff }>(token, REQUEST, {
      input: { fromDate: dateOf(NEXT_WEEK + days[0]), toDate: dateOf(NEXT_WEEK + days[0]), note: 'dentist' },
    });
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.requestTimeOff).toMatchObject({
      agentId: agent.agentId,
      status: 'PENDING',
      requestedBy: 'agent-timeoff',
      // A whole local day of the site (Asia/Shanghai).
      start: new Date(dayStartMs(NEXT_WEEK + days[0])).toISOString(),
      end: new Date(dayStartMs(NEXT_WEEK + days[0] + 1)).toISOString(),
      timeZone: 'Asia/Shanghai',
      firstDay: dateOf(NEXT_WEEK + days[0]),
      lastDay: dateOf(NEXT_WEEK + days[0]),
    });
    const second = await api.gqlAs<{ requestTimeOff: TimeOff }>(token, REQUEST, {
      input: { fromDate: dateOf(NEXT_WEEK + days[1]), toDate: dateOf(NEXT_WEEK + days[1]) },
    });
    // An agent asks for itself only; dates in order.
    const other = await api.gqlAs(token, REQUEST, {
      input: {
        agentId: AGENTS.find((a) => a !== agent.agentId),
        fromDate: dateOf(NEXT_WEEK),
        toDate: dateOf(NEXT_WEEK),
      },
    });
    expect(other.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.agentId', reason: 'an agent asks for its own time off only' },
    ]);
    const backwards = await api.gql(REQUEST, {
      input: { agentId: agent.agentId, fromDate: dateOf(NEXT_WEEK + 2), toDate: dateOf(NEXT_WEEK + 1) },
    });
    expect(backwards.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.toDate', reason: 'must not be before fromDate' },
    ]);
    const mine = await api.gqlAs<{ myTimeOff: TimeOff[] }>(token, `{ myTimeOff { ${TIME_OFF} } }`);
    expect(mine.data!.myTimeOff.map((t) => t.status)).toEqual(['PENDING', 'PENDING']);
    // An agent neither decides nor reads others' requests.
    const DECIDE = `mutation($input: DecideTimeOffInput!) { decideTimeOff(input: $input) { ${TIME_OFF} } }`;
    const self = await api.gqlAs(token, DECIDE, {
      input: { id: asked.data!.requestTimeOff.id, decision: 'APPROVED' },
    });
    expect(self.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The scheduler sees the week's requests, approves the first and refuses the second.
    const week = await query<{ timeOff: TimeOff[] }>(
      api,
      `query($from: String, $to: String) { timeOff(from: $from, to: $to, statuses: ["PENDING"]) { ${TIME_OFF} } }`,
      {
        from: new Date(dayStartMs(NEXT_WEEK)).toISOString(),
        to: new Date(dayStartMs(NEXT_WEEK + 7)).toISOString(),
      },
    );
    expect(week.timeOff.map((t) => t.id)).toEqual([
      asked.data!.requestTimeOff.id,
      second.data!.requestTimeOff.id,
    ]);
    const approved = await query<{ decideTimeOff: TimeOff & { decidedBy: string } }>(api, DECIDE, {
      input: { id: asked.data!.requestTimeOff.id, decision: 'APPROVED' },
    });
    expect(approved.decideTimeOff).toMatchObject({ status: 'APPROVED', decidedBy: 'admin' });
    await query(api, DECIDE, { input: { id: second.data!.requestTimeOff.id, decision: 'REFUSED' } });
    const unknown = await api.gql(DECIDE, { input: { id: '999999', decision: 'APPROVED' } });
    expect(unknown.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.id', reason: 'unknown time off 999999' },
    ]);

    // The generator honours the approved day only.
    const again = await generate(api, NEXT_WEEK);
    expect(again.status).toBe('READY');
    expect(again.violations).toEqual([]);
    const shifts = again.agents.find((a) => a.agentId === agent.agentId)!.shifts;
    const off = { start: days[0] * 1440, end: (days[0] + 1) * 1440 };
    expect(shifts.filter((s) => s.startMinute < off.end && s.endMinute > off.start)).toEqual([]);
    const loaded = await api.app.get(ScheduleService).load(Number(again.id));
    expect((loaded.rules!.timeOff ?? []).map((t) => t.id)).toEqual([asked.data!.requestTimeOff.id]);
  });

  it('cancels a generation under way; progress is the time spent against the time given', async () => {
    const started = await query<{
      generateSchedule: { id: string; status: string; timeLimitSeconds: number; elapsedSeconds: number };
    }>(
      api,
      `mutation($input: GenerateScheduleInput!) { generateSchedule(input: $input) { id status timeLimitSeconds elapsedSeconds } }`,
      { input: { weekStart: dateOf(NEXT_WEEK), queues: [QUEUE], timeLimitSeconds: 6 } },
    );
    expect(started.generateSchedule).toMatchObject({ status: 'GENERATING', timeLimitSeconds: 6 });
    expect(started.generateSchedule.elapsedSeconds).toBeGreaterThanOrEqual(0);
    const CANCEL = `mutation($id: ID!) { cancelGeneration(id: $id) { id status error elapsedSeconds } }`;
    const cancelled = await query<{ cancelGeneration: { status: string; error: string } }>(api, CANCEL, {
      id: started.generateSchedule.id,
    });
    expect(cancelled.cancelGeneration).toMatchObject({
      status: 'CANCELLED',
      error: 'generation was cancelled',
    });
    await api.app.get(ScheduleService).settled();
    const after = await query<{ schedule: { status: string; agents: unknown[] } }>(
      api,
      `query($id: ID!) { schedule(id: $id) { status agents { agentId } } }`,
      { id: started.generateSchedule.id },
    );
    // The solver's answer, had it finished, was dropped.
    expect(after.schedule).toEqual({ status: 'CANCELLED', agents: [] });
    const twice = await api.gql(CANCEL, { id: started.generateSchedule.id });
    expect(twice.errors?.[0].extensions?.fields).toEqual([
      { field: 'id', reason: 'a CANCELLED schedule is not generating' },
    ]);
  });

  it('staffing gap of the next hours reads the published schedule of this week', async () => {
    const GAP = `{ staffingGap(input: { hours: 2, queues: ["${QUEUE}"] }) { schedulesExist note { key }
      queues { queue problem intervals { start required scheduled available gap } } } }`;
    type Gap = {
      staffingGap: {
        schedulesExist: boolean;
        note: { key: string };
        queues: { problem: string | null; intervals: { start: string; scheduled: number | null }[] }[];
      };
    };
    const before = await query<Gap>(api, GAP);
    expect(before.staffingGap.schedulesExist).toBe(false);
    expect(before.staffingGap.note.key).toBe('planning.gap.noSchedules');
    expect(before.staffingGap.queues[0].intervals.every((i) => i.scheduled === null)).toBe(true);

    const current = await generate(api, thisMonday);
    await query(api, `mutation($id: ID!) { publishSchedule(id: $id) { status } }`, { id: current.id });
    const after = await query<Gap>(api, GAP);
    expect(after.staffingGap.schedulesExist).toBe(true);
    expect(after.staffingGap.note.key).toBe('planning.gap.fromSchedule');
    const intervals = after.staffingGap.queues[0].intervals;
    expect(intervals.length).toBeGreaterThan(0);
    // Each interval's scheduled staff is the published coverage of that interval of the week.
    const line = current.coverage!.queues.find((q) => q.queue === QUEUE)!.scheduled;
    for (const i of intervals) {
      const index = Math.floor((Date.parse(i.start) - dayStartMs(thisMonday)) / INTERVAL_MS);
      if (index >= 7 * 96) expect(i.scheduled).toBeNull();
      else expect(i.scheduled).toBeCloseTo(line[index], 9);
    }
  });

  it('keeps an agent’s shifts inside its weekly availability', async () => {
    const agentId = AGENTS[0];
    const SAVE = `mutation($input: AgentSchedulingInput!) { saveAgentScheduling(input: $input) { agentId availability { day fromMinutes toMinutes } } }`;
    const bad = await api.gql(SAVE, {
      input: { agentId, availability: [{ day: 0, fromMinutes: 600, toMinutes: 600 }] },
    });
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.availability.0.toMinutes', reason: 'must be after fromMinutes' },
    ]);
    // Weekdays from 10:00 to 20:00 only.
    const windows = [0, 1, 2, 3, 4].map((day) => ({ day, fromMinutes: 600, toMinutes: 1200 }));
    const saved = await query<{ saveAgentScheduling: { availability: unknown[] } }>(api, SAVE, {
      input: { agentId, availability: windows },
    });
    expect(saved.saveAgentScheduling.availability).toEqual(windows);
    const week = await generate(api, NEXT_WEEK);
    expect(week.status).toBe('READY');
    const shifts = week.agents.find((a) => a.agentId === agentId)!.shifts;
    expect(shifts.length).toBeGreaterThan(0);
    for (const shift of shifts) {
      const day = Math.floor(shift.startMinute / 1440);
      expect(day).toBeLessThan(5);
      expect(shift.startMinute).toBeGreaterThanOrEqual(day * 1440 + 600);
      expect(shift.endMinute).toBeLessThanOrEqual(day * 1440 + 1200);
    }
    await query(api, SAVE, { input: { agentId } });
  });
});
