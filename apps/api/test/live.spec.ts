import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { INGEST, seedSmallCenter, type IngestResponse } from './support/directory.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

/*
 * The live floor against the real app, over HTTP and graphql-ws: snapshot then changes,
 * coalescing (at most 4 pushes a second per queue), the heartbeat, alerts raised and cleared with
 * hysteresis, agents, and a restart that rebuilds live state from the database. Events are timed
 * relative to now: live figures are about the server's "now".
 */

const QUEUE_FIELDS = `id name channel depth longestWaitSeconds oldestWaitingSince activeAlerts todayDate
  agents { available onContact afterContactWork break loggedOut loggedIn total }
  today { offered answered abandoned serviceLevel asa abandonRate }
  last30MinutesFrom last30Minutes { offered answered serviceLevel asa }`;
const LIVE_QUEUES = `query($filter: LiveQueueFilter) { liveQueues(filter: $filter) { kind serverTime queues { ${QUEUE_FIELDS} } } }`;
const SUB_QUEUES = `subscription($filter: LiveQueueFilter) { liveQueues(filter: $filter) { kind serverTime queues { ${QUEUE_FIELDS} } } }`;
const AGENT_FIELDS = `id agentId name teamId queueIds state reason since secondsInState activeAlert
  currentContact { contactId queueId queue answeredAt seconds }`;
const LIVE_AGENTS = `query($teamId: Int) { liveAgents(teamId: $teamId) { kind serverTime agents { ${AGENT_FIELDS} } } }`;
const SUB_AGENTS = `subscription($teamId: Int) { liveAgents(teamId: $teamId) { kind serverTime agents { ${AGENT_FIELDS} } } }`;
const ALERT_FIELDS = `id rule queueId queue agentId agentName agentState raisedAt clearedAt active value threshold clearedValue`;
const SUB_ALERTS = `subscription($filter: LiveAlertFilter) { liveAlerts(filter: $filter) { kind serverTime alerts { ${ALERT_FIELDS} } } }`;

interface LiveQueue {
  id: string;
  name: string;
  depth: number;
  longestWaitSeconds: number;
  oldestWaitingSince: string | null;
  activeAlerts: string[];
  todayDate: string;
  agents: Record<string, number>;
  today: {
    offered: number;
    answered: number;
    abandoned: number;
    serviceLevel: number | null;
    asa: number | null;
  };
  last30MinutesFrom: string;
  last30Minutes: { offered: number; answered: number; serviceLevel: number | null; asa: number | null };
}
interface QueuesUpdate {
  kind: 'SNAPSHOT' | 'CHANGES' | 'HEARTBEAT';
  serverTime: string;
  queues: LiveQueue[];
}
interface LiveAgent {
  id: string;
  agentId: string;
  state: string;
  since: string | null;
  secondsInState: number | null;
  activeAlert: string | null;
  currentContact: { contactId: string; queue: string | null; seconds: number } | null;
}
interface AgentsUpdate {
  kind: string;
  serverTime: string;
  agents: LiveAgent[];
}
interface Alert {
  id: string;
  rule: string;
  queueId: string | null;
  queue: string | null;
  agentId: string | null;
  agentState: string | null;
  active: boolean;
  clearedAt: string | null;
  value: number;
  threshold: number;
  clearedValue: number | null;
}
interface AlertsUpdate {
  kind: string;
  serverTime: string;
  alerts: Alert[];
}

const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
let serial = 0;

/** A contact event on `queue`, `secondsAgo` before now. */
function contact(type: string, contactId: string, secondsAgo: number, queue: string, extra = {}) {
  return {
    kind: 'contact',
    eventId: `${contactId}-${type}-${serial++}`,
    type,
    occurredAt: iso(Date.now() - secondsAgo * 1000),
    contactId,
    queue,
    ...extra,
  };
}

function agentState(agentId: string, state: string, secondsAgo: number) {
  return {
    kind: 'agentState',
    eventId: `${agentId}-${state}-${serial++}`,
    agentId,
    state,
    occurredAt: iso(Date.now() - secondsAgo * 1000),
  };
}

async function ingest(api: TestApp, events: Record<string, unknown>[]): Promise<void> {
  const res = await api.gql<IngestResponse>(INGEST, { events });
  if (res.errors || res.data!.ingestEvents.rejected > 0)
    throw new Error(JSON.stringify(res.errors ?? res.data));
}

/** A graphql-ws subscription collecting every message with the time it arrived. */
class Feed<T> {
  readonly messages: { at: number; data: T }[] = [];
  errors: unknown[] = [];
  private cursor = 0;
  private waiters: (() => void)[] = [];
  private readonly client: Client;

  constructor(api: TestApp, query: string, variables: Record<string, unknown> = {}) {
    this.client = createClient({
      url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: api.adminToken ? { authorization: `Bearer ${api.adminToken}` } : undefined,
    });
    this.client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) this.errors.push(result.errors);
          else this.messages.push({ at: Date.now(), data: Object.values(result.data ?? {})[0] as T });
          this.wake();
        },
        error: (error) => {
          this.errors.push(error);
          this.wake();
        },
        complete: () => undefined,
      },
    );
  }

  /** The next message (after those already taken) that satisfies `test`. */
  next(test: (data: T) => boolean = () => true, timeoutMs = 8_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        reject(
          new Error(
            `no matching message within ${timeoutMs} ms; got ${JSON.stringify(this.messages.map((m) => m.data)).slice(0, 3000)} errors ${JSON.stringify(this.errors)}`,
          ),
        );
      }, timeoutMs);
      const check = () => {
        while (this.cursor < this.messages.length) {
          const data = this.messages[this.cursor++].data;
          if (test(data)) {
            clearTimeout(timer);
            this.waiters = this.waiters.filter((w) => w !== check);
            resolve(data);
            return;
          }
        }
      };
      this.waiters.push(check);
      check();
    });
  }

  /** Resolves with the first error (for subscriptions that must be refused). */
  async firstError(timeoutMs = 5_000): Promise<unknown> {
    const started = Date.now();
    while (this.errors.length === 0 && Date.now() - started < timeoutMs) await sleep(20);
    return this.errors[0];
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const queueIn = (update: QueuesUpdate, name: string) => update.queues.find((q) => q.name === name);

describe('live floor', () => {
  let db: TestDatabase;
  let api: TestApp;
  const feeds: Feed<unknown>[] = [];
  const ids: Record<string, string> = {};
  let teamId = 0;

  function feed<T>(query: string, variables: Record<string, unknown> = {}): Feed<T> {
    const f = new Feed<T>(api, query, variables);
    feeds.push(f as Feed<unknown>);
    return f;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApp(db.url);
    await seedSmallCenter(api);
    const queues = await api.gql<{ queues: { id: string; name: string; siteId: number }[] }>(
      `{ queues { id name siteId } }`,
    );
    for (const q of queues.data!.queues) ids[q.name] = q.id;
    // Each test works on a queue of its own, so they do not see each other's contacts.
    for (const name of ['Live Coalesce', 'Live Alerts', 'Live Wait', 'Live SL', 'Live Agents']) {
      const res = await api.gql<{ createQueue: { id: string } }>(
        `mutation($input: CreateQueueInput!) { createQueue(input: $input) { id } }`,
        { input: { name, channel: 'HOTLINE', siteId: queues.data!.queues[0].siteId } },
      );
      ids[name] = res.data!.createQueue.id;
    }
    const team = await api.gql<{ createTeam: { id: string } }>(
      `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
      { input: { name: 'Floor A', siteId: queues.data!.queues[0].siteId } },
    );
    teamId = Number(team.data!.createTeam.id);
    for (const agentId of ['la1', 'la2', 'la3']) {
      const res = await api.gql(`mutation($input: CreateAgentInput!) { createAgent(input: $input) { id } }`, {
        input: {
          agentId,
          name: `Agent ${agentId}`,
          teamId,
          skills: [{ queueId: Number(ids['Live Agents']), proficiency: 1 }],
        },
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
  });

  afterAll(async () => {
    await Promise.all(feeds.map((f) => f.close()));
    await api?.close();
    await db?.drop();
  });

  it('sends a snapshot first, then only what changed; queries answer the same figures', async () => {
    const hotline = feed<QueuesUpdate>(SUB_QUEUES, {
      filter: { queueIds: [ids['Hotline General'], ids['Online Chat']] },
    });
    const snapshot = await hotline.next();
    expect(snapshot.kind).toBe('SNAPSHOT');
    expect(snapshot.queues.map((q) => q.name).sort()).toEqual(['Hotline General', 'Online Chat']);
    expect(queueIn(snapshot, 'Hotline General')).toMatchObject({
      depth: 0,
      longestWaitSeconds: 0,
      oldestWaitingSince: null,
    });
    expect(Math.abs(Date.parse(snapshot.serverTime) - Date.now())).toBeLessThan(2_000);

    await ingest(api, [
      contact('OFFERED', 'snap-1', 30, 'Hotline General'),
      contact('OFFERED', 'snap-2', 10, 'Hotline General'),
    ]);
    const changed = await hotline.next((u) => queueIn(u, 'Hotline General')?.depth === 2);
    expect(changed.kind).toBe('CHANGES');
    // Only what changed (a heartbeat falling into the same push may bring the other queue, unchanged).
    expect(changed.queues.filter((x) => x.name !== 'Hotline General').every((x) => x.depth === 0)).toBe(true);
    const q = queueIn(changed, 'Hotline General')!;
    // The wait is measured on the server clock at serverTime.
    expect(q.longestWaitSeconds).toBeCloseTo(
      (Date.parse(changed.serverTime) - Date.parse(q.oldestWaitingSince!)) / 1000,
      3,
    );
    expect(q.longestWaitSeconds).toBeGreaterThanOrEqual(30);
    expect(q.longestWaitSeconds).toBeLessThan(40);

    await ingest(api, [contact('ANSWERED', 'snap-1', 0, 'Hotline General', { agentId: 'x1' })]);
    const answered = await hotline.next((u) => queueIn(u, 'Hotline General')?.depth === 1);
    const after = queueIn(answered, 'Hotline General')!;
    expect(after.today).toMatchObject({ offered: 2, answered: 1, serviceLevel: 0 });
    expect(after.today.asa).toBeGreaterThanOrEqual(30);
    expect(after.last30Minutes).toMatchObject({ offered: 2, answered: 1 });
    expect(after.longestWaitSeconds).toBeGreaterThanOrEqual(10);
    expect(after.longestWaitSeconds).toBeLessThan(20);

    const query = await api.gql<{ liveQueues: QueuesUpdate }>(LIVE_QUEUES, {
      filter: { channel: 'HOTLINE' },
    });
    expect(query.errors).toBeUndefined();
    expect(query.data!.liveQueues.kind).toBe('SNAPSHOT');
    expect(query.data!.liveQueues.queues.every((x) => x.name !== 'Online Chat')).toBe(true);
    expect(queueIn(query.data!.liveQueues, 'Hotline General')).toMatchObject({
      depth: 1,
      today: { offered: 2, answered: 1 },
      last30Minutes: { offered: 2, answered: 1 },
    });
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect(queueIn(query.data!.liveQueues, 'Hotline General')!.todayDate).toBe(date);
  });

  it('pushes a busy queue at most 4 times a second, with the latest figures', async () => {
    const queue = 'Live Coalesce';
    const f = feed<QueuesUpdate>(SUB_QUEUES, { filter: { queueIds: [ids[queue]] } });
    await f.next((u) => u.kind === 'SNAPSHOT');
    const started = Date.now();
    // 40 separate batches over about 2 seconds: one event each.
    for (let i = 0; i < 40; i++) {
      await ingest(api, [contact('OFFERED', `co-${i}`, 1, queue)]);
      await sleep(50 - ((Date.now() - started) % 50));
    }
    await f.next((u) => queueIn(u, queue)?.depth === 40);
    // Pushes by their server time (when they left), so socket jitter does not blur the spacing.
    const pushes = f.messages
      .filter((m) => m.data.kind !== 'SNAPSHOT' && queueIn(m.data, queue))
      .map((m) => Date.parse(m.data.serverTime));
    const seconds = (pushes.at(-1)! - started) / 1000;
    expect(pushes.length).toBeGreaterThanOrEqual(4);
    expect(pushes.length).toBeLessThanOrEqual(Math.ceil(seconds * 4) + 1);
    for (let i = 1; i < pushes.length; i++) expect(pushes[i] - pushes[i - 1]).toBeGreaterThanOrEqual(250);
    // In any one second, at most 4 pushes.
    for (const t of pushes)
      expect(pushes.filter((p) => p >= t && p < t + 1000).length).toBeLessThanOrEqual(4);
  });

  it('sends a heartbeat every 5 seconds so waits keep ticking', async () => {
    const queue = 'Live Wait';
    await ingest(api, [contact('OFFERED', 'hb-1', 20, queue)]);
    const f = feed<QueuesUpdate>(SUB_QUEUES, { filter: { queueIds: [ids[queue]] } });
    const snapshot = await f.next();
    const first = queueIn(snapshot, queue)!;
    expect(first.depth).toBe(1);
    const beat = await f.next((u) => u.kind === 'HEARTBEAT', 7_000);
    const later = queueIn(beat, queue)!;
    const elapsed = (Date.parse(beat.serverTime) - Date.parse(snapshot.serverTime)) / 1000;
    expect(elapsed).toBeGreaterThan(0);
    expect(later.longestWaitSeconds - first.longestWaitSeconds).toBeCloseTo(elapsed, 3);
    expect(later.depth).toBe(1);
  });

  it('raises a depth alert over the limit and clears it only at 80 % of it (hysteresis), keeping history', async () => {
    const queue = 'Live Alerts';
    const updated = await api.gql(
      `mutation($id: ID!) { updateQueue(id: $id, input: { alertMaxDepth: 5 }) { id } }`,
      {
        id: ids[queue],
      },
    );
    expect(updated.errors).toBeUndefined();
    const alerts = feed<AlertsUpdate>(SUB_ALERTS, { filter: { queueIds: [ids[queue]] } });
    expect((await alerts.next()).kind).toBe('SNAPSHOT');
    // Let the directory refresh (at most once a second on demand) see the new limit.
    await api.gql(LIVE_QUEUES, { filter: { queueIds: [ids[queue]] } });
    await sleep(1_100);
    await api.gql(LIVE_QUEUES, { filter: { queueIds: [ids[queue]] } });

    await ingest(
      api,
      [1, 2, 3, 4, 5, 6].map((i) => contact('OFFERED', `al-${i}`, 5, queue)),
    );
    const raised = await alerts.next((u) => u.alerts.some((a) => a.rule === 'QUEUE_DEPTH' && a.active));
    const alert = raised.alerts.find((a) => a.rule === 'QUEUE_DEPTH')!;
    expect(alert).toMatchObject({
      queue,
      queueId: ids[queue],
      value: 6,
      threshold: 5,
      active: true,
      clearedAt: null,
    });
    const live = await api.gql<{ liveQueues: QueuesUpdate }>(LIVE_QUEUES, {
      filter: { queueIds: [ids[queue]] },
    });
    expect(live.data!.liveQueues.queues[0].activeAlerts).toContain('QUEUE_DEPTH');

    // Depth 5 is not over the limit, but not back to 80 % of it (4) either: still active.
    await ingest(api, [contact('ABANDONED', 'al-1', 0, queue)]);
    await alerts.next((u) => u.kind === 'HEARTBEAT', 7_000);
    const stillActive = await api.gql<{ alerts: Alert[] }>(
      `{ alerts(active: true, rules: [QUEUE_DEPTH]) { ${ALERT_FIELDS} } }`,
    );
    expect(stillActive.data!.alerts.filter((a) => a.queue === queue)).toHaveLength(1);
    expect(alerts.messages.filter((m) => m.data.alerts.some((a) => !a.active))).toHaveLength(0);

    await ingest(api, [contact('ABANDONED', 'al-2', 0, queue)]);
    const cleared = await alerts.next((u) => u.alerts.some((a) => a.id === alert.id && !a.active));
    expect(cleared.kind).toBe('CHANGES');
    expect(cleared.alerts.find((a) => a.id === alert.id)).toMatchObject({ clearedValue: 4, active: false });

    const history = await api.gql<{ alerts: Alert[] }>(
      `query($q: [ID!]) { alerts(queueIds: $q) { ${ALERT_FIELDS} } }`,
      {
        q: [ids[queue]],
      },
    );
    expect(history.errors).toBeUndefined();
    expect(history.data!.alerts.filter((a) => a.rule === 'QUEUE_DEPTH')).toEqual([
      expect.objectContaining({ id: alert.id, value: 6, threshold: 5, clearedValue: 4, active: false }),
    ]);
  });

  it('raises and clears service-level alerts (today and the last 30 minutes) and the longest-wait alert', async () => {
    const queue = 'Live SL';
    await api.gql(`mutation($id: ID!) { updateQueue(id: $id, input: { alertMaxWaitSeconds: 60 }) { id } }`, {
      id: ids[queue],
    });
    await sleep(1_100);
    await api.gql(LIVE_QUEUES, { filter: { queueIds: [ids[queue]] } });
    const alerts = feed<AlertsUpdate>(SUB_ALERTS, { filter: { queueIds: [ids[queue]] } });
    await alerts.next();

    // 10 contacts answered after 40 s (threshold 20 s): service level 0 of target 0.8.
    const slow = Array.from({ length: 10 }, (_, i) => [
      contact('OFFERED', `sl-${i}`, 120, queue),
      contact('ANSWERED', `sl-${i}`, 80, queue, { agentId: 'x2' }),
    ]).flat();
    // One contact waiting 90 s: over the 60 s longest-wait limit.
    await ingest(api, [...slow, contact('OFFERED', 'sl-wait', 90, queue)]);

    const seen = new Map<string, Alert>();
    await alerts.next((u) => {
      for (const a of u.alerts) if (a.active) seen.set(a.rule, a);
      return ['SERVICE_LEVEL_TODAY', 'SERVICE_LEVEL_30_MIN', 'LONGEST_WAIT'].every((r) => seen.has(r));
    });
    expect(seen.get('SERVICE_LEVEL_TODAY')).toMatchObject({ value: 0, threshold: 0.8 });
    expect(seen.get('SERVICE_LEVEL_30_MIN')).toMatchObject({ value: 0, threshold: 0.8 });
    expect(seen.get('LONGEST_WAIT')!.value).toBeGreaterThan(60);

    // 52 more answered within 5 s and the waiting one abandons: 52 / (62 answered + 1 abandoned) =
    // 0.825 ≥ 0.8 + 0.02 (the hysteresis margin), and nobody waits.
    const fast = Array.from({ length: 52 }, (_, i) => [
      contact('OFFERED', `slf-${i}`, 60, queue),
      contact('ANSWERED', `slf-${i}`, 55, queue, { agentId: 'x2' }),
    ]).flat();
    await ingest(api, [...fast, contact('ABANDONED', 'sl-wait', 0, queue)]);
    const cleared = new Set<string>();
    await alerts.next((u) => {
      for (const a of u.alerts) if (!a.active) cleared.add(a.rule);
      return cleared.size === 3;
    });
    const active = await api.gql<{ alerts: Alert[] }>(
      `query($q: [ID!]) { alerts(queueIds: $q, active: true) { id } }`,
      {
        q: [ids[queue]],
      },
    );
    expect(active.data!.alerts).toEqual([]);
  });

  it('shows agents by state with time in state and current contact, and alerts on a long break', async () => {
    const queue = 'Live Agents';
    await api.gql(`mutation { setAgentStateAlertLimit(state: BREAK, maxSeconds: 300) { state maxSeconds } }`);
    const agents = feed<AgentsUpdate>(SUB_AGENTS, { teamId });
    const snapshot = await agents.next();
    expect(snapshot.kind).toBe('SNAPSHOT');
    expect(snapshot.agents.map((a) => a.agentId).sort()).toEqual(['la1', 'la2', 'la3']);
    expect(snapshot.agents.every((a) => a.state === 'LOGGED_OUT' && a.since === null)).toBe(true);
    const alerts = feed<AlertsUpdate>(SUB_ALERTS, { filter: { teamId, rules: ['AGENT_STATE_DURATION'] } });
    await alerts.next();

    await ingest(api, [
      agentState('la1', 'AVAILABLE', 60),
      agentState('la2', 'ON_CONTACT', 30),
      agentState('la3', 'BREAK', 400),
      contact('OFFERED', 'ag-1', 40, queue),
      contact('ANSWERED', 'ag-1', 30, queue, { agentId: 'la2' }),
    ]);
    const update = await agents.next((u) =>
      u.agents.some((a) => a.agentId === 'la2' && a.currentContact !== null),
    );
    const la2 = update.agents.find((a) => a.agentId === 'la2')!;
    expect(la2.state).toBe('ON_CONTACT');
    expect(la2.currentContact).toMatchObject({ contactId: 'ag-1', queue });
    expect(la2.currentContact!.seconds).toBeGreaterThanOrEqual(30);
    expect(la2.secondsInState).toBeCloseTo(
      (Date.parse(update.serverTime) - Date.parse(la2.since!)) / 1000,
      3,
    );

    const raised = await alerts.next((u) => u.alerts.some((a) => a.agentId === 'la3' && a.active));
    expect(raised.alerts.find((a) => a.agentId === 'la3')).toMatchObject({
      rule: 'AGENT_STATE_DURATION',
      agentState: 'BREAK',
      threshold: 300,
    });

    const live = await api.gql<{ liveAgents: AgentsUpdate }>(LIVE_AGENTS, { teamId });
    expect(live.errors).toBeUndefined();
    const byId = new Map(live.data!.liveAgents.agents.map((a) => [a.agentId, a]));
    expect(byId.get('la1')!.state).toBe('AVAILABLE');
    expect(byId.get('la3')).toMatchObject({ state: 'BREAK', activeAlert: 'AGENT_STATE_DURATION' });
    const queues = await api.gql<{ liveQueues: QueuesUpdate }>(LIVE_QUEUES, {
      filter: { queueIds: [ids[queue]] },
    });
    expect(queues.data!.liveQueues.queues[0].agents).toMatchObject({
      available: 1,
      onContact: 1,
      break: 1,
      loggedOut: 0,
      loggedIn: 3,
      total: 3,
    });

    await ingest(api, [
      agentState('la3', 'AVAILABLE', 0),
      contact('COMPLETED', 'ag-1', 0, queue, { agentId: 'la2', talkSeconds: 30 }),
    ]);
    await alerts.next((u) => u.alerts.some((a) => a.agentId === 'la3' && !a.active));
    const done = await agents.next((u) =>
      u.agents.some((a) => a.agentId === 'la2' && a.currentContact === null),
    );
    expect(done.kind).toBe('CHANGES');
  });

  it('shows a claim desk: backlog, oldest open claim, settled today within the SLA', async () => {
    const claim = (claimId: string, type: string, hoursAgo: number) => ({
      kind: 'claim',
      eventId: `${claimId}-${type}-${serial++}`,
      claimId,
      type,
      occurredAt: iso(Date.now() - hoursAgo * 3_600_000),
      queue: 'Claims',
    });
    const f = feed<QueuesUpdate>(
      `subscription($filter: LiveQueueFilter) { liveQueues(filter: $filter) { kind serverTime queues { id depth
        claims { backlog oldestOpenSince oldestOpenSeconds openedToday settledToday settledWithinSlaToday settledInSlaRate claimSlaHours } } } }`,
      { filter: { channel: 'CLAIM_DESK' } },
    );
    const snapshot = await f.next();
    expect(snapshot.queues).toHaveLength(1);
    expect((snapshot.queues[0] as unknown as { claims: unknown }).claims).toMatchObject({
      backlog: 0,
      claimSlaHours: 72,
    });
    // Opened 5 hours and 1 hour ago; the first settles now, within 72 h.
    await ingest(api, [claim('k1', 'OPENED', 5), claim('k2', 'OPENED', 1), claim('k1', 'SETTLED', 0)]);
    const update = await f.next(
      (u) => (u.queues[0] as unknown as { claims: { backlog: number } }).claims.backlog === 1,
    );
    const claims = (update.queues[0] as unknown as { claims: Record<string, unknown> }).claims;
    expect(claims).toMatchObject({
      backlog: 1,
      settledToday: 1,
      settledWithinSlaToday: 1,
      settledInSlaRate: 1,
    });
    expect(claims.oldestOpenSeconds as number).toBeGreaterThanOrEqual(3_600);
    expect(claims.oldestOpenSeconds as number).toBeLessThan(3_700);
    const live = await api.gql<{ liveQueues: QueuesUpdate }>(
      `{ liveQueues(filter: { channel: HOTLINE }) { queues { name claims { backlog } } } }`,
    );
    expect(
      live.data!.liveQueues.queues.every((q) => (q as unknown as { claims: null }).claims === null),
    ).toBe(true);
  });

  it('refuses unknown queues and teams with the field and the reason', async () => {
    const res = await api.gql(LIVE_QUEUES, { filter: { queueIds: ['99999'] } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.queueIds.0', reason: 'unknown queue 99999' }],
    });
    const agents = await api.gql(LIVE_AGENTS, { teamId: 99999 });
    expect(agents.errors?.[0].extensions?.fields).toEqual([
      { field: 'teamId', reason: 'unknown team 99999' },
    ]);
    const sub = feed<QueuesUpdate>(SUB_QUEUES, { filter: { queueIds: ['99999'] } });
    expect(JSON.stringify(await sub.firstError())).toContain('unknown queue 99999');
  });

  it('rebuilds live state from the database after a restart', async () => {
    const before = await api.gql<{ liveQueues: QueuesUpdate }>(LIVE_QUEUES, {
      filter: { queueIds: [ids['Hotline General']] },
    });
    const agentsBefore = await api.gql<{ liveAgents: AgentsUpdate }>(LIVE_AGENTS, { teamId });
    await Promise.all(feeds.splice(0).map((f) => f.close()));
    await api.close();
    api = await startTestApp(db.url);
    const after = await api.gql<{ liveQueues: QueuesUpdate }>(LIVE_QUEUES, {
      filter: { queueIds: [ids['Hotline General']] },
    });
    const q0 = before.data!.liveQueues.queues[0];
    const q1 = after.data!.liveQueues.queues[0];
    expect(q1).toMatchObject({
      depth: q0.depth,
      oldestWaitingSince: q0.oldestWaitingSince,
      today: q0.today,
      last30Minutes: q0.last30Minutes,
    });
    const agentsAfter = await api.gql<{ liveAgents: AgentsUpdate }>(LIVE_AGENTS, { teamId });
    const states = (u: AgentsUpdate) => u.agents.map((a) => [a.agentId, a.state, a.since]).sort();
    expect(states(agentsAfter.data!.liveAgents)).toEqual(states(agentsBefore.data!.liveAgents));
  });
});
