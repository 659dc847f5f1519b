import type { AgentState, ContactEvent, SurveyEvent } from '@servicefloor/contracts';
import {
  CONTACT_COUNTER_KEYS,
  contactContribution,
  emptyContactCounters,
  emptyContactState,
  foldContactEvent,
  type ContactCounters,
  type ContactSettings,
  type ContactState,
} from '@servicefloor/metrics';
import type { LiveDirectory } from './live-directory.js';

/** The rolling window of the live floor (metrics.md, "Live (now)": rolling last 30 minutes). */
export const ROLLING_WINDOW_MS = 30 * 60_000;
/** The rolling window moves in steps of this size (it covers 30 minutes to 30 minutes 10 seconds). */
export const BUCKET_MS = 10_000;
/**
 * A contact offered longer ago than this without an outcome is taken as lost (a missing event),
 * not as still waiting; an answered contact without COMPLETED stops being an agent's current one.
 */
export const LIVE_HORIZON_MS = 12 * 3_600_000;
/** A contact that has its outcome is kept this long, so slightly late events still fold into it. */
export const CLOSED_RETENTION_MS = 2 * 60_000;

/** An agent's latest state (agent_last_states, or a newer event). */
export interface AgentStatePoint {
  at: number;
  eventId: string;
  state: AgentState;
  reason: string | null;
}

/** A contact the live floor follows: waiting, with an agent, or recently ended. */
export interface TrackedContact {
  state: ContactState;
  queueId: number | null;
  /** Its rolling-window contribution (counters and offer time), taken back as is when it changes. */
  contribution: { offeredAt: number; counters: CounterArray } | null;
  /** Server time of its last event (or of loading it). */
  touchedAt: number;
  waiting: boolean;
  /** The agent (event id) it is connected to while answered and not completed. */
  withAgent: string | null;
}

/** What a folded event changed, for coalesced pushes. */
export interface LiveChangeSet {
  queueIds: Set<number>;
  agentIds: Set<string>;
}

export function emptyChangeSet(): LiveChangeSet {
  return { queueIds: new Set(), agentIds: new Set() };
}

/** Counters as a typed array, in CONTACT_COUNTER_KEYS order then maxWait (fast to add up). */
export type CounterArray = Float64Array;
const KEY_COUNT = CONTACT_COUNTER_KEYS.length;

export function toCounterArray(counters: ContactCounters): CounterArray {
  const array = new Float64Array(KEY_COUNT + 1);
  for (let i = 0; i < KEY_COUNT; i++) array[i] = counters[CONTACT_COUNTER_KEYS[i]];
  array[KEY_COUNT] = counters.maxWait;
  return array;
}

/**
 * Contact counters of the contacts offered in the last 30 minutes, kept in 10-second buckets of
 * offer time with a running sum, so reading the window costs the same whatever the traffic.
 * Contributions come from libs/metrics contactContribution, like the roll-ups.
 */
export class RollingWindow {
  private readonly buckets = new Map<number, CounterArray>();
  private readonly sum = new Float64Array(KEY_COUNT);
  private start: number;

  constructor(now: number) {
    this.start = windowStart(now);
  }

  /** Adds (or takes back) one contact's contribution, by its offer time. */
  add(offeredAt: number, counters: CounterArray, sign: 1 | -1): void {
    const at = Math.floor(offeredAt / BUCKET_MS) * BUCKET_MS;
    if (at < this.start) return;
    let bucket = this.buckets.get(at);
    if (!bucket) {
      if (sign < 0) return;
      bucket = new Float64Array(KEY_COUNT + 1);
      this.buckets.set(at, bucket);
    }
    for (let i = 0; i < KEY_COUNT; i++) {
      bucket[i] += sign * counters[i];
      this.sum[i] += sign * counters[i];
    }
    // A maximum cannot be taken back: after a take-back it is an upper bound until the bucket leaves.
    if (sign > 0 && counters[KEY_COUNT] > bucket[KEY_COUNT]) bucket[KEY_COUNT] = counters[KEY_COUNT];
  }

  /** The window's counters at `now`, and where the window starts. */
  read(now: number): { counters: ContactCounters; from: number } {
    this.advance(now);
    const counters = emptyContactCounters();
    for (let i = 0; i < KEY_COUNT; i++) counters[CONTACT_COUNTER_KEYS[i]] = this.sum[i];
    for (const bucket of this.buckets.values())
      counters.maxWait = Math.max(counters.maxWait, bucket[KEY_COUNT]);
    return { counters, from: this.start };
  }

  private advance(now: number): void {
    const start = windowStart(now);
    if (start <= this.start) return;
    this.start = start;
    for (const [at, bucket] of this.buckets) {
      if (at >= start) continue;
      for (let i = 0; i < KEY_COUNT; i++) this.sum[i] -= bucket[i];
      this.buckets.delete(at);
    }
  }
}

function windowStart(now: number): number {
  return Math.floor((now - ROLLING_WINDOW_MS) / BUCKET_MS) * BUCKET_MS;
}

/**
 * The live floor in memory: contacts waiting or with an agent, the rolling 30-minute counters
 * per queue and every agent's latest state. Fed with the accepted events of each ingested batch
 * (folded with libs/metrics foldContactEvent, so arrival order does not matter), and rebuilt from
 * the database at start-up and on reconciliation (LiveStateService).
 */
export class LiveModel {
  private readonly contacts = new Map<string, TrackedContact>();
  private readonly waitingByQueue = new Map<number, Set<TrackedContact>>();
  private readonly withAgent = new Map<string, Set<TrackedContact>>();
  private readonly windows = new Map<number, RollingWindow>();
  readonly agentStates = new Map<string, AgentStatePoint>();
  /** Bumped by every change (snapshot caches compare it). */
  version = 0;

  /** Contacts held in memory (for the benchmark and tests). */
  get size(): number {
    return this.contacts.size;
  }

  /** Folds one accepted contact or survey event into the contacts the floor follows. */
  applyContactEvent(
    event: ContactEvent | SurveyEvent,
    at: number,
    directory: LiveDirectory,
    now: number,
    changes: LiveChangeSet,
  ): void {
    let tracked = this.contacts.get(event.contactId);
    if (!tracked) {
      // A survey of a contact not followed, or an event from before the live horizon (history
      // being loaded): it cannot be on the floor now, and prune() would drop it as stale anyway.
      if (event.kind === 'survey' || at < now - LIVE_HORIZON_MS) return;
      tracked = {
        state: emptyContactState(event.contactId, event.queue),
        queueId: directory.queuesByName.get(event.queue)?.id ?? null,
        contribution: null,
        touchedAt: now,
        waiting: false,
        withAgent: null,
      };
      this.contacts.set(event.contactId, tracked);
    }
    this.noteChange(tracked, changes);
    this.withdraw(tracked);
    tracked.state = foldContactEvent(tracked.state, event, at);
    tracked.queueId = directory.queuesByName.get(tracked.state.queue)?.id ?? tracked.queueId;
    tracked.touchedAt = now;
    this.deposit(tracked, directory, now);
    this.noteChange(tracked, changes);
    this.version++;
  }

  /** Adds a contact read from the database (rebuild). */
  loadContact(state: ContactState, queueId: number | null, directory: LiveDirectory, now: number): void {
    const tracked: TrackedContact = {
      state,
      queueId,
      contribution: null,
      touchedAt: now,
      waiting: false,
      withAgent: null,
    };
    this.contacts.set(state.contactId, tracked);
    this.deposit(tracked, directory, now);
    this.version++;
  }

  /** Takes an agent's state if it is newer than the one known (by time, then eventId); true if taken. */
  applyAgentState(agentId: string, point: AgentStatePoint): boolean {
    const known = this.agentStates.get(agentId);
    if (known && (known.at > point.at || (known.at === point.at && known.eventId >= point.eventId)))
      return false;
    this.agentStates.set(agentId, point);
    this.version++;
    return true;
  }

  /** Contacts waiting in a queue now (offered, no answer, abandon or flow-out yet). */
  waiting(queueId: number): Iterable<TrackedContact> {
    return this.waitingByQueue.get(queueId) ?? [];
  }

  /** Depth and the earliest offer time of the contacts waiting in a queue. */
  queueDepth(queueId: number): { depth: number; oldestOfferedAt: number | null } {
    const set = this.waitingByQueue.get(queueId);
    let oldest: number | null = null;
    for (const c of set ?? [])
      if (oldest === null || c.state.offeredAt! < oldest) oldest = c.state.offeredAt!;
    return { depth: set?.size ?? 0, oldestOfferedAt: oldest };
  }

  /** The queue's counters over the rolling window. */
  rolling(queueId: number, now: number): { counters: ContactCounters; from: number } {
    return this.window(queueId, now).read(now);
  }

  /** The contact an agent is connected to (the latest answered, not completed), if any. */
  currentContact(agentId: string): TrackedContact | null {
    let current: TrackedContact | null = null;
    for (const c of this.withAgent.get(agentId) ?? []) {
      if (current === null || (c.state.answeredAt ?? 0) > (current.state.answeredAt ?? 0)) current = c;
    }
    return current;
  }

  /**
   * Forgets contacts that no longer matter: ended more than CLOSED_RETENTION_MS ago, or older than
   * LIVE_HORIZON_MS. Returns the queues and agents whose figures changed (stale contacts dropped).
   */
  prune(now: number): LiveChangeSet {
    const changes = emptyChangeSet();
    for (const tracked of this.contacts.values()) {
      const reference = tracked.state.offeredAt ?? tracked.state.answeredAt ?? tracked.touchedAt;
      const stale = reference < now - LIVE_HORIZON_MS;
      const ended =
        !tracked.waiting && tracked.withAgent === null && tracked.touchedAt < now - CLOSED_RETENTION_MS;
      if (!stale && !ended) continue;
      this.noteChange(tracked, changes);
      this.unindex(tracked);
      this.contacts.delete(tracked.state.contactId);
    }
    if (changes.queueIds.size > 0 || changes.agentIds.size > 0) this.version++;
    return changes;
  }

  private noteChange(tracked: TrackedContact, changes: LiveChangeSet): void {
    if (tracked.queueId !== null) changes.queueIds.add(tracked.queueId);
    if (tracked.withAgent !== null) changes.agentIds.add(tracked.withAgent);
  }

  private window(queueId: number, now: number): RollingWindow {
    let window = this.windows.get(queueId);
    if (!window) {
      window = new RollingWindow(now);
      this.windows.set(queueId, window);
    }
    return window;
  }

  /** Takes back a contact's window contribution and removes it from the indexes. */
  private withdraw(tracked: TrackedContact): void {
    this.unindex(tracked);
    const window = tracked.queueId === null ? undefined : this.windows.get(tracked.queueId);
    if (tracked.contribution && window)
      window.add(tracked.contribution.offeredAt, tracked.contribution.counters, -1);
    tracked.contribution = null;
  }

  /** Adds a contact's window contribution (with its queue's settings now) and indexes it. */
  private deposit(tracked: TrackedContact, directory: LiveDirectory, now: number): void {
    const s = tracked.state;
    const queue = tracked.queueId === null ? undefined : directory.queues.get(tracked.queueId);
    // Only contacts offered inside the window (or about to be, with clock skew) count in it.
    if (queue && s.offeredAt != null && s.offeredAt >= now - ROLLING_WINDOW_MS - BUCKET_MS) {
      const settings: ContactSettings = {
        slThresholdSeconds: queue.settings.slThresholdSeconds,
        shortAbandonSeconds: queue.settings.shortAbandonSeconds,
      };
      const contribution = contactContribution(s, settings);
      if (contribution) {
        tracked.contribution = { offeredAt: s.offeredAt, counters: toCounterArray(contribution.counters) };
        this.window(queue.id, now).add(s.offeredAt, tracked.contribution.counters, 1);
      }
    }
    tracked.waiting =
      tracked.queueId !== null &&
      s.offeredAt != null &&
      s.answeredAt == null &&
      s.abandonedAt == null &&
      s.flowedOutAt == null;
    if (tracked.waiting) add(this.waitingByQueue, tracked.queueId!, tracked);
    const agent = s.answeredAt != null && s.completedAt == null ? (s.agentId ?? null) : null;
    tracked.withAgent = agent;
    if (agent !== null) add(this.withAgent, agent, tracked);
  }

  private unindex(tracked: TrackedContact): void {
    if (tracked.waiting && tracked.queueId !== null) remove(this.waitingByQueue, tracked.queueId, tracked);
    if (tracked.withAgent !== null) remove(this.withAgent, tracked.withAgent, tracked);
    tracked.waiting = false;
    tracked.withAgent = null;
  }
}

function add<K>(map: Map<K, Set<TrackedContact>>, key: K, value: TrackedContact): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

function remove<K>(map: Map<K, Set<TrackedContact>>, key: K, value: TrackedContact): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
