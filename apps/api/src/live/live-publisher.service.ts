import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Channel } from '@servicefloor/contracts';
import type { Subscription } from 'rxjs';
import type { AlertRule } from '../alerts/alert-rules.js';
import { alertView } from '../alerts/alert-views.js';
import { AlertsService, type AlertRecord } from '../alerts/alerts.service.js';
import type { Alert } from '../alerts/models/alert.model.js';
import type { LiveAgentInfo, LiveDirectory, LiveQueueInfo } from './live-directory.js';
import type { LiveChangeSet } from './live-model.js';
import { LiveStateService } from './live-state.service.js';
import { agentView, contactsWithOutcome, queueView } from './live-views.js';
import type {
  LiveAgent,
  LiveAgentsUpdate,
  LiveAlertsUpdate,
  LiveQueue,
  LiveQueuesUpdate,
  LiveUpdateKind,
} from './models/live.models.js';
import { mergeById, mergedKind, PushSink } from './push-sink.js';

/** At most 4 pushes per second per queue (and per agent). */
export const MIN_PUSH_INTERVAL_MS = 250;
/** Every queue and agent is pushed at least this often, so waits and times in state keep ticking. */
export const HEARTBEAT_MS = 5_000;
/** How often the heartbeat looks for queues and agents not pushed for HEARTBEAT_MS (spreads them out). */
const BEAT_MS = 1_000;
/** A change that may be pushed at once waits this long for the rest of its burst. */
const GATHER_MS = 5;

export interface QueueFilter {
  queueIds?: number[];
  channel?: Channel;
  siteId?: number;
}

export interface AlertFilter {
  queueIds?: number[];
  siteId?: number;
  teamId?: number;
  rules?: AlertRule[];
}

interface Topic<U> {
  key: string;
  sinks: Set<PushSink<U>>;
}
interface QueueTopic extends Topic<LiveQueuesUpdate> {
  filter: QueueFilter;
}
interface AgentTopic extends Topic<LiveAgentsUpdate> {
  teamId: number | null;
}
interface AlertTopic extends Topic<LiveAlertsUpdate> {
  filter: AlertFilter;
}

// A SNAPSHOT replaces whatever was waiting; anything else merges into it by id.
const mergeQueues = (a: LiveQueuesUpdate, b: LiveQueuesUpdate): LiveQueuesUpdate =>
  b.kind === 'SNAPSHOT'
    ? b
    : { kind: mergedKind(a.kind, b.kind), serverTime: b.serverTime, queues: mergeById(a.queues, b.queues) };
const mergeAgents = (a: LiveAgentsUpdate, b: LiveAgentsUpdate): LiveAgentsUpdate =>
  b.kind === 'SNAPSHOT'
    ? b
    : { kind: mergedKind(a.kind, b.kind), serverTime: b.serverTime, agents: mergeById(a.agents, b.agents) };
const mergeAlerts = (a: LiveAlertsUpdate, b: LiveAlertsUpdate): LiveAlertsUpdate =>
  b.kind === 'SNAPSHOT'
    ? b
    : { kind: mergedKind(a.kind, b.kind), serverTime: b.serverTime, alerts: mergeById(a.alerts, b.alerts) };

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Pushes live updates to this instance's subscribers. Subscribers with the same filter share a
 * topic; a topic's payload is built once per push and handed to all of them. A subscriber first
 * gets a SNAPSHOT, then CHANGES: changed queues and agents are pushed at most every
 * MIN_PUSH_INTERVAL_MS each (a burst of events makes one push), and whatever was not pushed for
 * HEARTBEAT_MS is pushed again (HEARTBEAT) with "now" figures recomputed on the server clock. Alerts are judged
 * on the same figures, when they are pushed.
 */
@Injectable()
export class LivePublisherService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LivePublisherService');
  private readonly queueTopics = new Map<string, QueueTopic>();
  private readonly agentTopics = new Map<string, AgentTopic>();
  private readonly alertTopics = new Map<string, AlertTopic>();
  /** Queue/agent → true when its data changed, false when only due for the heartbeat. */
  private readonly dirtyQueues = new Map<number, boolean>();
  private readonly dirtyAgents = new Map<string, boolean>();
  private readonly lastQueuePush = new Map<number, number>();
  private readonly lastAgentPush = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Number.POSITIVE_INFINITY;
  private heartbeat: NodeJS.Timeout | null = null;
  private flushing = false;
  private lastFullBeat = 0;
  private subscriptions: Subscription[] = [];

  constructor(
    private readonly state: LiveStateService,
    private readonly alerts: AlertsService,
  ) {}

  onApplicationBootstrap(): void {
    this.subscriptions = [
      this.state.changed$.subscribe((changes) => this.mark(changes, true)),
      this.alerts.changes$.subscribe((records) => this.alertsChanged(records)),
    ];
    this.heartbeat = setInterval(() => void this.beat(), BEAT_MS);
    this.heartbeat.unref();
    this.mark(this.state.everything(), true);
  }

  onApplicationShutdown(): void {
    for (const s of this.subscriptions) s.unsubscribe();
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.timer) clearTimeout(this.timer);
    for (const topics of [this.queueTopics, this.agentTopics, this.alertTopics] as Map<
      string,
      Topic<unknown>
    >[])
      for (const topic of topics.values()) for (const sink of topic.sinks) sink.close();
  }

  /** Number of open subscriptions on this instance. */
  get subscribers(): number {
    let n = 0;
    for (const topics of [this.queueTopics, this.agentTopics, this.alertTopics] as Map<
      string,
      Topic<unknown>
    >[])
      for (const topic of topics.values()) n += topic.sinks.size;
    return n;
  }

  // ── snapshots (queries and the first message of a subscription) ──────────────────────────

  queuesSnapshot(filter: QueueFilter): LiveQueuesUpdate {
    const now = Date.now();
    const { directory } = this.state;
    const queues = [...directory.queues.values()]
      .filter((q) => queueMatches(q, filter))
      .map((q) => this.queueView(q, directory, now));
    return { kind: 'SNAPSHOT', serverTime: iso(now), queues };
  }

  agentsSnapshot(teamId: number | null): LiveAgentsUpdate {
    const now = Date.now();
    const { directory } = this.state;
    const agents = [...directory.agents.values()]
      .filter((a) => teamId === null || a.teamId === teamId)
      .map((a) => this.agentView(a, directory, now));
    return { kind: 'SNAPSHOT', serverTime: iso(now), agents };
  }

  alertsSnapshot(filter: AlertFilter): LiveAlertsUpdate {
    const { directory } = this.state;
    const alerts = this.alerts
      .activeAlerts()
      .filter((r) => alertMatches(r, filter, directory))
      .map((r) => this.alertView(r, directory));
    return { kind: 'SNAPSHOT', serverTime: iso(Date.now()), alerts };
  }

  // ── subscriptions ─────────────────────────────────────────────────────────────────────────

  subscribeQueues(filter: QueueFilter): PushSink<LiveQueuesUpdate> {
    const key = JSON.stringify([filter.queueIds ?? null, filter.channel ?? null, filter.siteId ?? null]);
    const topic = getOrCreate(this.queueTopics, key, (): QueueTopic => ({ key, sinks: new Set(), filter }));
    return this.join(this.queueTopics, topic, mergeQueues, () => this.queuesSnapshot(filter));
  }

  subscribeAgents(teamId: number | null): PushSink<LiveAgentsUpdate> {
    const key = String(teamId);
    const topic = getOrCreate(this.agentTopics, key, (): AgentTopic => ({ key, sinks: new Set(), teamId }));
    return this.join(this.agentTopics, topic, mergeAgents, () => this.agentsSnapshot(teamId));
  }

  subscribeAlerts(filter: AlertFilter): PushSink<LiveAlertsUpdate> {
    const key = JSON.stringify([
      filter.queueIds ?? null,
      filter.siteId ?? null,
      filter.teamId ?? null,
      filter.rules ?? null,
    ]);
    const topic = getOrCreate(this.alertTopics, key, (): AlertTopic => ({ key, sinks: new Set(), filter }));
    return this.join(this.alertTopics, topic, mergeAlerts, () => this.alertsSnapshot(filter));
  }

  private join<U>(
    topics: Map<string, Topic<U>>,
    topic: Topic<U>,
    merge: (a: U, b: U) => U,
    snapshot: () => U,
  ): PushSink<U> {
    const sink: PushSink<U> = new PushSink(merge, () => {
      topic.sinks.delete(sink);
      if (topic.sinks.size === 0 && topics.get(topic.key) === topic) topics.delete(topic.key);
    });
    topic.sinks.add(sink);
    sink.push(snapshot());
    return sink;
  }

  // ── change tracking and coalescing ────────────────────────────────────────────────────────

  private mark(changes: LiveChangeSet, changed: boolean): void {
    for (const id of changes.queueIds)
      this.dirtyQueues.set(id, changed || (this.dirtyQueues.get(id) ?? false));
    for (const id of changes.agentIds)
      this.dirtyAgents.set(id, changed || (this.dirtyAgents.get(id) ?? false));
    this.schedule();
  }

  /** Sets the flush timer to when the earliest dirty queue or agent may be pushed. */
  private schedule(): void {
    if (this.dirtyQueues.size === 0 && this.dirtyAgents.size === 0) return;
    const now = Date.now();
    let due = Number.POSITIVE_INFINITY;
    for (const id of this.dirtyQueues.keys())
      due = Math.min(due, (this.lastQueuePush.get(id) ?? 0) + MIN_PUSH_INTERVAL_MS);
    for (const id of this.dirtyAgents.keys())
      due = Math.min(due, (this.lastAgentPush.get(id) ?? 0) + MIN_PUSH_INTERVAL_MS);
    due = Math.max(due, now + GATHER_MS);
    if (this.timer && this.timerAt <= due) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = due;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Number.POSITIVE_INFINITY;
      void this.flush();
    }, due - now);
  }

  /** Pushes every dirty queue and agent whose interval has passed, one payload per topic. */
  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      const now = Date.now();
      const queues = takeDue(this.dirtyQueues, this.lastQueuePush, now);
      const agents = takeDue(this.dirtyAgents, this.lastAgentPush, now);
      if (queues.size === 0 && agents.size === 0) return;
      const stale = new Set(this.state.staleToday(now));
      const reread = [...queues].filter(([id, changed]) => changed || stale.has(id)).map(([id]) => id);
      if (reread.length > 0) {
        try {
          await this.state.refreshToday(reread, now);
        } catch (error) {
          this.logger.error(`reading today's figures: ${(error as Error).message}`);
        }
      }
      const at = Date.now();
      const serverTime = iso(at);
      const { directory } = this.state;

      const queueViews: [LiveQueueInfo, LiveQueue, boolean][] = [];
      for (const [id, changed] of queues) {
        this.lastQueuePush.set(id, at);
        const info = directory.queues.get(id);
        if (info) queueViews.push([info, this.queueView(info, directory, at), changed]);
      }
      for (const topic of this.queueTopics.values()) {
        const items = queueViews.filter(([info]) => queueMatches(info, topic.filter));
        if (items.length > 0)
          deliver(topic, { kind: kindOf(items), serverTime, queues: items.map(([, v]) => v) });
      }

      const agentViews: [LiveAgentInfo, LiveAgent, boolean][] = [];
      const wanted = this.agentTopics.size > 0;
      for (const [id, changed] of agents) {
        this.lastAgentPush.set(id, at);
        const info = directory.agents.get(id);
        if (info && wanted) agentViews.push([info, this.agentView(info, directory, at), changed]);
      }
      for (const topic of this.agentTopics.values()) {
        const items = agentViews.filter(([info]) => topic.teamId === null || info.teamId === topic.teamId);
        if (items.length > 0)
          deliver(topic, { kind: kindOf(items), serverTime, agents: items.map(([, v]) => v) });
      }
      this.judge(queueViews, agents, at);
    } catch (error) {
      this.logger.error(`pushing live updates: ${(error as Error).message}`);
    } finally {
      this.flushing = false;
      this.schedule();
    }
  }

  /**
   * Every BEAT_MS: queues and agents not pushed for HEARTBEAT_MS are pushed again (HEARTBEAT), so
   * a busy queue needs no heartbeat and quiet ones are spread over the seconds; every
   * HEARTBEAT_MS, topics with nothing in them and alert topics hear an empty heartbeat, ended
   * contacts are forgotten and an old directory is re-read.
   */
  private async beat(): Promise<void> {
    try {
      const now = Date.now();
      if (now - this.lastFullBeat >= HEARTBEAT_MS - BEAT_MS / 2) {
        this.lastFullBeat = now;
        this.mark(this.state.prune(now), true);
        await this.state.refreshDirectory();
        const serverTime = iso(Date.now());
        const { directory } = this.state;
        for (const topic of this.queueTopics.values())
          if (![...directory.queues.values()].some((q) => queueMatches(q, topic.filter)))
            deliver(topic, { kind: 'HEARTBEAT', serverTime, queues: [] });
        for (const topic of this.agentTopics.values())
          if (topic.teamId !== null && ![...directory.agents.values()].some((a) => a.teamId === topic.teamId))
            deliver(topic, { kind: 'HEARTBEAT', serverTime, agents: [] });
        for (const topic of this.alertTopics.values())
          deliver<LiveAlertsUpdate>(topic, { kind: 'HEARTBEAT', serverTime, alerts: [] });
      }
      const due: LiveChangeSet = { queueIds: new Set(), agentIds: new Set() };
      const before = Date.now() - HEARTBEAT_MS + BEAT_MS / 2;
      for (const id of this.state.directory.queues.keys())
        if ((this.lastQueuePush.get(id) ?? 0) <= before) due.queueIds.add(id);
      for (const id of this.state.directory.agents.keys())
        if ((this.lastAgentPush.get(id) ?? 0) <= before) due.agentIds.add(id);
      this.mark(due, false);
    } catch (error) {
      this.logger.error(`live heartbeat: ${(error as Error).message}`);
    }
  }

  private judge(
    queueViews: [LiveQueueInfo, LiveQueue, boolean][],
    agents: Map<string, boolean>,
    at: number,
  ): void {
    const judging: Promise<void>[] = [];
    for (const [info, view] of queueViews) {
      judging.push(
        this.alerts.judgeQueue(
          info.id,
          {
            slTarget: info.settings.slTarget,
            alertMaxDepth: info.alertMaxDepth,
            alertMaxWaitSeconds: info.alertMaxWaitSeconds,
            depth: view.depth,
            longestWaitSeconds: view.longestWaitSeconds,
            today: { serviceLevel: view.today.serviceLevel, contacts: contactsWithOutcome(view.today) },
            last30Minutes: {
              serviceLevel: view.last30Minutes.serviceLevel,
              contacts: contactsWithOutcome(view.last30Minutes),
            },
          },
          at,
        ),
      );
    }
    for (const agentId of agents.keys()) {
      const point = this.state.model.agentStates.get(agentId);
      if (point)
        judging.push(this.alerts.judgeAgent(agentId, point.state, Math.max(0, at - point.at) / 1000, at));
    }
    void Promise.all(judging).catch((error: Error) => this.logger.error(`judging alerts: ${error.message}`));
  }

  private alertsChanged(records: AlertRecord[]): void {
    const { directory } = this.state;
    const serverTime = iso(Date.now());
    for (const topic of this.alertTopics.values()) {
      const alerts = records
        .filter((r) => alertMatches(r, topic.filter, directory))
        .map((r) => this.alertView(r, directory));
      if (alerts.length > 0) deliver<LiveAlertsUpdate>(topic, { kind: 'CHANGES', serverTime, alerts });
    }
    const changes: LiveChangeSet = { queueIds: new Set(), agentIds: new Set() };
    for (const r of records) {
      if (r.queueId !== null) changes.queueIds.add(r.queueId);
      if (r.agentId !== null) changes.agentIds.add(r.agentId);
    }
    this.mark(changes, true);
  }

  // ── views ─────────────────────────────────────────────────────────────────────────────────

  private queueView(info: LiveQueueInfo, directory: LiveDirectory, now: number): LiveQueue {
    return queueView(
      info,
      this.state.model,
      directory,
      this.state.todayOf(info.id),
      this.alerts.activeRulesOfQueue(info.id),
      now,
      this.state.dateIn(info.timeZone, now),
      this.state.claimsOf(info.id),
    );
  }

  private agentView(info: LiveAgentInfo, directory: LiveDirectory, now: number): LiveAgent {
    const alerted = this.alerts.isAgentAlerted(info.agentId) ? 'AGENT_STATE_DURATION' : null;
    return agentView(info, this.state.model, directory, alerted, now);
  }

  private alertView(record: AlertRecord, directory: LiveDirectory): Alert {
    const agent = record.agentId === null ? undefined : directory.agents.get(record.agentId);
    return alertView(record, {
      queue: record.queueId === null ? null : (directory.queues.get(record.queueId)?.name ?? null),
      agentName: agent?.name ?? null,
      teamId: agent?.teamId ?? null,
    });
  }
}

function getOrCreate<T>(map: Map<string, T>, key: string, create: () => T): T {
  let value = map.get(key);
  if (!value) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function deliver<U>(topic: Topic<U>, payload: U): void {
  for (const sink of topic.sinks) sink.push(payload);
}

function kindOf(items: [unknown, unknown, boolean][]): LiveUpdateKind {
  return items.some(([, , changed]) => changed) ? 'CHANGES' : 'HEARTBEAT';
}

/** Removes and returns the dirty entries whose last push is at least MIN_PUSH_INTERVAL_MS old. */
function takeDue<K>(dirty: Map<K, boolean>, last: Map<K, number>, now: number): Map<K, boolean> {
  const due = new Map<K, boolean>();
  for (const [id, changed] of dirty) {
    if ((last.get(id) ?? 0) + MIN_PUSH_INTERVAL_MS > now) continue;
    due.set(id, changed);
    dirty.delete(id);
  }
  return due;
}

export function queueMatches(queue: LiveQueueInfo, filter: QueueFilter): boolean {
  return (
    (!filter.queueIds || filter.queueIds.includes(queue.id)) &&
    (!filter.channel || queue.channel === filter.channel) &&
    (filter.siteId === undefined || queue.siteId === filter.siteId)
  );
}

/**
 * Queue alerts match on queue and site; agent alerts on team, site and (with queueIds) the agent
 * serving one of the queues; `rules` narrows both.
 */
export function alertMatches(record: AlertRecord, filter: AlertFilter, directory: LiveDirectory): boolean {
  if (filter.rules && !filter.rules.includes(record.rule)) return false;
  if (record.queueId !== null) {
    if (filter.queueIds && !filter.queueIds.includes(record.queueId)) return false;
    return filter.siteId === undefined || directory.queues.get(record.queueId)?.siteId === filter.siteId;
  }
  const agent = record.agentId === null ? undefined : directory.agents.get(record.agentId);
  if (filter.teamId !== undefined && agent?.teamId !== filter.teamId) return false;
  if (filter.siteId !== undefined && agent?.siteId !== filter.siteId) return false;
  if (filter.queueIds && !agent?.queueIds.some((q) => filter.queueIds!.includes(q))) return false;
  return true;
}
