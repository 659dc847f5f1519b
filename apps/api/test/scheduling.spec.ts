import { validateSchedule, type Schedule, type SchedulingRules } from '@servicefloor/scheduling';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdherenceService } from '../src/scheduling/adherence.service.js';
import { ScheduleService } from '../src/scheduling/schedule.service.js';
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
  const started = await query<{ generateSchedule: { id: string; status: string } }>(
    api,
    `mutation($input: GenerateScheduleInput!) { generateSchedule(input: $input) { id status } }`,
    { input: { weekStart: dateOf(monday), queues: [QUEUE], timeLimitSeconds: 4 } },
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
});
