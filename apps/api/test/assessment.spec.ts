import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdherenceReader } from '../src/assessment/adherence.reader.js';
import { ScheduleService } from '../src/scheduling/schedule.service.js';
import { contactEventStream } from './support/event-stream.js';
import { INGEST, seedSmallCenter, type IngestResponse } from './support/directory.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

/*
 * Executive assessment (issue #9) over the real app: the scorecard's figures are the trends page's
 * (queueMetrics / agentMetrics for the same month), closed months are frozen and late data shows
 * beside them, sets are per user, drill-down and the SL gap add up, QA and training records go
 * through ingestion.
 */

type Event = Record<string, unknown>;

/** The same realistic stream, moved to other ids so that two months can be loaded. */
function monthStream(prefix: string, seed: number, startIso: string): Event[] {
  return contactEventStream(seed, 300, ['Hotline General', 'Online Chat'], startIso).events.map((e) => ({
    ...e,
    eventId: `${prefix}${String(e.eventId)}`,
    ...(e.contactId ? { contactId: `${prefix}${String(e.contactId)}` } : {}),
    ...(e.claimId ? { claimId: `${prefix}${String(e.claimId)}` } : {}),
  }));
}

const SCORECARD = `query($setId: Int, $from: String, $to: String) {
  assessmentScorecard(setId: $setId, from: $from, to: $to) {
    from to previousFrom previousTo timeZone
    set { id name }
    total { score grade missing scoredWeight totalWeight }
    previousTotal { score }
    criteria {
      criterion { key metric channel target unit weight }
      current { actual attainment points status }
      previous { actual status }
      months { month differs score { actual points status } frozen { frozenAt target score { actual points } } }
    }
    months { month frozenAt total { score grade } frozenTotal { score } }
  }
}`;

interface Scorecard {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  set: { id: number; name: string };
  total: { score: number | null; grade: string | null; missing: number };
  criteria: {
    criterion: { key: string; metric: string; target: number; unit: string };
    current: { actual: number | null; status: string; points: number | null };
    previous: { actual: number | null; status: string };
    months: {
      month: string;
      differs: boolean;
      score: { actual: number | null; points: number | null; status: string };
      frozen: { frozenAt: string; target: number; score: { actual: number | null } } | null;
    }[];
  }[];
  months: { month: string; frozenAt: string | null; total: { score: number | null } }[];
}

describe('executive assessment', () => {
  let db: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApp(db.url);
    await seedSmallCenter(api);
    const team = await api.gql<{ createTeam: { id: string } }>(
      `mutation { createTeam(input: { name: "Team A", siteId: 1 }) { id } }`,
    );
    for (let a = 0; a < 10; a++) {
      await api.gql(`mutation($input: CreateAgentInput!) { createAgent(input: $input) { id } }`, {
        input: { agentId: `a${a}`, name: `Agent ${a}`, teamId: Number(team.data!.createTeam.id) },
      });
    }
    const events = [
      ...monthStream('m3-', 3, '2026-03-02T08:00:00+08:00'),
      ...monthStream('m4-', 4, '2026-04-06T08:00:00+08:00'),
    ];
    for (let i = 0; i < events.length; i += 2000) {
      const res = await api.gql<IngestResponse>(INGEST, { events: events.slice(i, i + 2000) });
      expect(res.errors).toBeUndefined();
      expect(res.data!.ingestEvents.rejected).toBe(0);
    }
  }, 240_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const scorecard = async (variables: Record<string, unknown>, token?: string) => {
    const res = token
      ? await api.gqlAs<{ assessmentScorecard: Scorecard }>(token, SCORECARD, variables)
      : await api.gql<{ assessmentScorecard: Scorecard }>(SCORECARD, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.assessmentScorecard;
  };
  const criterion = (s: Scorecard, key: string) => s.criteria.find((c) => c.criterion.key === key)!;

  it("gives each month's service level per channel exactly as the trends page (queueMetrics)", async () => {
    const s = await scorecard({ from: '2026-03', to: '2026-04' });
    for (const [key, channel] of [
      ['sl-hotline', 'HOTLINE'],
      ['sl-online', 'ONLINE'],
    ]) {
      for (const [month, from, to] of [
        ['2026-03', '2026-03-01', '2026-03-31'],
        ['2026-04', '2026-04-01', '2026-04-30'],
      ]) {
        const trends = await api.gql<{
          queueMetrics: {
            channels: { channel: string; points: { metrics: { serviceLevel: number | null } }[] }[];
          };
        }>(
          `query($from: String!, $to: String!) { queueMetrics(from: $from, to: $to, granularity: MONTH) { channels { channel points { metrics { serviceLevel } } } } }`,
          { from, to },
        );
        const points = trends.data!.queueMetrics.channels.find((c) => c.channel === channel)!.points;
        expect(points).toHaveLength(1);
        const scored = criterion(s, key).months.find((m) => m.month === month)!.score.actual;
        expect(scored).not.toBeNull();
        expect(scored).toBe(points[0].metrics.serviceLevel);
      }
    }
  });

  it('gives QA score and training hours from the same agent roll-ups as agentMetrics', async () => {
    const s = await scorecard({ from: '2026-03', to: '2026-03' });
    const res = await api.gql<{
      agentMetrics: { teams: { total: { qaScore: number; trainingHours: number } }[] };
    }>(
      `{ agentMetrics(from: "2026-03-01", to: "2026-03-31", granularity: MONTH) { teams { total { qaScore trainingHours } } } }`,
    );
    const team = res.data!.agentMetrics.teams[0].total;
    expect(criterion(s, 'qa').current.actual).toBeCloseTo(team.qaScore, 10);
    expect(criterion(s, 'training').current.actual).toBeGreaterThan(0);
    // No saved forecast and no schedules: honest "no data", not a zero.
    expect(criterion(s, 'forecast').current.status).toBe('NO_DATA');
    expect(criterion(s, 'adherence').current).toMatchObject({
      actual: null,
      points: null,
      status: 'NO_DATA',
    });
    // …because nothing was published: the scheduling module's adherence is there to be read.
    expect(await api.app.get(AdherenceReader).available()).toBe(true);
    expect(s.total.missing).toBeGreaterThanOrEqual(2);
    expect(s.total.score).not.toBeNull();
    // The previous period of the same length (February) has no data at all.
    expect(s.previousFrom).toBe('2026-02');
    expect(criterion(s, 'sl-hotline').previous.status).toBe('NO_DATA');
  });

  it('defaults to the last 6 complete months of the site calendar', async () => {
    const s = await scorecard({});
    const now = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
    })
      .format(Date.now())
      .slice(0, 7);
    const [y, m] = now.split('-').map(Number);
    const back = (n: number) => {
      const i = y * 12 + m - 1 - n;
      return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    };
    expect([s.from, s.to]).toEqual([back(6), back(1)]);
    expect(s.months).toHaveLength(6);
    // Months without any figure are not frozen (nothing to stand by yet).
    expect(s.months.every((m) => m.frozenAt === null)).toBe(true);
  });

  it('freezes closed months and shows late data beside them without moving the frozen figure', async () => {
    const before = await scorecard({ from: '2026-03', to: '2026-04' });
    const march = criterion(before, 'abandonment').months.find((m) => m.month === '2026-03')!;
    expect(march.frozen).not.toBeNull();
    expect(march.differs).toBe(false);
    // Late data: 40 abandoned hotline contacts in March arrive after the month was frozen.
    const late: Event[] = [];
    for (let i = 0; i < 40; i++) {
      const at = Date.parse('2026-03-20T10:00:00+08:00') + i * 60_000;
      const iso = (ms: number) => new Date(ms).toISOString();
      late.push(
        {
          kind: 'contact',
          eventId: `late-${i}-o`,
          type: 'OFFERED',
          contactId: `late-${i}`,
          queue: 'Hotline General',
          occurredAt: iso(at),
        },
        {
          kind: 'contact',
          eventId: `late-${i}-x`,
          type: 'ABANDONED',
          contactId: `late-${i}`,
          queue: 'Hotline General',
          occurredAt: iso(at + 90_000),
        },
      );
    }
    const res = await api.gql<IngestResponse>(INGEST, { events: late });
    expect(res.data!.ingestEvents.accepted).toBe(80);
    const after = await scorecard({ from: '2026-03', to: '2026-04' });
    const again = criterion(after, 'abandonment').months.find((m) => m.month === '2026-03')!;
    expect(again.frozen!.score.actual).toBe(march.frozen!.score.actual);
    expect(again.frozen!.frozenAt).toBe(march.frozen!.frozenAt);
    expect(again.score.actual!).toBeGreaterThan(march.score.actual!);
    expect(again.differs).toBe(true);
  });

  it('lets executives save their own sets (frozen with their targets), not managers', async () => {
    const exec = await api.signInAs('EXECUTIVE', { username: 'ceo' });
    const manager = await api.signInAs('MANAGER', { username: 'floor' });
    const input = {
      name: 'Jury 2026',
      criteria: [
        {
          key: 'sl',
          metric: 'SERVICE_LEVEL',
          channel: 'HOTLINE',
          target: 0.5,
          direction: 'HIGHER_IS_BETTER',
          weight: 2,
          scoring: 'PASS_FAIL',
        },
        {
          key: 'csat',
          metric: 'CSAT',
          target: 0.7,
          direction: 'HIGHER_IS_BETTER',
          weight: 1,
          scoring: 'BANDED',
        },
      ],
    };
    const SAVE = `mutation($input: SaveAssessmentSetInput!) { saveAssessmentSet(input: $input) { id name editable criteria { key target } } }`;
    const denied = await api.gqlAs(manager, SAVE, { input });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const saved = await api.gqlAs<{ saveAssessmentSet: { id: number; editable: boolean } }>(exec, SAVE, {
      input,
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveAssessmentSet.editable).toBe(true);
    const id = saved.data!.saveAssessmentSet.id;
    const s = await scorecard({ setId: id, from: '2026-03', to: '2026-03' }, exec);
    expect(s.set.name).toBe('Jury 2026');
    expect(s.criteria.map((c) => c.criterion.key)).toEqual(['sl', 'csat']);
    expect(criterion(s, 'sl').months[0].frozen!.target).toBe(0.5);
    const own = await api.gqlAs<{ assessmentSets: { id: number }[] }>(manager, `{ assessmentSets { id } }`);
    expect(own.data!.assessmentSets.map((x) => x.id)).toEqual([0]);

    const repeated = await api.gqlAs(exec, SAVE, {
      input: { ...input, criteria: [input.criteria[0], input.criteria[0]] },
    });
    expect(repeated.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.criteria.1.key', reason: 'repeats sl' }],
    });
    const badMonth = await api.gql(SCORECARD, { from: '2026-13' });
    expect(badMonth.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((badMonth.errors?.[0].extensions?.fields as { field: string }[])[0].field).toBe('from');
  });

  it('drills a criterion down to queues, teams and agents and the contacts behind it', async () => {
    const res = await api.gql<{
      assessmentDrillDown: {
        value: number;
        queues: { name: string; value: number; volume: number }[];
        sampleKind: string;
        sample: { id: string; at: string; queue: string; outcome: string }[];
      };
    }>(
      `{ assessmentDrillDown(criterion: "sl-hotline", month: "2026-04") { value queues { name value volume } sampleKind sample { id at queue outcome } } }`,
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!.assessmentDrillDown;
    expect(d.queues.map((q) => q.name)).toEqual(['Hotline General']);
    expect(d.queues[0].value).toBe(d.value);
    expect(d.sampleKind).toBe('CONTACTS');
    expect(d.sample.length).toBeGreaterThan(0);
    expect(d.sample.length).toBeLessThanOrEqual(25);
    for (const c of d.sample) {
      expect(c.queue).toBe('Hotline General');
      expect(c.at.startsWith('2026-04')).toBe(true);
    }
    const csat = await api.gql<{
      assessmentDrillDown: {
        byAgent: boolean;
        teams: { name: string; volume: number }[];
        agents: { id: string }[];
      };
    }>(
      `{ assessmentDrillDown(criterion: "csat", month: "2026-04") { byAgent teams { name volume } agents { id } } }`,
    );
    expect(csat.data!.assessmentDrillDown.byAgent).toBe(true);
    expect(csat.data!.assessmentDrillDown.teams[0].volume).toBeGreaterThan(0);
    expect(csat.data!.assessmentDrillDown.agents).toHaveLength(10);
  });

  it("says a month's service-level gap cannot be split without a published schedule", async () => {
    const res = await api.gql<{
      serviceLevelGap: Record<string, unknown> & { days: Record<string, number>[] };
    }>(
      `{ serviceLevelGap(month: "2026-03") { gapHours forecastErrorHours shrinkageAbovePlanHours adherenceLossHours scheduleFitHours withoutScheduleHours hasForecast hasSchedule shortfallIntervals unscheduledShortfallIntervals days { date hasSchedule gapHours withoutScheduleHours } } }`,
    );
    expect(res.errors).toBeUndefined();
    const g = res.data!.serviceLevelGap as Record<string, number | null | boolean> & {
      days: Record<string, number | boolean>[];
    };
    expect(g).toMatchObject({
      hasForecast: false,
      hasSchedule: false,
      forecastErrorHours: null,
      scheduleFitHours: null,
      shrinkageAbovePlanHours: null,
      adherenceLossHours: null,
    });
    expect(g.gapHours as number).toBeGreaterThan(0);
    // Nothing guessed: the whole gap is "without a schedule", interval by interval.
    expect(g.withoutScheduleHours as number).toBeCloseTo(g.gapHours as number, 6);
    expect(g.unscheduledShortfallIntervals).toBe(g.shortfallIntervals);
    expect(g.days.every((d) => d.hasSchedule === false)).toBe(true);
    const days = g.days.reduce((s, d) => s + (d.gapHours as number), 0);
    expect(days).toBeCloseTo(g.gapHours as number, 6);
  });

  it('records quality evaluations (weighted form) and training sessions through ingestion', async () => {
    const qa = await api.gql<{
      recordQualityEvaluation: { score: number; agentId: string; criteria: { name: string }[] };
    }>(
      `mutation($input: QualityEvaluationInput!) { recordQualityEvaluation(input: $input) { score agentId criteria { name score } } }`,
      {
        input: {
          agentId: 'a1',
          occurredAt: '2026-04-20T10:00:00+08:00',
          evaluator: 'qa-lead',
          form: 'Hotline call',
          criteria: [
            { name: 'Greeting', weight: 1, score: 100 },
            { name: 'Resolution', weight: 3, score: 60 },
          ],
        },
      },
    );
    expect(qa.errors).toBeUndefined();
    // (1 × 100 + 3 × 60) / 4 = 70
    expect(qa.data!.recordQualityEvaluation).toMatchObject({ score: 70, agentId: 'a1' });
    const training = await api.gql<{ recordTrainingSession: { hours: number; topic: string } }>(
      `mutation { recordTrainingSession(input: { agentId: "a2", occurredAt: "2026-04-21T14:00:00+08:00", hours: 2.5, topic: "Empathy" }) { hours topic } }`,
    );
    expect(training.data!.recordTrainingSession).toEqual({ hours: 2.5, topic: 'Empathy' });
    const lists = await api.gql<{
      qualityEvaluations: { evaluator: string }[];
      trainingSessions: { topic: string }[];
    }>(`{ qualityEvaluations(limit: 500) { evaluator } trainingSessions(limit: 500) { topic } }`);
    expect(lists.data!.qualityEvaluations.some((e) => e.evaluator === 'qa-lead')).toBe(true);
    expect(lists.data!.trainingSessions.some((t) => t.topic === 'Empathy')).toBe(true);
    const agent = await api.gql<{ agentMetrics: { agents: { total: { trainingHours: number } }[] } }>(
      `{ agentMetrics(from: "2026-04-21", to: "2026-04-21", agentIds: ["a2"]) { agents { total { trainingHours } } } }`,
    );
    expect(agent.data!.agentMetrics.agents[0].total.trainingHours).toBeGreaterThanOrEqual(2.5);

    const bad = await api.gql(
      `mutation { recordQualityEvaluation(input: { agentId: "a1", occurredAt: "2026-04-20T10:00:00+08:00", evaluator: "x", criteria: [{ name: "A", weight: 1, score: 120 }] }) { score } }`,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((bad.errors?.[0].extensions?.fields as { field: string }[])[0].field).toMatch(
      /criteria\.0\.score/,
    );
  });
});

/*
 * The service-level gap against a published schedule (issue #8), and schedule adherence drilled
 * down to teams, agents and an agent's days. A small Asia/Shanghai hotline with 35 days of history
 * (4 contacts per 15 minutes, 09:00–18:00, AHT 240 s) and six agents; last week generated and
 * published. On one day agent X keeps the schedule to the minute, agent Z keeps it but takes an
 * unscheduled 30-minute break, and everyone else scheduled stays away.
 */
const GAP_ZONE_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const GAP_QUEUE = 'Hotline Gap';
const GAP_AGENTS = ['gap-0', 'gap-1', 'gap-2', 'gap-3', 'gap-4', 'gap-5'];
const gapToday = Math.floor((Date.now() + GAP_ZONE_OFFSET_MS) / DAY_MS);
const localDayStart = (day: number) => day * DAY_MS - GAP_ZONE_OFFSET_MS;
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const LAST_MONDAY = gapToday - ((gapToday + 3) % 7) - 7;

interface Part {
  kind: string;
  startMinute: number;
  endMinute: number;
}
interface GapShift {
  agentId: string;
  startMinute: number;
  endMinute: number;
  breaks: Part[];
  activities: Part[];
}
interface GapRow {
  start: string;
  time: string;
  hasSchedule: boolean;
  requiredActual: number;
  requiredForecast: number | null;
  paid: number | null;
  scheduled: number | null;
  loggedIn: number | null;
  adherent: number | null;
  delivered: number;
  gap: number;
  forecastError: number | null;
  scheduleFit: number | null;
  shrinkageAbovePlan: number | null;
  adherenceLoss: number | null;
  withoutSchedule: number | null;
}
interface GapParts {
  gapHours: number;
  forecastErrorHours: number | null;
  scheduleFitHours: number | null;
  shrinkageAbovePlanHours: number | null;
  adherenceLossHours: number | null;
  withoutScheduleHours: number;
  shortfallIntervals: number;
  unscheduledShortfallIntervals: number;
}

const GAP_QUERY = `query($month: String!, $date: String) {
  serviceLevelGap(month: $month, date: $date) {
    month hasForecast hasSchedule date gapHours forecastErrorHours scheduleFitHours shrinkageAbovePlanHours
    adherenceLossHours withoutScheduleHours plannedShrinkage actualShrinkage shortfallIntervals unscheduledShortfallIntervals
    days { date hasSchedule gapHours forecastErrorHours scheduleFitHours shrinkageAbovePlanHours adherenceLossHours withoutScheduleHours shortfallIntervals unscheduledShortfallIntervals }
    dayIntervals { start time hasSchedule requiredActual requiredForecast paid scheduled loggedIn adherent delivered
      gap forecastError scheduleFit shrinkageAbovePlan adherenceLoss withoutSchedule plannedShrinkage actualShrinkage }
  }
}`;

const partsSum = (g: GapParts) =>
  (g.forecastErrorHours ?? 0) +
  (g.scheduleFitHours ?? 0) +
  (g.shrinkageAbovePlanHours ?? 0) +
  (g.adherenceLossHours ?? 0) +
  g.withoutScheduleHours;

/** Minutes of [from, to) inside [a, b). */
const overlap = (from: number, to: number, a: number, b: number) =>
  Math.max(0, Math.min(to, b) - Math.max(from, a));

describe('service-level gap and adherence drill-down against a published schedule', () => {
  let db: TestDatabase;
  let api: TestApp;
  let shifts: GapShift[];
  /** The day of last week the states were sent for, its index in the week and the agents X and Z. */
  let dayIndex: number;
  let keeper: GapShift;
  let breaker: GapShift;
  let extraBreak: number;

  const query = async <T>(document: string, variables?: Record<string, unknown>): Promise<T> => {
    const res = await api.gql<T>(document, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const ingest = async (events: Event[]) => {
    for (let i = 0; i < events.length; i += 5000) {
      const res = await api.gql<IngestResponse>(INGEST, { events: events.slice(i, i + 5000) });
      expect(res.errors).toBeUndefined();
      expect(res.data!.ingestEvents.rejected).toBe(0);
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApp(db.url);
    const site = await query<{ createSite: { id: string } }>(
      `mutation { createSite(input: { name: "Shenzhen Gap", timeZone: "Asia/Shanghai" }) { id } }`,
    );
    const siteId = Number(site.createSite.id);
    const queue = await query<{ createQueue: { id: string } }>(
      `mutation($input: CreateQueueInput!) { createQueue(input: $input) { id } }`,
      { input: { name: GAP_QUEUE, channel: 'HOTLINE', siteId } },
    );
    const team = await query<{ createTeam: { id: string } }>(
      `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
      { input: { name: 'Gap Team', siteId } },
    );
    for (const [i, agentId] of GAP_AGENTS.entries()) {
      await query(`mutation($input: CreateAgentInput!) { createAgent(input: $input) { id } }`, {
        input: {
          agentId,
          name: `Gap Agent ${i}`,
          teamId: Number(team.createTeam.id),
          skills: [{ queueId: Number(queue.createQueue.id), proficiency: 1 }],
        },
      });
    }
    const history: Event[] = [];
    let n = 0;
    for (let day = gapToday - 35; day < gapToday; day++) {
      for (let interval = 36; interval < 72; interval++) {
        for (let k = 0; k < 4; k++) {
          const contactId = `gap-c${n++}`;
          const at = localDayStart(day) + interval * 900_000 + k * 200_000;
          const iso = (ms: number) => new Date(ms).toISOString();
          const base = { kind: 'contact', contactId, queue: GAP_QUEUE };
          history.push(
            { ...base, eventId: `${contactId}-o`, type: 'OFFERED', occurredAt: iso(at) },
            {
              ...base,
              eventId: `${contactId}-a`,
              type: 'ANSWERED',
              occurredAt: iso(at + 10_000),
              agentId: 'gap-hist',
            },
            {
              ...base,
              eventId: `${contactId}-c`,
              type: 'COMPLETED',
              occurredAt: iso(at + 250_000),
              agentId: 'gap-hist',
              talkSeconds: 200,
              holdSeconds: 0,
              acwSeconds: 40,
            },
          );
        }
      }
    }
    await ingest(history);
    const started = await query<{ generateSchedule: { id: string } }>(
      `mutation($input: GenerateScheduleInput!) { generateSchedule(input: $input) { id } }`,
      { input: { weekStart: dateOfDay(LAST_MONDAY), queues: [GAP_QUEUE], timeLimitSeconds: 4 } },
    );
    await api.app.get(ScheduleService).settled();
    const schedule = await query<{ schedule: { status: string; agents: { shifts: GapShift[] }[] } }>(
      `query($id: ID!) { schedule(id: $id) { status agents { shifts { agentId startMinute endMinute breaks { kind startMinute endMinute } activities { kind startMinute endMinute } } } } }`,
      { id: started.generateSchedule.id },
    );
    expect(schedule.schedule.status).toBe('READY');
    await query(`mutation($id: ID!) { publishSchedule(id: $id) { status } }`, {
      id: started.generateSchedule.id,
    });
    shifts = schedule.schedule.agents.flatMap((a) => a.shifts);
    // The day of the week with the most agents on shift, its first two agents as X and Z.
    const byDay = new Map<number, GapShift[]>();
    for (const s of shifts) {
      const d = Math.floor(s.startMinute / 1440);
      byDay.set(d, [...(byDay.get(d) ?? []), s]);
    }
    [dayIndex] = [...byDay].sort((a, b) => b[1].length - a[1].length)[0];
    [keeper, breaker] = byDay.get(dayIndex)!;
    // Z's unscheduled break: 30 minutes on the 15-minute grid clear of Z's breaks and activities.
    const away = [...breaker.breaks, ...breaker.activities];
    extraBreak = -1;
    for (let s = breaker.startMinute + 60; s + 30 <= breaker.endMinute - 30 && extraBreak < 0; s += 15)
      if (s % 15 === 0 && away.every((p) => p.endMinute <= s || p.startMinute >= s + 30)) extraBreak = s;
    expect(extraBreak).toBeGreaterThan(0);
    const at = (minute: number) => new Date(localDayStart(LAST_MONDAY) + minute * 60_000).toISOString();
    const states = (shift: GapShift, extra: Part[]): Event[] => {
      const parts = [...shift.breaks, ...shift.activities, ...extra].sort(
        (a, b) => a.startMinute - b.startMinute,
      );
      const out: Event[] = [];
      const state = (minute: number, value: string) =>
        out.push({
          kind: 'agentState',
          eventId: `gap-${shift.agentId}-${minute}-${value}`,
          agentId: shift.agentId,
          state: value,
          occurredAt: at(minute),
        });
      state(shift.startMinute, 'AVAILABLE');
      const stateOf: Record<string, string> = {
        break: 'BREAK',
        meal: 'MEAL',
        training: 'TRAINING',
        meeting: 'MEETING',
        coaching: 'MEETING',
      };
      for (const p of parts) {
        state(p.startMinute, stateOf[p.kind]);
        state(p.endMinute, 'AVAILABLE');
      }
      state(shift.endMinute, 'LOGGED_OUT');
      return out;
    };
    await ingest([
      ...states(keeper, []),
      ...states(breaker, [{ kind: 'break', startMinute: extraBreak, endMinute: extraBreak + 30 }]),
    ]);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('splits the gap against the schedule: parts add up, per interval as the states say', async () => {
    const date = dateOfDay(LAST_MONDAY + dayIndex);
    const month = date.slice(0, 7);
    const { serviceLevelGap: g } = await query<{
      serviceLevelGap: GapParts & {
        hasForecast: boolean;
        hasSchedule: boolean;
        days: (GapParts & { date: string; hasSchedule: boolean })[];
        dayIntervals: GapRow[];
      };
    }>(GAP_QUERY, { month, date });
    expect(g).toMatchObject({ hasForecast: true, hasSchedule: true });
    expect(g.gapHours).toBeGreaterThan(0);
    expect(partsSum(g)).toBeCloseTo(g.gapHours, 6);
    expect(g.days.reduce((s, d) => s + d.gapHours, 0)).toBeCloseTo(g.gapHours, 6);
    for (const d of g.days) {
      expect(partsSum(d)).toBeCloseTo(d.gapHours, 6);
      const inWeek = d.date >= dateOfDay(LAST_MONDAY) && d.date <= dateOfDay(LAST_MONDAY + 6);
      expect(d.hasSchedule).toBe(inWeek);
      if (!inWeek) {
        // No published schedule: said so, the staffing side not split.
        expect(d.scheduleFitHours).toBeNull();
        expect(d.adherenceLossHours).toBeNull();
        expect(d.unscheduledShortfallIntervals).toBe(d.shortfallIntervals);
      } else expect(d.withoutScheduleHours).toBe(0);
    }

    expect(g.dayIntervals).toHaveLength(96);
    const dayStartMinute = dayIndex * 1440;
    for (const [i, row] of g.dayIntervals.entries()) {
      expect(row.hasSchedule).toBe(true);
      const sum = (row.forecastError ?? 0) + row.scheduleFit! + row.shrinkageAbovePlan! + row.adherenceLoss!;
      expect(sum).toBeCloseTo(row.gap, 9);
      expect(row.gap).toBeCloseTo(row.requiredActual - row.delivered, 9);
      // Independently from the schedule's shifts: on shift and scheduled to work in the interval.
      const [from, to] = [dayStartMinute + i * 15, dayStartMinute + i * 15 + 15];
      let paid = 0;
      let work = 0;
      let absentWork = 0;
      for (const s of shifts) {
        const onShift = overlap(from, to, s.startMinute, s.endMinute);
        const awayMinutes = [...s.breaks, ...s.activities].reduce(
          (m, p) =>
            m + overlap(from, to, Math.max(p.startMinute, s.startMinute), Math.min(p.endMinute, s.endMinute)),
          0,
        );
        paid += onShift / 15;
        work += (onShift - awayMinutes) / 15;
        if (s !== keeper && s !== breaker && Math.floor(s.startMinute / 1440) === dayIndex)
          absentWork += (onShift - awayMinutes) / 15;
      }
      expect(row.paid).toBeCloseTo(paid, 6);
      expect(row.scheduled).toBeCloseTo(work, 6);
      // Z's unscheduled break: logged in, not working — adherence loss of one agent less the 60 s
      // tolerance, which the day's mismatch (these two intervals) shares: 30 s each.
      const zBreak = from >= extraBreak && to <= extraBreak + 30;
      expect(row.adherenceLoss).toBeCloseTo(zBreak ? 1 - 30 / 900 : 0, 6);
      // Everyone else scheduled that day stayed away: shrinkage above plan is their scheduled work
      // (the tolerance forgives them as much when logged out as when not working), plus Z's 30 s.
      expect(row.shrinkageAbovePlan).toBeCloseTo(absentWork + (zBreak ? 30 / 900 : 0), 6);
      if (i >= 40 && i < 68) {
        expect(row.requiredForecast).toBeGreaterThan(0);
        expect(row.forecastError).toBeCloseTo(row.requiredActual - row.requiredForecast!, 9);
        expect(row.scheduleFit).toBeCloseTo(row.requiredForecast! - row.scheduled!, 9);
      }
    }
    expect(g.dayIntervals.some((r) => r.adherenceLoss! > 0.9)).toBe(true);

    const bad = await api.gql(GAP_QUERY, {
      month,
      date: `${month === '2026-01' ? '2026-02' : '2026-01'}-05`,
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'date' }] });
  });

  it('drills schedule adherence down to the team, its agents and an agent’s days', async () => {
    const date = dateOfDay(LAST_MONDAY + dayIndex);
    const month = date.slice(0, 7);
    // The scheduling module's own figures for every day of last week in that month.
    const rows: { agentId: string; date: string; scheduledSeconds: number; adherentSeconds: number }[] = [];
    for (let d = 0; d < 7; d++) {
      const day = dateOfDay(LAST_MONDAY + d);
      if (!day.startsWith(month)) continue;
      const res = await query<{ adherence: typeof rows }>(
        `query($date: String!) { adherence(date: $date) { agentId date scheduledSeconds adherentSeconds } }`,
        { date: day },
      );
      rows.push(...res.adherence);
    }
    const DRILL = `query($month: String!, $agentId: String) {
      assessmentDrillDown(criterion: "adherence", month: $month, agentId: $agentId) {
        value byAgent teams { id name value volume } agents { id name value volume }
        agentId agentDays { date scheduledMinutes adherentMinutes adherence loggedInMinutes conformance }
      }
    }`;
    const { assessmentDrillDown: d } = await query<{
      assessmentDrillDown: {
        value: number;
        byAgent: boolean;
        teams: { name: string; value: number; volume: number }[];
        agents: { id: string; value: number; volume: number }[];
        agentDays: { date: string; scheduledMinutes: number; adherentMinutes: number; adherence: number }[];
      };
    }>(DRILL, { month, agentId: keeper.agentId });
    const sum = (list: typeof rows, k: 'scheduledSeconds' | 'adherentSeconds') =>
      list.reduce((s, r) => s + r[k], 0);
    expect(d.byAgent).toBe(true);
    expect(d.teams).toHaveLength(1);
    expect(d.teams[0].name).toBe('Gap Team');
    expect(d.teams[0].value).toBeCloseTo(sum(rows, 'adherentSeconds') / sum(rows, 'scheduledSeconds'), 9);
    expect(d.value).toBeCloseTo(d.teams[0].value, 9);
    expect(d.teams[0].volume).toBeCloseTo(sum(rows, 'scheduledSeconds') / 3600, 6);
    for (const a of d.agents) {
      const own = rows.filter((r) => r.agentId === a.id);
      expect(a.value).toBeCloseTo(sum(own, 'adherentSeconds') / sum(own, 'scheduledSeconds'), 9);
    }
    expect(d.agents.map((a) => a.id)).toEqual(expect.arrayContaining([keeper.agentId, breaker.agentId]));
    const own = rows.filter((r) => r.agentId === keeper.agentId);
    expect(d.agentDays.map((x) => x.date)).toEqual(own.map((r) => r.date).sort());
    const kept = d.agentDays.find((x) => x.date === date)!;
    const row = own.find((r) => r.date === date)!;
    expect(kept.scheduledMinutes).toBeCloseTo(row.scheduledSeconds / 60, 6);
    expect(kept.adherentMinutes).toBeCloseTo(row.adherentSeconds / 60, 6);
    expect(kept.adherence).toBeCloseTo(1, 9);
    // Z's day: its unscheduled 30-minute break is out of adherence (less the 60 s tolerance).
    const { assessmentDrillDown: z } = await query<{
      assessmentDrillDown: {
        agentDays: { date: string; scheduledMinutes: number; adherentMinutes: number }[];
      };
    }>(DRILL, { month, agentId: breaker.agentId });
    const zDay = z.agentDays.find((x) => x.date === date)!;
    expect(zDay.scheduledMinutes - zDay.adherentMinutes).toBeCloseTo(29, 6);

    const unknown = await api.gql(DRILL, { month, agentId: 'nobody' });
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'agentId' }],
    });
  });
});
