import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactEventStream } from './support/event-stream.js';
import { INGEST, seedSmallCenter } from './support/directory.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

type Event = Record<string, unknown> & { occurredAt: string };

describe('historical metrics by channel, team, agent and claim desk', () => {
  const stream = contactEventStream(11, 400, ['Hotline General', 'Online Chat']);
  const events = stream.events as Event[];
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
    const res = await api.gql<{ ingestEvents: { rejected: number } }>(INGEST, {
      events: stream.shuffled(events),
    });
    expect(res.data!.ingestEvents.rejected).toBe(0);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('sums each channel over its queues', async () => {
    const res = await api.gql<{
      queueMetrics: {
        queues: { queue: string; channel: string; total: { offered: number } }[];
        channels: { channel: string; total: { offered: number; serviceLevel: number } }[];
      };
    }>(
      `{ queueMetrics(from: "2026-03-01", to: "2026-03-10") { queues { queue channel total { offered } } channels { channel total { offered serviceLevel } } } }`,
    );
    const { queues, channels } = res.data!.queueMetrics;
    for (const channel of channels) {
      const sum = queues
        .filter((q) => q.channel === channel.channel)
        .reduce((t, q) => t + q.total.offered, 0);
      expect(channel.total.offered).toBe(sum);
    }
    expect(channels.find((c) => c.channel === 'HOTLINE')!.total.offered).toBe(
      events.filter((e) => e.queue === 'Hotline General' && e.type === 'OFFERED').length,
    );
  });

  it('gives each agent its handled contacts, logged-in time and QA, and the team their sum', async () => {
    const res = await api.gql<{
      agentMetrics: {
        teams: { name: string; total: Record<string, number> }[];
        agents: { id: string; total: Record<string, number> }[];
      };
    }>(
      `{ agentMetrics(from: "2026-03-01", to: "2026-03-10", teamIds: [1]) { teams { name total { handled loggedInSeconds qaEvaluations trainingHours occupancy } } agents { id total { handled loggedInSeconds } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { teams, agents } = res.data!.agentMetrics;
    expect(teams).toHaveLength(1);
    const a3 = agents.find((a) => a.id === 'a3')!;
    const completedBy = (agent: string) =>
      events.filter((e) => e.type === 'COMPLETED' && e.agentId === agent).length;
    expect(a3.total.handled).toBe(completedBy('a3'));
    // Logged-in time: every closed segment of a3's timeline whose state is not LOGGED_OUT.
    const timeline = events
      .filter((e) => e.kind === 'agentState' && e.agentId === 'a3')
      .map((e) => ({ at: Date.parse(e.occurredAt), state: e.state }))
      .sort((x, y) => x.at - y.at);
    const loggedIn = timeline
      .slice(0, -1)
      .reduce((t, s, i) => t + (s.state === 'LOGGED_OUT' ? 0 : (timeline[i + 1].at - s.at) / 1000), 0);
    expect(a3.total.loggedInSeconds).toBeCloseTo(loggedIn, 3);
    expect(teams[0].total.handled).toBe(agents.reduce((t, a) => t + a.total.handled, 0));
    expect(teams[0].total.trainingHours).toBeCloseTo(15, 6);
  });

  it('gives the claim desk its flows, backlog, SLA share and aging', async () => {
    const res = await api.gql<{
      claimMetrics: {
        queues: {
          queue: string;
          total: Record<string, number>;
          points: { backlog: number }[];
          aging: Record<string, number>;
          cycleTimeMedianHours: number;
        }[];
      };
    }>(
      `{ claimMetrics(from: "2026-03-01", to: "2026-03-31") { queues { queue total { opened settled rejected reopened backlog settledWithinSla } points { label backlog } aging { under24h oneToThreeDays threeToSevenDays overSevenDays } cycleTimeMedianHours } } }`,
    );
    expect(res.errors).toBeUndefined();
    const claims = res.data!.claimMetrics.queues[0];
    const claimEvents = events.filter((e) => e.kind === 'claim');
    const count = (type: string) => claimEvents.filter((e) => e.type === type).length;
    expect(claims.total.opened).toBe(count('OPENED'));
    expect(claims.total.reopened).toBe(count('REOPENED'));
    // Backlog at the end: opened + reopened − settle events − reject events.
    expect(claims.total.backlog).toBe(
      count('OPENED') + count('REOPENED') - count('SETTLED') - count('REJECTED'),
    );
    expect(claims.points.at(-1)!.backlog).toBe(claims.total.backlog);
    expect(Object.values(claims.aging).reduce((a, b) => a + b, 0)).toBe(claims.total.backlog);
    expect(claims.cycleTimeMedianHours).toBeGreaterThan(0);
  });
  it('answers a repeated trend from its cache, never stale after new events, and never to another caller', async () => {
    const trend = `query($queues: [String!]) { queueMetrics(from: "2026-03-01", to: "2026-03-10", queues: $queues) { queues { queue total { offered } } } }`;
    const offered = async (credential?: string | null) => {
      const res =
        credential === undefined
          ? await api.gql<{ queueMetrics: { queues: { total: { offered: number } }[] } }>(trend, {
              queues: ['Online Chat'],
            })
          : await api.gqlAs<{ queueMetrics: { queues: { total: { offered: number } }[] } }>(
              credential,
              trend,
              { queues: ['Online Chat'] },
            );
      return res;
    };
    const first = await offered();
    const again = await offered();
    expect(again.data).toEqual(first.data);
    // Nobody signed in gets nothing, cached or not; a role without access is refused as before.
    expect((await offered(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const agent = await api.signInAs('AGENT', { username: 'cache-agent', agentId: 'a1' });
    expect((await offered(agent)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // One more contact in the range: the next answer counts it.
    const res = await api.gql<{ ingestEvents: { accepted: number } }>(INGEST, {
      events: [
        {
          kind: 'contact',
          eventId: 'cache-check-offered',
          type: 'OFFERED',
          occurredAt: '2026-03-05T02:00:00Z',
          contactId: 'cache-check',
          queue: 'Online Chat',
        },
      ],
    });
    expect(res.data!.ingestEvents.accepted).toBe(1);
    const after = await offered();
    expect(after.data!.queueMetrics.queues[0].total.offered).toBe(
      first.data!.queueMetrics.queues[0].total.offered + 1,
    );
  });
});
