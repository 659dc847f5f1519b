import type { AgentState, AgentStateEvent, Channel, ContactEvent, WireEvent } from '@servicefloor/contracts';
import { createEpochFormatter } from './epoch-to-iso.js';
import { eventId } from './event-id.js';
import { parseQueueLogLine } from './queue-log-line.js';
import type { QueueLogLineProblem, QueueLogRecord } from './queue-log-line.js';
import { NameTable, pauseState } from './queue-log-mapping.js';
import type { PauseState, QueueLogMapping, QueueTarget } from './queue-log-mapping.js';

/*
 * Asterisk queue_log → ServiceFloor events. Field layouts are those of Asterisk's "Queue Logs"
 * page (https://docs.asterisk.org/Operation/Logging/Queue-Logs/) checked against the
 * ast_queue_log calls of apps/app_queue.c (Asterisk 18/20):
 *
 *   ENTERQUEUE      url|callerid|origposition[|calleridname]          → OFFERED (customerId = callerid)
 *   CONNECT         holdtime|bridgedchanneluniqueid|ringtime           → ANSWERED (holdtime = wait, s;
 *                                                                        data2 is the MEMBER channel's uniqueid)
 *   COMPLETECALLER  holdtime|calltime|origposition                     → COMPLETED (talk = calltime)
 *   COMPLETEAGENT   holdtime|calltime|origposition                     → COMPLETED
 *   ABANDON         position|origposition|waittime                     → ABANDONED
 *   EXITEMPTY       position|origposition|waittime                     → FLOWED_OUT
 *   EXITWITHTIMEOUT position|origposition|waittime                     → FLOWED_OUT
 *   EXITWITHKEY     key|position|origposition|waittime                 → FLOWED_OUT
 *   WITHDRAW        position|origposition|waittime|info (app_queue.c)  → FLOWED_OUT
 *   TRANSFER        extension|context|holdtime|calltime|origposition   → TRANSFERRED + COMPLETED (≤ Asterisk 11)
 *   BLINDTRANSFER   extension|context|holdtime|calltime|origposition   → TRANSFERRED + COMPLETED (12+)
 *   ATTENDEDTRANSFER method|method-data|holdtime|calltime|origposition → TRANSFERRED + COMPLETED (12+);
 *                   method LINK writes two method-data fields (app_queue.c log_attended_transfer),
 *                   so holdtime/calltime/origposition are read from the end
 *   RINGNOANSWER    ringtime (ms)                                      → no event, counted
 *
 * A transfer ends the queue call in Asterisk 12+: app_queue logs the transfer instead of a
 * COMPLETE* line (handle_blind_transfer / handle_attended_transfer), so its calltime is the
 * talk time of the COMPLETED event. Asterisk's "holdtime" is the wait in the queue, not hold
 * during the call: queue_log has no hold and no after-contact work, so COMPLETED carries
 * talkSeconds with holdSeconds 0 and no acwSeconds.
 *
 * Agent lines: AGENTLOGIN(channel), AGENTLOGOFF(channel|logintime), ADDMEMBER, REMOVEMEMBER,
 * PAUSE(reason), UNPAUSE(reason), and PAUSEALL/UNPAUSEALL(reason) on queue NONE, each followed
 * by the per-queue PAUSE/UNPAUSE lines (app_queue.c set_member_paused).
 */

/** Why a line produced no event. */
export type QueueLogSkipReason =
  | QueueLogLineProblem
  /** A field the event needs is present but malformed (non-numeric calltime, callid NONE…). */
  | 'bad-field'
  /** QUEUESTART, CONFIGRELOAD. */
  | 'system-event'
  /** An event name Asterisk does not write (QueueLog() custom events, cut names). */
  | 'unknown-event'
  /** A documented Asterisk event without a ServiceFloor meaning (AGENTDUMP, RINGCANCELED…). */
  | 'ignored-event'
  /** An outcome for a call that did not enter a queue in this stream (or already ended). */
  | 'no-open-call'
  /** An outcome that does not fit the call's state (COMPLETE before CONNECT, a second CONNECT…). */
  | 'out-of-sequence'
  /** The same ENTERQUEUE line twice. */
  | 'duplicate-line'
  /** An agent line whose agent is NONE or empty. */
  | 'no-agent'
  /** An agent line that leaves the agent's state as it was (per-queue PAUSE after PAUSEALL…). */
  | 'agent-state-unchanged';

/** An Asterisk queue without a mapping; events use its own name on a HOTLINE queue. */
export interface UnknownQueue {
  asteriskQueue: string;
  /** The ServiceFloor queue name the events use (the Asterisk name). */
  name: string;
  channel: Channel;
  /** Line of first sight. */
  line: number;
}

/** An Asterisk agent without a mapping; events use the agent field as agentId. */
export interface UnknownAgent {
  asteriskAgent: string;
  agentId: string;
  line: number;
}

/** One produced event and where it came from. */
export interface ImportedEvent {
  event: WireEvent;
  /** 1-based line number in the input. */
  line: number;
  /** Set on the first event that uses an unmapped queue: create it before sending the event. */
  unknownQueue?: UnknownQueue;
  /** Set on the first event that uses an unmapped agent. */
  unknownAgent?: UnknownAgent;
}

export interface QueueLogSummary {
  linesRead: number;
  eventsProduced: number;
  /** Lines that produced no event, by reason (only reasons that occurred). */
  skipped: Partial<Record<QueueLogSkipReason, number>>;
  /** The first 20 skipped lines. */
  firstSkipped: { line: number; reason: QueueLogSkipReason; detail?: string }[];
  unknownQueues: UnknownQueue[];
  unknownAgents: UnknownAgent[];
  /** Calls that entered a queue and never got an outcome (cut off, lost lines, end of input). */
  callsWithoutOutcome: number;
  /** The first 20 of them. */
  firstCallsWithoutOutcome: { callid: string; queue: string; line: number }[];
  /** RINGNOANSWER lines (a member rang and did not pick up). */
  ringNoAnswer: number;
  /** Lines whose leading NUL bytes were dropped (see parseQueueLogLine). */
  linesAfterNul: number;
  /** Outcomes whose logged wait differs by more than 1 s from the wait derived from the times. */
  waitMismatches: number;
  /** Completions whose logged calltime differs by more than 1 s from CONNECT → completion. */
  talkMismatches: number;
}

export interface QueueLogImportOptions {
  /** IANA zone of the site, for the offsets of `occurredAt`. Default `Asia/Shanghai`. */
  timeZone?: string;
  mapping?: QueueLogMapping;
  /** First part of every eventId. Default `ql`. */
  idPrefix?: string;
  /**
   * How long (s) a call is remembered: an open call without an outcome for this long is
   * counted as cut off and released, and a callid that enters a queue again within this time
   * of its previous entry gets a numbered contactId. Default 86 400 (a day).
   */
  callWindowSeconds?: number;
}

/** A running import: iterate it for the events; `summary` is readable once it has finished. */
export interface QueueLogImport extends AsyncGenerator<ImportedEvent, QueueLogSummary, undefined> {
  /** @throws Error when read before the iteration has finished. */
  readonly summary: QueueLogSummary;
}

const FIRST_N = 20;
/** Caller ids that name nobody: counting them as one customer would distort repeat-contact metrics. */
const ANONYMOUS_CALLER_IDS = new Set(['', 'unknown', 'anonymous', 'restricted', 'private', 'unavailable']);
const SYSTEM_EVENTS = new Set(['QUEUESTART', 'CONFIGRELOAD']);
/** Documented events that say nothing ServiceFloor counts. */
const IGNORED_EVENTS = new Set([
  'AGENTDUMP',
  'RINGCANCELED',
  'SYSCOMPAT',
  'PENALTY',
  'RINGINUSE',
  'DID',
  'INFO',
]);
const NOT_A_MEMBER = new Set(['', 'NONE']);
const NOT_A_CALL = new Set(['', 'NONE', 'MANAGER', 'REALTIME']);
const MAX_SECONDS = 7 * 24 * 3600;
const MAX_ID = 200;

interface OpenCall {
  contactId: string;
  asteriskQueue: string;
  queue: ResolvedQueue;
  enterEpoch: number;
  enterLine: number;
  answered?: { epoch: number; agentId: string };
}

interface ResolvedQueue {
  name: string;
  channel: Channel;
  unmapped: boolean;
}

interface ResolvedAgent {
  agentId: string;
  asteriskAgent: string;
  unmapped: boolean;
}

interface Visits {
  count: number;
  lastEpoch: number;
}

interface AgentMemory {
  state?: AgentState;
  reason?: string;
  queues: Set<string>;
  /** Epoch of the agent's last event and how many events it had in that second. */
  lastEpoch: number;
  sameSecond: number;
}

type Outcome = ImportedEvent[] | { skip: QueueLogSkipReason; detail?: string };

/**
 * Turns Asterisk queue_log lines into ServiceFloor wire events (metrics.md, "Asterisk
 * queue_log" and "Events"), streaming: only calls still waiting or talking are held in memory,
 * and each is released at its outcome.
 *
 * Event ids are deterministic — `<prefix>:<contactId>:<EVENT>:<epoch>:<queue>` for contacts
 * (`…:COMPLETED` appended for the completion a transfer line also yields) and
 * `<prefix>:agent:<agentId>:<EVENT>:<epoch>:<queue>` for agent states — so re-importing a file
 * gives the same ids and the server drops the repeats. The contactId is the callid; a callid
 * that enters a queue again (overflow to a second queue, a transfer back into a queue) gets
 * `<callid>#2`, `#3`… so that each queue visit has its own OFFERED and outcome.
 *
 * Noise never stops the import: every line that yields no event is counted by reason in the
 * summary. Lines must be given in file order (rotated files: chain them oldest first so that
 * calls crossing the rotation are joined).
 *
 * @throws Error `timeZone: unknown IANA time zone "X"` at once, before any line is read.
 * @example
 *   const run = importQueueLog(readline.createInterface({ input: createReadStream(path) }), { mapping });
 *   for await (const { event } of run) await send(event);
 *   console.log(run.summary.skipped);
 */
export function importQueueLog(
  lines: AsyncIterable<string> | Iterable<string>,
  options: QueueLogImportOptions = {},
): QueueLogImport {
  const importer = new QueueLogImporter(options);
  let finished = false;
  const generator = (async function* (): AsyncGenerator<ImportedEvent, QueueLogSummary, undefined> {
    let lineNo = 0;
    try {
      for await (const raw of lines) {
        lineNo += 1;
        yield* importer.accept(String(raw), lineNo);
      }
    } finally {
      importer.finish();
      finished = true;
    }
    return importer.summary;
  })();
  return Object.defineProperty(generator, 'summary', {
    get(): QueueLogSummary {
      if (!finished) throw new Error('summary: available after the iteration finishes');
      return importer.summary;
    },
  }) as QueueLogImport;
}

/** The line-by-line state machine behind {@link importQueueLog}. */
class QueueLogImporter {
  readonly summary: QueueLogSummary = {
    linesRead: 0,
    eventsProduced: 0,
    skipped: {},
    firstSkipped: [],
    unknownQueues: [],
    unknownAgents: [],
    callsWithoutOutcome: 0,
    firstCallsWithoutOutcome: [],
    ringNoAnswer: 0,
    linesAfterNul: 0,
    waitMismatches: 0,
    talkMismatches: 0,
  };

  private readonly iso: (epoch: number) => string;
  private readonly prefix: string;
  private readonly window: number;
  private readonly queues: NameTable<QueueTarget>;
  private readonly agents: NameTable<string>;
  private readonly pauseReasons: NameTable<PauseState>;
  private readonly defaultPause: PauseState;
  private readonly transferTargets: NameTable<string>;
  /** Calls in a queue or talking, by callid. */
  private readonly open = new Map<string, OpenCall>();
  /** Queue visits per callid within the window. */
  private readonly visits = new Map<string, Visits>();
  /**
   * Every entry in order, for forgetting what is older than the window. A queue with lazy
   * removal: iterating a Map from its start after many deletions is not O(1) in V8 and made
   * long files quadratic.
   */
  private readonly entries = new Fifo<{ callid: string; call: OpenCall; visits: Visits }>();
  private readonly agentMemory = new Map<string, AgentMemory>();
  private readonly seenQueues = new Set<string>();
  private readonly seenAgents = new Set<string>();

  constructor(options: QueueLogImportOptions) {
    this.iso = createEpochFormatter(options.timeZone ?? 'Asia/Shanghai');
    this.prefix = options.idPrefix ?? 'ql';
    this.window = options.callWindowSeconds ?? 86_400;
    const mapping = options.mapping ?? {};
    this.queues = new NameTable(mapping.queues);
    this.agents = new NameTable(mapping.agents);
    this.pauseReasons = new NameTable(mapping.pauseReasons);
    this.defaultPause = mapping.defaultPauseState ?? 'BREAK';
    this.transferTargets = new NameTable(mapping.transferTargets);
  }

  /** Reads one line; returns the events it yields (none for noise, counted in the summary). */
  accept(raw: string, lineNo: number): ImportedEvent[] {
    this.summary.linesRead += 1;
    const parsed = parseQueueLogLine(raw);
    if (!parsed.ok) return this.skip(lineNo, parsed.reason);
    const record = parsed.record;
    if (record.afterNul) this.summary.linesAfterNul += 1;
    const outcome = this.dispatch(record, lineNo);
    if (!Array.isArray(outcome)) return this.skip(lineNo, outcome.skip, outcome.detail);
    // Only lines that made sense move the clock, so one corrupt epoch cannot flush open calls.
    this.forgetOlderThan(record.epoch - this.window);
    this.summary.eventsProduced += outcome.length;
    return outcome;
  }

  /** Counts the calls still open at the end of the input as calls without an outcome. */
  finish(): void {
    for (const callid of [...this.open.keys()]) this.cutOff(callid);
  }

  private dispatch(r: QueueLogRecord, lineNo: number): Outcome {
    switch (r.event) {
      case 'ENTERQUEUE':
        return this.enterQueue(r, lineNo);
      case 'CONNECT':
        return this.connect(r, lineNo);
      case 'COMPLETECALLER':
      case 'COMPLETEAGENT':
        return this.complete(r, lineNo, 1, null);
      case 'TRANSFER':
      case 'BLINDTRANSFER':
        return this.complete(r, lineNo, 3, `${r.data[0] ?? ''}@${r.data[1] ?? ''}`);
      case 'ATTENDEDTRANSFER':
        // method|method-data…|holdtime|calltime|origposition: calltime is second from the end.
        return r.data.length < 5 ? { skip: 'truncated' } : this.complete(r, lineNo, r.data.length - 2, '');
      case 'ABANDON':
        return this.leave(r, lineNo, 'ABANDONED', 2);
      case 'EXITEMPTY':
      case 'EXITWITHTIMEOUT':
      case 'WITHDRAW':
        return this.leave(r, lineNo, 'FLOWED_OUT', 2);
      case 'EXITWITHKEY':
        return this.leave(r, lineNo, 'FLOWED_OUT', 3);
      case 'RINGNOANSWER':
        this.summary.ringNoAnswer += 1;
        return [];
      case 'AGENTLOGIN':
      case 'AGENTCALLBACKLOGIN':
        return this.agentState(r, lineNo, (m) => {
          return m.state === undefined || m.state === 'LOGGED_OUT' ? { state: 'AVAILABLE' } : null;
        });
      case 'AGENTLOGOFF':
      case 'AGENTCALLBACKLOGOFF':
        return this.agentState(r, lineNo, (m) => {
          m.queues.clear();
          return { state: 'LOGGED_OUT' };
        });
      case 'ADDMEMBER':
        return this.agentState(r, lineNo, (m) => {
          m.queues.add(r.queue.toLowerCase());
          return m.state === undefined || m.state === 'LOGGED_OUT' ? { state: 'AVAILABLE' } : null;
        });
      case 'REMOVEMEMBER':
        return this.agentState(r, lineNo, (m) => {
          m.queues.delete(r.queue.toLowerCase());
          return m.queues.size === 0 ? { state: 'LOGGED_OUT' } : null;
        });
      case 'PAUSE':
      case 'PAUSEALL': {
        const reason = (r.data[0] ?? '').trim();
        return this.agentState(r, lineNo, () => ({
          state: pauseState(reason, this.pauseReasons, this.defaultPause),
          reason: reason === '' ? undefined : reason.slice(0, 200),
        }));
      }
      case 'UNPAUSE':
      case 'UNPAUSEALL':
        return this.agentState(r, lineNo, () => ({ state: 'AVAILABLE' }));
      default:
        if (SYSTEM_EVENTS.has(r.event)) {
          // QUEUESTART is logged when app_queue loads: no call of before survives it.
          if (r.event === 'QUEUESTART') this.finish();
          return { skip: 'system-event', detail: r.event };
        }
        if (IGNORED_EVENTS.has(r.event)) return { skip: 'ignored-event', detail: r.event };
        return { skip: 'unknown-event', detail: r.event.slice(0, 40) };
    }
  }

  private enterQueue(r: QueueLogRecord, lineNo: number): Outcome {
    const callid = r.callid.trim();
    if (NOT_A_CALL.has(callid) || callid.length > MAX_ID - 8) return { skip: 'bad-field', detail: 'callid' };
    const queue = this.queueTarget(r.queue);
    if (queue === null) return { skip: 'bad-field', detail: 'queue' };
    const previous = this.open.get(callid);
    if (previous !== undefined) {
      if (previous.enterEpoch === r.epoch && previous.asteriskQueue === r.queue)
        return { skip: 'duplicate-line' };
      this.cutOff(callid);
    }
    const visits: Visits = { count: (this.visits.get(callid)?.count ?? 0) + 1, lastEpoch: r.epoch };
    this.visits.set(callid, visits);
    const contactId = visits.count === 1 ? callid : `${callid}#${visits.count}`;
    const call: OpenCall = {
      contactId,
      asteriskQueue: r.queue,
      queue,
      enterEpoch: r.epoch,
      enterLine: lineNo,
    };
    this.open.set(callid, call);
    this.entries.push({ callid, call, visits });

    const callerId = (r.data[1] ?? '').trim();
    const event: ContactEvent = {
      kind: 'contact',
      eventId: this.contactEventId(contactId, r),
      type: 'OFFERED',
      occurredAt: this.iso(r.epoch),
      contactId,
      queue: queue.name,
      channel: queue.channel,
    };
    if (!ANONYMOUS_CALLER_IDS.has(callerId.toLowerCase()) && callerId.length <= MAX_ID)
      event.customerId = callerId;
    return [this.withFirstSight({ event, line: lineNo }, r.queue, queue, null)];
  }

  private connect(r: QueueLogRecord, lineNo: number): Outcome {
    const call = this.openCall(r);
    if (!('contactId' in call)) return call;
    if (call.answered !== undefined) return { skip: 'out-of-sequence', detail: 'second CONNECT' };
    const agent = this.agentId(r.agent);
    if (agent === null) return { skip: 'bad-field', detail: 'agent' };
    call.answered = { epoch: r.epoch, agentId: agent.agentId };
    this.checkWait(call, r, r.data[0]);
    const event: ContactEvent = {
      kind: 'contact',
      eventId: this.contactEventId(call.contactId, r),
      type: 'ANSWERED',
      occurredAt: this.iso(r.epoch),
      contactId: call.contactId,
      queue: call.queue.name,
      agentId: agent.agentId,
    };
    return [this.withFirstSight({ event, line: lineNo }, null, null, agent)];
  }

  /**
   * COMPLETE* and transfers: the call ends with a COMPLETED event whose talk time is the
   * data field at `talkIndex`; a transfer (`transferTo` not null) first yields TRANSFERRED.
   */
  private complete(r: QueueLogRecord, lineNo: number, talkIndex: number, transferTo: string | null): Outcome {
    const call = this.openCall(r);
    if (!('contactId' in call)) return call;
    if (call.answered === undefined) return { skip: 'out-of-sequence', detail: `${r.event} before CONNECT` };
    const talk = seconds(r.data[talkIndex]);
    if (talk === undefined) return { skip: 'truncated', detail: 'calltime' };
    if (talk === null) return { skip: 'bad-field', detail: 'calltime' };
    const agent = NOT_A_MEMBER.has(r.agent.trim()) ? null : this.agentId(r.agent);
    const agentId = agent?.agentId ?? call.answered.agentId;
    if (Math.abs(r.epoch - call.answered.epoch - talk) > 1) this.summary.talkMismatches += 1;
    this.open.delete(r.callid.trim());

    const items: ImportedEvent[] = [];
    const occurredAt = this.iso(r.epoch);
    if (transferTo !== null) {
      const transferred: ContactEvent = {
        kind: 'contact',
        eventId: this.contactEventId(call.contactId, r),
        type: 'TRANSFERRED',
        occurredAt,
        contactId: call.contactId,
        queue: call.queue.name,
        agentId,
      };
      const target = transferTo === '' ? undefined : this.transferTargets.get(transferTo);
      if (target !== undefined) transferred.targetQueue = target;
      items.push({ event: transferred, line: lineNo });
    }
    const completed: ContactEvent = {
      kind: 'contact',
      eventId: this.contactEventId(call.contactId, r, transferTo !== null ? 'COMPLETED' : undefined),
      type: 'COMPLETED',
      occurredAt,
      contactId: call.contactId,
      queue: call.queue.name,
      agentId,
      talkSeconds: talk,
      holdSeconds: 0,
    };
    items.push({ event: completed, line: lineNo });
    if (agent !== null) items[0] = this.withFirstSight(items[0]!, null, null, agent);
    return items;
  }

  /** ABANDON, EXIT*, WITHDRAW: the caller left the queue unanswered. */
  private leave(
    r: QueueLogRecord,
    lineNo: number,
    type: 'ABANDONED' | 'FLOWED_OUT',
    waitIndex: number,
  ): Outcome {
    const call = this.openCall(r);
    if (!('contactId' in call)) return call;
    if (call.answered !== undefined) return { skip: 'out-of-sequence', detail: `${r.event} after CONNECT` };
    this.checkWait(call, r, r.data[waitIndex]);
    this.open.delete(r.callid.trim());
    const event: ContactEvent = {
      kind: 'contact',
      eventId: this.contactEventId(call.contactId, r),
      type,
      occurredAt: this.iso(r.epoch),
      contactId: call.contactId,
      queue: call.queue.name,
    };
    return [{ event, line: lineNo }];
  }

  /**
   * Agent lines. `change` updates the agent's memberships and returns the state the line
   * stands for, or null when it leaves the state as it is.
   */
  private agentState(
    r: QueueLogRecord,
    lineNo: number,
    change: (memory: AgentMemory) => { state: AgentState; reason?: string } | null,
  ): Outcome {
    if (NOT_A_MEMBER.has(r.agent.trim())) return { skip: 'no-agent' };
    const agent = this.agentId(r.agent);
    if (agent === null) return { skip: 'bad-field', detail: 'agent' };
    let memory = this.agentMemory.get(agent.agentId);
    if (memory === undefined) {
      memory = { queues: new Set(), lastEpoch: Number.NaN, sameSecond: 0 };
      this.agentMemory.set(agent.agentId, memory);
    }
    const next = change(memory);
    if (next === null || (next.state === memory.state && next.reason === memory.reason)) {
      return { skip: 'agent-state-unchanged', detail: r.event };
    }
    memory.state = next.state;
    memory.reason = next.reason;
    // A second state change of the same agent in the same second (PAUSE Lunch, UNPAUSE, PAUSE
    // Lunch) must not repeat an id, or the server would drop it as a duplicate.
    memory.sameSecond = memory.lastEpoch === r.epoch ? memory.sameSecond + 1 : 1;
    memory.lastEpoch = r.epoch;
    const idParts = [this.prefix, 'agent', agent.agentId, r.event, r.epochText, r.queue];
    if (memory.sameSecond > 1) idParts.push(String(memory.sameSecond));
    const event: AgentStateEvent = {
      kind: 'agentState',
      eventId: eventId(idParts),
      agentId: agent.agentId,
      state: next.state,
      occurredAt: this.iso(r.epoch),
    };
    if (next.reason !== undefined) event.reason = next.reason;
    return [this.withFirstSight({ event, line: lineNo }, null, null, agent)];
  }

  /** The open call a line is about, or why there is none. */
  private openCall(r: QueueLogRecord): OpenCall | { skip: QueueLogSkipReason; detail?: string } {
    const call = this.open.get(r.callid.trim());
    if (call === undefined) return { skip: 'no-open-call', detail: r.event };
    if (call.asteriskQueue !== r.queue)
      return { skip: 'out-of-sequence', detail: `${r.event} in another queue` };
    return call;
  }

  private checkWait(call: OpenCall, r: QueueLogRecord, logged: string | undefined): void {
    const wait = seconds(logged);
    if (typeof wait === 'number' && Math.abs(r.epoch - call.enterEpoch - wait) > 1)
      this.summary.waitMismatches += 1;
  }

  private queueTarget(asteriskQueue: string): ResolvedQueue | null {
    const mapped = this.queues.get(asteriskQueue) ?? this.queues.get(asteriskQueue.trim());
    if (mapped !== undefined)
      return { name: mapped.name.trim(), channel: mapped.channel ?? 'HOTLINE', unmapped: false };
    const name = asteriskQueue.trim();
    if (NOT_A_MEMBER.has(name) || name.length > MAX_ID) return null;
    return { name, channel: 'HOTLINE', unmapped: true };
  }

  /** The ServiceFloor agentId of an agent field, and whether it is unmapped. */
  private agentId(asteriskAgent: string): ResolvedAgent | null {
    const key = asteriskAgent.trim();
    if (NOT_A_MEMBER.has(key)) return null;
    const mapped = this.agents.get(key) ?? this.agents.get(key.replace(/\/n$/, ''));
    if (mapped !== undefined) return { agentId: mapped.trim(), asteriskAgent: key, unmapped: false };
    if (key.length > MAX_ID) return null;
    return { agentId: key, asteriskAgent: key, unmapped: true };
  }

  /** Marks the first event that uses an unmapped queue or agent, and lists them in the summary. */
  private withFirstSight(
    item: ImportedEvent,
    asteriskQueue: string | null,
    queue: ResolvedQueue | null,
    agent: ResolvedAgent | null,
  ): ImportedEvent {
    if (asteriskQueue !== null && queue !== null && queue.unmapped && !this.seenQueues.has(queue.name)) {
      this.seenQueues.add(queue.name);
      const unknown: UnknownQueue = {
        asteriskQueue,
        name: queue.name,
        channel: queue.channel,
        line: item.line,
      };
      this.summary.unknownQueues.push(unknown);
      item.unknownQueue = unknown;
    }
    if (agent !== null && agent.unmapped && !this.seenAgents.has(agent.agentId)) {
      this.seenAgents.add(agent.agentId);
      const unknown: UnknownAgent = {
        asteriskAgent: agent.asteriskAgent,
        agentId: agent.agentId,
        line: item.line,
      };
      this.summary.unknownAgents.push(unknown);
      item.unknownAgent = unknown;
    }
    return item;
  }

  private contactEventId(contactId: string, r: QueueLogRecord, suffix?: string): string {
    const parts = [this.prefix, contactId, r.event, r.epochText, r.queue];
    if (suffix !== undefined) parts.push(suffix);
    return eventId(parts);
  }

  /** Releases the calls and visit counts of entries older than `epoch`. */
  private forgetOlderThan(epoch: number): void {
    for (
      let oldest = this.entries.peek();
      oldest !== undefined && oldest.call.enterEpoch < epoch;
      oldest = this.entries.peek()
    ) {
      this.entries.shift();
      // Still the same call (not ended, not entered again): cut off. Still its latest entry: forget.
      if (this.open.get(oldest.callid) === oldest.call) this.cutOff(oldest.callid);
      if (this.visits.get(oldest.callid) === oldest.visits) this.visits.delete(oldest.callid);
    }
  }

  private cutOff(callid: string): void {
    const call = this.open.get(callid);
    if (call === undefined) return;
    this.open.delete(callid);
    this.summary.callsWithoutOutcome += 1;
    if (this.summary.firstCallsWithoutOutcome.length < FIRST_N) {
      this.summary.firstCallsWithoutOutcome.push({ callid, queue: call.asteriskQueue, line: call.enterLine });
    }
  }

  private skip(line: number, reason: QueueLogSkipReason, detail?: string): ImportedEvent[] {
    this.summary.skipped[reason] = (this.summary.skipped[reason] ?? 0) + 1;
    if (this.summary.firstSkipped.length < FIRST_N) {
      this.summary.firstSkipped.push(detail === undefined ? { line, reason } : { line, reason, detail });
    }
    return [];
  }
}

/**
 * A queue_log seconds field: a whole number 0 … one week; `undefined` when the field is
 * absent (a cut line), `null` when it is present but malformed or negative (a clock step).
 */
function seconds(field: string | undefined): number | null | undefined {
  if (field === undefined || field === '') return undefined;
  if (!/^\d{1,7}$/.test(field)) return null;
  const value = Number(field);
  return value <= MAX_SECONDS ? value : null;
}

/** A first-in first-out queue over an array, compacted as its head advances. */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  push(item: T): void {
    this.items.push(item);
  }

  peek(): T | undefined {
    return this.items[this.head];
  }

  shift(): T | undefined {
    const item = this.items[this.head];
    this.head += 1;
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}
