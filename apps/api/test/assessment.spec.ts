import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdherenceReader } from '../src/assessment/adherence.reader.js';
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

  it("splits a month's service-level gap into parts that add up, in agent-hours", async () => {
    const res = await api.gql<{
      serviceLevelGap: Record<string, unknown> & { days: Record<string, number>[] };
    }>(
      `{ serviceLevelGap(month: "2026-03") { gapHours forecastErrorHours shrinkageAbovePlanHours adherenceLossHours scheduleFitHours hasForecast hasSchedule shortfallIntervals days { date gapHours scheduleFitHours } } }`,
    );
    expect(res.errors).toBeUndefined();
    const g = res.data!.serviceLevelGap as Record<string, number | null | boolean> & {
      days: Record<string, number>[];
    };
    expect(g).toMatchObject({
      hasForecast: false,
      hasSchedule: false,
      forecastErrorHours: null,
      adherenceLossHours: null,
    });
    expect(g.gapHours as number).toBeGreaterThan(0);
    const parts = (g.scheduleFitHours as number) + ((g.shrinkageAbovePlanHours as number | null) ?? 0);
    expect(parts).toBeCloseTo(g.gapHours as number, 6);
    const days = g.days.reduce((s, d) => s + d.gapHours, 0);
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
