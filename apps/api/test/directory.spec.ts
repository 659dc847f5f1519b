import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

const CREATE_QUEUE = `mutation($input: CreateQueueInput!) { createQueue(input: $input) { id name channel slThresholdSeconds slTarget shortAbandonSeconds site { name timeZone } } }`;

describe('center directory', () => {
  let db: TestDatabase;
  let api: TestApp;
  let siteId: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApp(db.url);
    const site = await api.gql<{ createSite: { id: string } }>(
      `mutation { createSite(input: { name: "Shenzhen", timeZone: "Asia/Shanghai" }) { id } }`,
    );
    siteId = Number(site.data!.createSite.id);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('creates a queue with the channel defaults of metrics.md', async () => {
    const res = await api.gql<{ createQueue: Record<string, unknown> }>(CREATE_QUEUE, {
      input: { name: 'Hotline General', channel: 'HOTLINE', siteId },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createQueue).toMatchObject({
      name: 'Hotline General',
      channel: 'HOTLINE',
      slThresholdSeconds: 20,
      slTarget: 0.8,
      shortAbandonSeconds: 5,
      site: { name: 'Shenzhen', timeZone: 'Asia/Shanghai' },
    });
    const online = await api.gql<{ createQueue: Record<string, unknown> }>(CREATE_QUEUE, {
      input: { name: 'Online Chat', channel: 'ONLINE', siteId },
    });
    expect(online.data!.createQueue).toMatchObject({ slThresholdSeconds: 60, slTarget: 0.8 });
  });

  it('lists every queue with its name and channel', async () => {
    const res = await api.gql<{ queues: { name: string; channel: string }[] }>(`{ queues { name channel } }`);
    expect(res.data!.queues).toEqual(
      expect.arrayContaining([
        { name: 'Hotline General', channel: 'HOTLINE' },
        { name: 'Online Chat', channel: 'ONLINE' },
      ]),
    );
  });

  it('refuses a site with an unknown time zone, naming the field, and writes nothing', async () => {
    const res = await api.gql(
      `mutation { createSite(input: { name: "Mars", timeZone: "Mars/Olympus" }) { id } }`,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'timeZone', reason: expect.stringContaining('IANA') },
    ]);
    const sites = await api.gql<{ sites: { name: string }[] }>(`{ sites { name } }`);
    expect(sites.data!.sites.map((s) => s.name)).toEqual(['Shenzhen']);
  });

  it('refuses a negative threshold, naming the field, and writes nothing', async () => {
    const res = await api.gql(CREATE_QUEUE, {
      input: { name: 'Bad Queue', channel: 'HOTLINE', siteId, slThresholdSeconds: -5 },
    });
    expect(res.errors?.[0].message).toContain('slThresholdSeconds');
    expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('slThresholdSeconds');
    const queues = await api.gql<{ queues: { name: string }[] }>(`{ queues { name } }`);
    expect(queues.data!.queues.map((q) => q.name)).not.toContain('Bad Queue');
  });

  it('refuses an unknown channel, naming the field, and writes nothing', async () => {
    const res = await api.gql(CREATE_QUEUE, { input: { name: 'Fax Queue', channel: 'FAX', siteId } });
    expect(res.errors?.[0].message).toMatch(/channel/);
    const queues = await api.gql<{ queues: { name: string }[] }>(`{ queues { name } }`);
    expect(queues.data!.queues.map((q) => q.name)).not.toContain('Fax Queue');
  });

  it('refuses a queue on a site that does not exist, and a duplicate name', async () => {
    const noSite = await api.gql(CREATE_QUEUE, {
      input: { name: 'Orphan', channel: 'ONLINE', siteId: 9999 },
    });
    expect(noSite.errors?.[0].extensions?.fields).toEqual([
      { field: 'siteId', reason: 'no site with id 9999' },
    ]);
    const dup = await api.gql(CREATE_QUEUE, {
      input: { name: 'Hotline General', channel: 'HOTLINE', siteId },
    });
    expect(dup.errors?.[0].extensions?.fields?.[0].field).toBe('name');
  });

  it('creates teams and agents with skills, and edits them', async () => {
    const team = await api.gql<{ createTeam: { id: string } }>(
      `mutation($s: Int!) { createTeam(input: { name: "Hotline A", siteId: $s }) { id } }`,
      { s: siteId },
    );
    const queues = await api.gql<{ queues: { id: string; name: string }[] }>(`{ queues { id name } }`);
    const hotline = Number(queues.data!.queues.find((q) => q.name === 'Hotline General')!.id);
    const agent = await api.gql<{ createAgent: { id: string; skills: unknown[] } }>(
      `mutation($input: CreateAgentInput!) { createAgent(input: $input) { id agentId teamId skills { queueName proficiency } } }`,
      {
        input: {
          agentId: 'a1',
          name: 'Li Wei',
          teamId: Number(team.data!.createTeam.id),
          skills: [{ queueId: hotline, proficiency: 0.9 }],
        },
      },
    );
    expect(agent.errors).toBeUndefined();
    expect(agent.data!.createAgent.skills).toEqual([{ queueName: 'Hotline General', proficiency: 0.9 }]);
    const bad = await api.gql(
      `mutation($id: ID!) { updateAgent(id: $id, input: { skills: [{ queueId: 1, proficiency: 1.5 }] }) { id } }`,
      { id: agent.data!.createAgent.id },
    );
    expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('skills.0.proficiency');
    const edited = await api.gql<{ updateAgent: { name: string } }>(
      `mutation($id: ID!) { updateAgent(id: $id, input: { name: "Li Wei (lead)" }) { name skills { queueName } } }`,
      { id: agent.data!.createAgent.id },
    );
    expect(edited.data!.updateAgent).toEqual({
      name: 'Li Wei (lead)',
      skills: [{ queueName: 'Hotline General' }],
    });
  });

  it('keeps everything saved across a restart', async () => {
    await api.close();
    api = await startTestApp(db.url);
    const res = await api.gql<{ queues: { name: string }[]; agents: { agentId: string }[] }>(
      `{ queues { name } agents { agentId } }`,
    );
    expect(res.data!.queues.map((q) => q.name)).toEqual(['Hotline General', 'Online Chat']);
    expect(res.data!.agents.map((a) => a.agentId)).toEqual(['a1']);
  });
});
