import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactEventStream } from './support/event-stream.js';
import { INGEST, seedSmallCenter } from './support/directory.js';
import {
  createTestDatabase,
  rawFetch,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './support/test-app.js';

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
  /** How many cacheable trend requests were answered from the cache (hit) or computed (miss) so far. */
  async function lookups(result: 'hit' | 'miss'): Promise<number> {
    const text = await (await rawFetch(`${api.baseUrl}/metrics`)).text();
    const line = text
      .split('\n')
      .find((l) => l.startsWith(`servicefloor_graphql_answer_cache_total{result="${result}"}`));
    return line ? Number(line.split(' ').at(-1)) : 0;
  }

  /** POST /graphql over plain HTTP: the status, headers and the body's bytes as sent (not decoded). */
  function post(headers: Record<string, string>, body: unknown) {
    const url = new URL(`${api.baseUrl}/graphql`);
    return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const req = request(
          { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
            );
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(body));
      },
    );
  }

  const asAdmin = () => ({ 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}` });

  it('sends a cached answer byte for byte as Apollo did, and compressed copies that decode to the same JSON', async () => {
    const body = {
      query: `query Figures($queues: [String!]) { queueMetrics(from: "2026-03-01", to: "2026-03-10", queues: $queues) { queues { queue points { label metrics { offered serviceLevel } } total { offered } } } }`,
      operationName: 'Figures',
      variables: { queues: ['Hotline General', 'Online Chat'] },
    };
    const hits = await lookups('hit');
    const computed = await post({ ...asAdmin(), 'accept-encoding': 'identity' }, body);
    expect(computed.status).toBe(200);
    expect(await lookups('hit')).toBe(hits);
    const cached = await post({ ...asAdmin(), 'accept-encoding': 'identity' }, body);
    expect(await lookups('hit')).toBe(hits + 1);
    expect(cached.body.equals(computed.body)).toBe(true);
    for (const header of ['content-type', 'cache-control'])
      expect(cached.headers[header]).toBe(computed.headers[header]);
    expect(cached.headers['cache-control']).toBe('no-store');
    const json = JSON.parse(computed.body.toString('utf8')) as { data: unknown };
    expect(json.data).toBeTruthy();

    const br = await post({ ...asAdmin(), 'accept-encoding': 'gzip, deflate, br' }, body);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(computed.body.length);
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(json);
    const gzip = await post({ ...asAdmin(), 'accept-encoding': 'gzip' }, body);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(json);
    expect(await lookups('hit')).toBe(hits + 3);

    // The same question spelled differently (spacing, variable order) is the same answer.
    const respaced = await post(asAdmin(), { ...body, query: body.query.replace(/ \{/g, '  {\n') });
    expect(JSON.parse(respaced.body.toString('utf8'))).toEqual(json);
    expect(await lookups('hit')).toBe(hits + 4);
    // A client that asks for application/graphql-response+json gets it, as from Apollo.
    const accept = 'application/graphql-response+json';
    const apollo = await post({ ...asAdmin(), accept }, { query: '{ queues { name } }' });
    const typed = await post({ ...asAdmin(), accept }, body);
    expect(await lookups('hit')).toBe(hits + 5);
    expect(typed.headers['content-type']).toBe(apollo.headers['content-type']);
    expect(typed.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
  });

  it('never serves a cached answer to another principal, a refused role or an ended session', async () => {
    const trend = `{ queueMetrics(from: "2026-03-02", to: "2026-03-09") { queues { queue total { offered } } } }`;
    const manager = await api.signInAs('MANAGER');
    const otherManager = await api.signInAs('MANAGER');
    const executive = await api.signInAs('EXECUTIVE');
    const agent = await api.signInAs('AGENT', { agentId: 'a2' });
    const kiosk = (
      await api.gql<{ createKioskToken: { secret: string } }>(
        `mutation { createKioskToken(name: "Cache TV") { secret } }`,
      )
    ).data!.createKioskToken.secret;
    // A session to end: signed in over HTTP for its refresh token.
    await api.signInAs('MANAGER', { username: 'cache-leaver' });
    const session = (await (
      await rawFetch(`${api.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'cache-leaver', password: 'cache-leaver-password-123' }),
      })
    ).json()) as { accessToken: string; refreshToken: string };

    const expected = (await api.gqlAs(manager, trend)).data;
    expect(expected).toBeTruthy();
    const [hits, misses] = [await lookups('hit'), await lookups('miss')];
    expect((await api.gqlAs(manager, trend)).data).toEqual(expected);
    expect(await lookups('hit')).toBe(hits + 1);
    // Other principals compute their own answer, even with the same role.
    expect((await api.gqlAs(otherManager, trend)).data).toEqual(expected);
    expect((await api.gqlAs(executive, trend)).data).toEqual(expected);
    expect((await api.gqlAs(session.accessToken, trend)).data).toEqual(expected);
    expect(await lookups('miss')).toBe(misses + 3);
    // Refused callers stay refused while the answer is cached for others.
    expect((await api.gqlAs(agent, trend)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gqlAs(kiosk, trend)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gqlAs(null, trend)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gqlAs(`${manager.slice(0, -4)}AAAA`, trend)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    // A signed-out session's access token gets nothing, though its answer was cached a moment ago.
    const logout = await rawFetch(`${api.baseUrl}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: `sf_refresh=${session.refreshToken}` },
    });
    expect(logout.status).toBe(204);
    expect((await api.gqlAs(session.accessToken, trend)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await lookups('hit')).toBe(hits + 1);
  });

  it("keeps a trend that ended days ago through today's live events, not through a late event in its range", async () => {
    const trend = `{ queueMetrics(from: "2026-03-01", to: "2026-03-10", queues: ["Online Chat"]) { queues { total { offered } } } }`;
    const offered = async () =>
      (await api.gql<{ queueMetrics: { queues: { total: { offered: number } }[] } }>(trend)).data!
        .queueMetrics.queues[0].total.offered;
    const contact = (id: string, occurredAt: string) => ({
      kind: 'contact',
      eventId: `${id}-offered`,
      type: 'OFFERED',
      occurredAt,
      contactId: id,
      queue: 'Online Chat',
    });
    const before = await offered();
    const hits = await lookups('hit');
    const today = await api.gql<{ ingestEvents: { accepted: number } }>(INGEST, {
      events: [contact('cache-today', new Date(Date.now() - 60_000).toISOString())],
    });
    expect(today.data!.ingestEvents.accepted).toBe(1);
    expect(await offered()).toBe(before);
    expect(await lookups('hit')).toBe(hits + 1);
    const late = await api.gql<{ ingestEvents: { accepted: number } }>(INGEST, {
      events: [contact('cache-late', '2026-03-06T03:00:00Z')],
    });
    expect(late.data!.ingestEvents.accepted).toBe(1);
    expect(await offered()).toBe(before + 1);
    expect(await lookups('hit')).toBe(hits + 1);
  });

  it('computes identical requests arriving together once', async () => {
    const trend = `{ queueMetrics(from: "2026-03-03", to: "2026-03-08", granularity: WEEK) { channels { channel total { offered } } } }`;
    const [hits, misses] = [await lookups('hit'), await lookups('miss')];
    const answers = await Promise.all([1, 2, 3].map(() => api.gql(trend)));
    for (const a of answers) expect(a.data).toEqual(answers[0].data);
    expect(await lookups('miss')).toBe(misses + 1);
    expect(await lookups('hit')).toBe(hits + 2);
  });

  it('renews a busy answer before it expires while the others are still served the kept one', async () => {
    const trend = `{ queueMetrics(from: "2026-03-04", to: "2026-03-07") { queues { queue total { offered } } } }`;
    const first = await api.gql(trend);
    await new Promise((resolve) => setTimeout(resolve, 4_650));
    const [hits, misses] = [await lookups('hit'), await lookups('miss')];
    const answers = await Promise.all([api.gql(trend), api.gql(trend)]);
    for (const a of answers) expect(a.data).toEqual(first.data);
    expect(await lookups('miss')).toBe(misses + 1);
    expect(await lookups('hit')).toBe(hits + 1);
  });

  it('answers and caches a trend of no queue whose dates were never checked', async () => {
    const none = `{ queueMetrics(from: "2026-02-30", to: "2026-02-31", queues: []) { queues { queue } channels { channel } } }`;
    const hits = await lookups('hit');
    for (let i = 0; i < 2; i++) {
      const res = await api.gql(none);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ queueMetrics: { queues: [], channels: [] } });
    }
    expect(await lookups('hit')).toBe(hits + 1);
  });

  it('is never stale after a queue definition changes', async () => {
    const trend = `{ queueMetrics(from: "2026-03-01", to: "2026-03-10", queues: ["Online Chat"]) { queues { total { answeredWithinThreshold definition { slThresholdSeconds } } } } }`;
    type Answer = {
      queueMetrics: {
        queues: { total: { answeredWithinThreshold: number; definition: { slThresholdSeconds: number } } }[];
      };
    };
    const threshold = async () => (await api.gql<Answer>(trend)).data!.queueMetrics.queues[0].total;
    const { queues } = (await api.gql<{ queues: { id: string; name: string }[] }>(`{ queues { id name } }`))
      .data!;
    const chat = queues.find((q) => q.name === 'Online Chat')!;
    const before = await threshold();
    const hits = await lookups('hit');
    expect(await threshold()).toEqual(before);
    expect(await lookups('hit')).toBe(hits + 1);
    const seconds = before.definition.slThresholdSeconds;
    const update = `mutation($id: ID!, $input: UpdateQueueInput!) { updateQueue(id: $id, input: $input) { id } }`;
    expect(
      (await api.gql(update, { id: chat.id, input: { slThresholdSeconds: seconds * 2 } })).errors,
    ).toBeUndefined();
    const after = await threshold();
    expect(after.definition.slThresholdSeconds).toBe(seconds * 2);
    expect(after.answeredWithinThreshold).toBeGreaterThanOrEqual(before.answeredWithinThreshold);
    expect(await lookups('hit')).toBe(hits + 1);
    await api.gql(update, { id: chat.id, input: { slThresholdSeconds: seconds } });
  });

  it('computes the figures a query selects as a query of every figure does, whatever it reads', async () => {
    const ALL = `offered answered abandoned flowedOut shortAbandoned answeredWithinThreshold serviceLevel asa aht abandonRate avgAbandonWait maxWait transfers handled surveys csat csatMean nps fcr fcrSurvey fcrDerived definition { serviceLevelVariant slThresholdSeconds shortAbandonSeconds source }`;
    const SERIES = `timeZone points { label periodStart metrics { ${ALL} } } previousPoints { label periodStart metrics { ${ALL} } } total { ${ALL} } previousTotal { ${ALL} }`;
    const full = `query($granularity: Granularity!, $queues: [String!]) { queueMetrics(from: "2026-03-04", to: "2026-03-05", granularity: $granularity, queues: $queues) { queues { queue ${SERIES} } channels { channel ${SERIES} } } }`;
    // A few figures each, through an alias, fragments, a skipped field and parts left out.
    const narrow = `
      fragment Waits on ContactMetricsModel { asa avgAbandonWait }
      fragment Series on QueueMetricsSeries { previousTotal { offered } }
      query($granularity: Granularity!, $queues: [String!]) {
        queueMetrics(from: "2026-03-04", to: "2026-03-05", granularity: $granularity, queues: $queues) {
          queues {
            queue
            points { label metrics { sl: serviceLevel ...Waits maxWait @skip(if: true) } }
            previousPoints { label }
            total { ... on ContactMetricsModel { aht answeredWithinThreshold } }
            ...Series
          }
          channels { channel total { serviceLevel abandonRate csat nps definition { source } } }
        }
      }`;
    type Metrics = Record<string, unknown>;
    type Series = {
      queue?: string;
      channel?: string;
      points: { label: string; metrics: Metrics }[];
      previousPoints: { label: string; metrics?: Metrics }[];
      total: Metrics;
      previousTotal: Metrics;
    };
    type Answer = { queueMetrics: { queues: Series[]; channels: Series[] } };
    // A second hotline queue, another threshold (both bucket bounds): the channel sum reads the
    // stored "within T" counts (its queues differ), which neither queue's own figures read.
    const created = await api.gql(
      `mutation { createQueue(input: { name: "Hotline VIP", channel: HOTLINE, siteId: 1, slThresholdSeconds: 30 }) { id } }`,
    );
    expect(created.errors).toBeUndefined();
    // Not the claim desk: its threshold (no bucket bound) would have the stored counts read anyway.
    const contactQueues = ['Hotline General', 'Hotline VIP', 'Online Chat'];
    for (const granularity of ['DAY', 'WEEK', 'INTERVAL']) {
      const all = await api.gql<Answer>(full, { granularity, queues: contactQueues });
      const some = await api.gql<Answer>(narrow, { granularity, queues: contactQueues });
      expect(all.errors).toBeUndefined();
      expect(some.errors).toBeUndefined();
      const queues = all.data!.queueMetrics.queues;
      if (granularity === 'DAY')
        expect(queues.some((q) => q.points.length > 0 && q.previousPoints.length > 0)).toBe(true);
      expect(some.data!.queueMetrics.queues).toEqual(
        queues.map((q) => ({
          queue: q.queue,
          points: q.points.map((p) => ({
            label: p.label,
            metrics: {
              sl: p.metrics.serviceLevel,
              asa: p.metrics.asa,
              avgAbandonWait: p.metrics.avgAbandonWait,
            },
          })),
          previousPoints: q.previousPoints.map((p) => ({ label: p.label })),
          total: { aht: q.total.aht, answeredWithinThreshold: q.total.answeredWithinThreshold },
          previousTotal: { offered: q.previousTotal.offered },
        })),
      );
      const hotline = all.data!.queueMetrics.channels.find((c) => c.channel === 'HOTLINE')!;
      expect(hotline.total.definition).toMatchObject({ slThresholdSeconds: null, source: 'STORED' });
      expect(some.data!.queueMetrics.channels).toEqual(
        all.data!.queueMetrics.channels.map((c) => ({
          channel: c.channel,
          total: {
            serviceLevel: c.total.serviceLevel,
            abandonRate: c.total.abandonRate,
            csat: c.total.csat,
            nps: c.total.nps,
            definition: { source: (c.total.definition as { source: string }).source },
          },
        })),
      );
    }
  });
});
