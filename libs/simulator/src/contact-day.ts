import type { AgentState, Channel, WireEvent } from '@servicefloor/contracts';
import { ArrivalProcess, dayVolumeFactor, expectedArrivals } from './arrival-rate.js';
import type { QueueDefinition } from './center.js';
import type { DayPlan } from './day-plan.js';
import { EventQueue } from './event-queue.js';
import type { EventSource } from './merge-sources.js';
import { qualityScore, surveyAnswers } from './feedback.js';
import { PairQueue } from './int-queue.js';
import { Random } from './random.js';
import { RepeatCustomers } from './repeat-customers.js';
import { seedHash } from './seed-hash.js';
import type { SimulationContext } from './simulation-context.js';
import { ZoneClock } from './zone-clock.js';

/* Kinds of scheduled events; the heap value is kind | (argument << 4). */
const ARRIVAL = 0; // argument: queue
const ABANDON = 1; // contact
const FLOW_OUT = 2; // contact
const TALK_END = 3; // shift (working agent)
const WRAP_END = 4; // shift
const LOGIN = 5; // shift
const ACTIVITY_START = 6; // activity
const ACTIVITY_END = 7; // shift
const LOGOUT = 8; // shift
const SURVEY = 9; // contact
const QUALITY = 10; // contact
const DRAIN_LIMIT = 11; // –

/* Contact states. */
const WAITING = 0;
const ANSWERED = 1;
const GONE = 2; // abandoned or flowed out
const COMPLETED = 3;

/* Contact flags. */
const IDENTIFIED = 1;
const WILL_RETURN = 2;
const IS_RETURN = 4;
const TRANSFERS_OUT = 8;
const TRANSFER_LEG = 16;

/* Agent (shift) states. */
const NOT_IN = 0;
const AVAILABLE = 1;
const ON_CONTACT = 2;
const WRAP_UP = 3;
const IN_ACTIVITY = 4;
const LOGGED_OUT = 5;

const PROFICIENCY_LEVELS = 5;
const SEQ_SPACE = 4294967296; // 2^32: key = (t − day start) · 2^32 + sequence
/** Trailing events (surveys, quality evaluations) land before the day's end + this. */
const TRAILING_SECONDS = 22 * 3600;
/** Talk, hold and after-contact work are each cut at 4 hours (the far tail of a lognormal). */
const MAX_DURATION_SECONDS = 4 * 3600;
/** Contacts still waiting this long after the day's end flow out (a closed queue). */
const DRAIN_SECONDS = 6 * 3600;

const ARRIVAL_STREAM = 0x61727276;
const SERVICE_STREAM = 0x73657276;
const FEEDBACK_STREAM = 0x66656564;
const CUSTOMER_STREAM = 0x63757374;

const QUALITY_FORMS: Record<Channel, string> = {
  HOTLINE: 'Hotline quality form',
  ONLINE: 'Online quality form',
  CLAIM_DESK: 'Claim desk quality form',
};

/**
 * The contacts and agent states of one local day, as a discrete-event simulation: arrivals per
 * queue (non-homogeneous Poisson by thinning), skill-based routing (a contact goes to the most
 * proficient idle agent, the longest idle among equals; a freed agent takes the longest-waiting
 * contact of its most proficient skill), lognormal talk, hold and after-contact work, exponential
 * patience (abandon) and queue timeouts (flow out), transfers, the day's roster (logins, breaks,
 * meals, training, meetings, logouts), surveys and quality evaluations of a sample of contacts.
 *
 * Everything that starts on the day is followed to its end, so a day is simulated on its own:
 * agents on the closing shift finish the queue; surveys and evaluations land within 22 h of the
 * day's end. Times are whole seconds. Events come out in time order through next().
 */
export class ContactDay implements EventSource {
  timeMs = 0;
  private now = 0;
  private readonly dayStart: number;
  private readonly dayEnd: number;
  private readonly heap = new EventQueue(4096);
  private seq = 0;
  private readonly out: WireEvent[] = [];
  private outHead = 0;
  private eventCount = 0;
  private readonly eventPrefix: string;
  private readonly contactPrefix: string;
  private readonly customerPrefix: string;

  private readonly arrivalRng: Random;
  private readonly serviceRng: Random;
  private readonly feedbackRng: Random;
  private readonly customerRng: Random;
  private readonly customers: RepeatCustomers;
  private readonly queues: readonly QueueDefinition[];
  private readonly queueClocks: ZoneClock[];
  private readonly agentClocks: ZoneClock[];
  private readonly arrivals: ArrivalProcess[];
  private readonly lastArrival: Float64Array;

  // Contacts (struct of arrays, grown on demand).
  private contactCount = 0;
  private cQueue = new Int32Array(0);
  private cOffered = new Float64Array(0);
  private cAnswered = new Float64Array(0);
  private cState = new Uint8Array(0);
  private cFlags = new Uint8Array(0);
  private cAgent = new Int32Array(0);
  private cCustomerDay = new Int32Array(0);
  private cCustomerIndex = new Int32Array(0);
  private cTalk = new Int32Array(0);
  private cHold = new Int32Array(0);
  private cAcw = new Int32Array(0);
  private cId: string[] = [];

  // Working agents of the day, by shift index.
  private readonly plan: DayPlan;
  private readonly sAgent: Int32Array;
  private readonly sState: Uint8Array;
  private readonly sVersion: Int32Array;
  private readonly sContact: Int32Array;
  private readonly sPendingActivity: Int32Array;
  private readonly sPendingLogout: Uint8Array;
  private readonly sDrain: Uint8Array;
  private readonly sActivity: Int32Array;
  private readonly sAgentId: string[];
  private readonly sLastState: (AgentState | undefined)[];
  private readonly sLastReason: (string | undefined)[];
  // Activities of all shifts, flattened.
  private readonly aShift: Int32Array;
  private readonly aLength: Int32Array;
  private readonly aState: AgentState[];
  private readonly aLabel: (string | undefined)[];

  /** Idle agents per (queue, proficiency), longest idle first; and waiting contacts per queue. */
  private readonly idle: PairQueue[];
  private readonly waiting: PairQueue[];
  private readonly waitingCount: Int32Array;

  constructor(
    private readonly ctx: SimulationContext,
    readonly dayNumber: number,
  ) {
    const { center, seed } = ctx;
    this.plan = ctx.plan(dayNumber);
    this.dayStart = this.plan.dayStartSec;
    this.dayEnd = this.plan.dayEndSec;
    this.now = this.dayStart;
    this.timeMs = this.dayStart * 1000;
    const key = ctx.dateKey(dayNumber);
    this.eventPrefix = `${ctx.idPrefix}E${key}-`;
    this.contactPrefix = `${ctx.idPrefix}C${key}-`;
    this.customerPrefix = `${ctx.idPrefix}U`;
    this.arrivalRng = new Random(seedHash(seed, dayNumber, ARRIVAL_STREAM));
    this.serviceRng = new Random(seedHash(seed, dayNumber, SERVICE_STREAM));
    this.feedbackRng = new Random(seedHash(seed, dayNumber, FEEDBACK_STREAM));
    this.customerRng = new Random(seedHash(seed, dayNumber, CUSTOMER_STREAM));
    this.customers = new RepeatCustomers(center, seed, dayNumber, this.customerRng, ctx.volumeFactor);
    this.queues = center.queues;
    const siteClocks = center.sites.map((s) => new ZoneClock(s.timeZone));
    this.queueClocks = Array.from(ctx.queueSite, (i) => siteClocks[i]);
    const dayClock = new ZoneClock(center.timeZone);

    // Arrival processes, one per queue, and the first arrival of each.
    const factor = dayVolumeFactor(center, seed, dayNumber) * ctx.volumeFactor;
    this.arrivals = [];
    this.lastArrival = new Float64Array(this.queues.length);
    let expectedTotal = 0;
    this.queues.forEach((q, i) => {
      const perInterval =
        q.channel === 'CLAIM_DESK'
          ? new Float64Array(96)
          : expectedArrivals(center, q.demand, q.channel, dayNumber, factor);
      for (const x of perInterval) expectedTotal += x;
      this.arrivals.push(new ArrivalProcess(perInterval, this.dayStart, this.dayEnd, dayClock));
      this.scheduleArrival(i, this.dayStart);
    });
    this.growContacts(Math.ceil(expectedTotal * 1.2) + 1024);

    // Routing structures.
    this.idle = Array.from({ length: this.queues.length * PROFICIENCY_LEVELS }, () => new PairQueue());
    this.waiting = Array.from({ length: this.queues.length }, () => new PairQueue());
    this.waitingCount = new Int32Array(this.queues.length);

    // Working agents: logins, activities, logouts.
    const shifts = this.plan.shifts;
    const n = shifts.length;
    this.sAgent = Int32Array.from(shifts, (s) => s.agent);
    this.sState = new Uint8Array(n);
    this.sVersion = new Int32Array(n);
    this.sContact = new Int32Array(n).fill(-1);
    this.sPendingActivity = new Int32Array(n).fill(-1);
    this.sPendingLogout = new Uint8Array(n);
    this.sDrain = new Uint8Array(n);
    this.sActivity = new Int32Array(n).fill(-1);
    this.sAgentId = shifts.map((s) => center.agents[s.agent].id);
    this.sLastState = new Array<AgentState | undefined>(n).fill(undefined);
    this.sLastReason = new Array<string | undefined>(n).fill(undefined);
    this.agentClocks = shifts.map((s) => siteClocks[ctx.agentSite[s.agent]]);
    const closing = this.closingTimes(center.groups.length, factor);
    let activityCount = 0;
    for (const s of shifts) activityCount += s.activities.length;
    this.aShift = new Int32Array(activityCount);
    this.aLength = new Int32Array(activityCount);
    this.aState = [];
    this.aLabel = [];
    let a = 0;
    shifts.forEach((shift, s) => {
      this.sDrain[s] = shift.endSec >= closing[shift.group] ? 1 : 0;
      this.schedule(shift.loginSec, LOGIN, s);
      this.schedule(shift.logoutSec, LOGOUT, s);
      for (const activity of shift.activities) {
        this.aShift[a] = s;
        this.aLength[a] = activity.lengthSec;
        this.aState.push(activity.state);
        this.aLabel.push(activity.label);
        this.schedule(activity.startSec, ACTIVITY_START, a);
        a++;
      }
    });
    this.schedule(this.dayEnd + DRAIN_SECONDS, DRAIN_LIMIT, 0);
  }

  /** The next event of the day in time order (timeMs is its time), or undefined when the day is done. */
  next(): WireEvent | undefined {
    while (this.outHead === this.out.length) {
      if (this.outHead > 0) {
        this.out.length = 0; // the events handed out live on with the consumer; the buffer is reused
        this.outHead = 0;
      }
      if (this.heap.size === 0) return undefined;
      const key = this.heap.peekKey();
      const value = this.heap.pop();
      this.now = this.dayStart + Math.floor(key / SEQ_SPACE);
      this.dispatch(value & 15, value >>> 4);
    }
    this.timeMs = this.now * 1000;
    return this.out[this.outHead++];
  }

  private dispatch(kind: number, arg: number): void {
    switch (kind) {
      case ARRIVAL:
        this.onArrival(arg);
        break;
      case ABANDON:
      case FLOW_OUT:
        this.onLeave(arg, kind === ABANDON ? 'ABANDONED' : 'FLOWED_OUT');
        break;
      case TALK_END:
        this.onTalkEnd(arg);
        break;
      case WRAP_END:
        this.onWrapEnd(arg);
        break;
      case LOGIN:
        this.onLogin(arg);
        break;
      case ACTIVITY_START:
        this.onActivityStart(arg);
        break;
      case ACTIVITY_END:
        this.onActivityEnd(arg);
        break;
      case LOGOUT:
        this.onLogout(arg);
        break;
      case SURVEY:
        this.onSurvey(arg);
        break;
      case QUALITY:
        this.onQuality(arg);
        break;
      case DRAIN_LIMIT:
        for (let q = 0; q < this.queues.length; q++) {
          while (this.waitingCount[q] > 0) this.onLeave(this.popWaiting(q), 'FLOWED_OUT');
        }
        break;
    }
  }

  private schedule(t: number, kind: number, arg: number): void {
    this.heap.push((t - this.dayStart) * SEQ_SPACE + this.seq++, kind | (arg << 4));
  }

  private scheduleArrival(q: number, after: number): void {
    const t = this.arrivals[q].next(this.arrivalRng, after);
    if (t === Infinity) return;
    this.lastArrival[q] = t;
    this.schedule(Math.floor(t), ARRIVAL, q);
  }

  // ——— contacts ———

  private onArrival(q: number): void {
    const queue = this.queues[q];
    const c = this.newContact(q);
    const rng = this.arrivalRng;
    if (queue.identifiedShare > 0 && rng.uniform() < queue.identifiedShare) {
      const customers = this.customers;
      customers.assign(this.customerRng);
      this.cFlags[c] =
        IDENTIFIED | (customers.willReturn ? WILL_RETURN : 0) | (customers.isReturn ? IS_RETURN : 0);
      this.cCustomerDay[c] = customers.day;
      this.cCustomerIndex[c] = customers.index;
    }
    // Patience is drawn for every arrival, answered at once or not, to keep the stream aligned
    // between runs that differ in staffing (common random numbers).
    const patience = queue.patience === null ? Infinity : Math.max(1, Math.ceil(rng.draw(queue.patience)));
    this.offer(c);
    this.route(c, patience);
    this.scheduleArrival(q, this.lastArrival[q]);
  }

  private newContact(q: number): number {
    if (this.contactCount === this.cQueue.length) this.growContacts(this.cQueue.length * 2);
    const c = this.contactCount++;
    this.cQueue[c] = q;
    this.cOffered[c] = this.now;
    this.cState[c] = WAITING;
    this.cFlags[c] = 0;
    this.cAgent[c] = -1;
    this.cId.push(this.contactPrefix + c);
    return c;
  }

  private offer(c: number): void {
    const q = this.cQueue[c];
    const queue = this.queues[q];
    const occurredAt = this.queueClocks[q].iso(this.now * 1000);
    if ((this.cFlags[c] & IDENTIFIED) !== 0) {
      this.out.push({
        kind: 'contact',
        eventId: this.eventPrefix + this.eventCount++,
        type: 'OFFERED',
        occurredAt,
        contactId: this.cId[c],
        queue: queue.name,
        channel: queue.channel,
        customerId: `${this.customerPrefix}${this.ctx.dateKey(this.cCustomerDay[c])}-${this.cCustomerIndex[c]}`,
      });
    } else {
      this.out.push({
        kind: 'contact',
        eventId: this.eventPrefix + this.eventCount++,
        type: 'OFFERED',
        occurredAt,
        contactId: this.cId[c],
        queue: queue.name,
        channel: queue.channel,
      });
    }
  }

  /** Connects the contact to the best idle agent, or queues it with its patience and timeout. */
  private route(c: number, patience: number): void {
    const q = this.cQueue[c];
    const s = this.takeIdleAgent(q);
    if (s >= 0) {
      this.answer(c, s);
      return;
    }
    this.waiting[q].push(c, 0);
    this.waitingCount[q]++;
    const maxWait = this.queues[q].maxWaitSeconds ?? Infinity;
    if (patience < maxWait) this.schedule(this.now + patience, ABANDON, c);
    else if (maxWait !== Infinity) this.schedule(this.now + maxWait, FLOW_OUT, c);
  }

  /** The most proficient idle agent of the queue, longest idle among equals; −1 if none. */
  private takeIdleAgent(q: number): number {
    for (let p = PROFICIENCY_LEVELS; p >= 1; p--) {
      const fifo = this.idle[q * PROFICIENCY_LEVELS + p - 1];
      while (fifo.size > 0) {
        const s = fifo.first();
        const version = fifo.second();
        fifo.shift();
        if (this.sState[s] === AVAILABLE && this.sVersion[s] === version) return s;
      }
    }
    return -1;
  }

  private onLeave(c: number, type: 'ABANDONED' | 'FLOWED_OUT'): void {
    if (this.cState[c] !== WAITING) return;
    this.cState[c] = GONE;
    const q = this.cQueue[c];
    this.waitingCount[q]--;
    this.out.push({
      kind: 'contact',
      eventId: this.eventPrefix + this.eventCount++,
      type,
      occurredAt: this.queueClocks[q].iso(this.now * 1000),
      contactId: this.cId[c],
      queue: this.queues[q].name,
    });
  }

  private answer(c: number, s: number): void {
    const q = this.cQueue[c];
    const queue = this.queues[q];
    this.cState[c] = ANSWERED;
    this.cAgent[c] = s;
    this.cAnswered[c] = this.now;
    this.sState[s] = ON_CONTACT;
    this.sVersion[s]++;
    this.sContact[s] = c;
    const agentId = this.sAgentId[s];
    this.out.push({
      kind: 'contact',
      eventId: this.eventPrefix + this.eventCount++,
      type: 'ANSWERED',
      occurredAt: this.queueClocks[q].iso(this.now * 1000),
      contactId: this.cId[c],
      queue: queue.name,
      agentId,
    });
    this.emitState(s, 'ON_CONTACT', undefined);
    const rng = this.serviceRng;
    const speed = this.ctx.agentSpeed[this.sAgent[s]];
    const talk = duration(rng.draw(queue.talk) * speed, 1);
    const hold =
      queue.hold.probability > 0 && rng.uniform() < queue.hold.probability
        ? duration(rng.draw(queue.hold.duration), 1)
        : 0;
    const acw = duration(rng.draw(queue.acw) * speed, 0);
    this.cTalk[c] = talk;
    this.cHold[c] = hold;
    this.cAcw[c] = acw;
    if (
      queue.transfer !== null &&
      (this.cFlags[c] & TRANSFER_LEG) === 0 &&
      rng.uniform() < queue.transfer.probability
    ) {
      this.cFlags[c] |= TRANSFERS_OUT;
    }
    this.schedule(this.now + talk + hold, TALK_END, s);
  }

  private onTalkEnd(s: number): void {
    const c = this.sContact[s];
    if ((this.cFlags[c] & TRANSFERS_OUT) !== 0) this.transfer(c, s);
    if (this.cAcw[c] > 0) {
      this.sState[s] = WRAP_UP;
      this.emitState(s, 'AFTER_CONTACT_WORK', undefined);
      this.schedule(this.now + this.cAcw[c], WRAP_END, s);
    } else {
      this.onWrapEnd(s);
    }
  }

  /** Ends the contact's leg in its queue with TRANSFERRED and offers a new leg to the target queue. */
  private transfer(c: number, s: number): void {
    const q = this.cQueue[c];
    const target = this.ctx.queueIndex.get(this.queues[q].transfer?.targetQueue ?? '') ?? q;
    this.out.push({
      kind: 'contact',
      eventId: this.eventPrefix + this.eventCount++,
      type: 'TRANSFERRED',
      occurredAt: this.queueClocks[q].iso(this.now * 1000),
      contactId: this.cId[c],
      queue: this.queues[q].name,
      agentId: this.sAgentId[s],
      targetQueue: this.queues[target].name,
    });
    const leg = this.newContact(target);
    this.cFlags[leg] = (this.cFlags[c] & (IDENTIFIED | WILL_RETURN | IS_RETURN)) | TRANSFER_LEG;
    this.cCustomerDay[leg] = this.cCustomerDay[c];
    this.cCustomerIndex[leg] = this.cCustomerIndex[c];
    const patience = this.queues[target].patience;
    this.offer(leg);
    this.route(leg, patience === null ? Infinity : Math.max(1, Math.ceil(this.serviceRng.draw(patience))));
  }

  private onWrapEnd(s: number): void {
    const c = this.sContact[s];
    const q = this.cQueue[c];
    const queue = this.queues[q];
    this.cState[c] = COMPLETED;
    this.sContact[s] = -1;
    this.out.push({
      kind: 'contact',
      eventId: this.eventPrefix + this.eventCount++,
      type: 'COMPLETED',
      occurredAt: this.queueClocks[q].iso(this.now * 1000),
      contactId: this.cId[c],
      queue: queue.name,
      agentId: this.sAgentId[s],
      talkSeconds: this.cTalk[c],
      holdSeconds: this.cHold[c],
      acwSeconds: this.cAcw[c],
    });
    const rng = this.feedbackRng;
    const limit = this.dayEnd + TRAILING_SECONDS;
    if ((this.cFlags[c] & TRANSFERS_OUT) === 0 && rng.uniform() < queue.survey.probability) {
      this.schedule(
        Math.min(limit, this.now + Math.max(1, Math.round(rng.draw(queue.survey.delay)))),
        SURVEY,
        c,
      );
    }
    if (rng.uniform() < queue.qualityProbability) {
      this.schedule(Math.min(limit, this.now + Math.round(7200 + rng.uniform() * 64800)), QUALITY, c);
    }
    this.agentFree(s);
  }

  private onSurvey(c: number): void {
    const rng = this.feedbackRng;
    const flags = this.cFlags[c];
    const resolved =
      (flags & WILL_RETURN) !== 0
        ? rng.uniform() < 0.25
        : (flags & IS_RETURN) !== 0
          ? rng.uniform() < 0.85
          : rng.uniform() < 0.92;
    const q = this.cQueue[c];
    const longWait = this.cAnswered[c] - this.cOffered[c] > 2 * this.queues[q].settings.slThresholdSeconds;
    const event: Record<string, unknown> = {
      kind: 'survey',
      eventId: this.eventPrefix + this.eventCount++,
      contactId: this.cId[c],
      occurredAt: this.queueClocks[q].iso(this.now * 1000),
    };
    surveyAnswers(rng, resolved, longWait, event);
    this.out.push(event as WireEvent);
  }

  private onQuality(c: number): void {
    const rng = this.feedbackRng;
    const q = this.cQueue[c];
    const s = this.cAgent[c];
    const score = qualityScore(rng, this.ctx.agentQuality[this.sAgent[s]]);
    const evaluators = this.ctx.center.qualityEvaluators;
    const criterion = (): number => Math.min(100, Math.max(0, Math.round(score + 6 * rng.normal())));
    this.out.push({
      kind: 'qualityEvaluation',
      eventId: this.eventPrefix + this.eventCount++,
      contactId: this.cId[c],
      agentId: this.sAgentId[s],
      occurredAt: this.queueClocks[q].iso(this.now * 1000),
      score,
      evaluator: evaluators[rng.int(0, evaluators.length - 1)],
      form: QUALITY_FORMS[this.queues[q].channel],
      criteria: {
        greeting: criterion(),
        accuracy: criterion(),
        compliance: criterion(),
        empathy: criterion(),
      },
    });
  }

  private popWaiting(q: number): number {
    const fifo = this.waiting[q];
    for (;;) {
      const c = fifo.first();
      fifo.shift();
      if (this.cState[c] === WAITING) return c;
    }
  }

  /** Offered time of the queue's longest-waiting contact (stale heads dropped); Infinity if none. */
  private headOffered(q: number): number {
    if (this.waitingCount[q] === 0) return Infinity;
    const fifo = this.waiting[q];
    while (this.cState[fifo.first()] !== WAITING) fifo.shift();
    return this.cOffered[fifo.first()];
  }

  // ——— agents ———

  /**
   * A freed agent takes, from the waiting contacts of its most proficient skill that has any, the
   * one waiting longest. Returns whether it took one.
   */
  private takeWaiting(s: number): boolean {
    const agent = this.sAgent[s];
    const queues = this.ctx.skillQueues[agent];
    const proficiency = this.ctx.skillProficiency[agent];
    let best = -1;
    let bestOffered = Infinity;
    for (let i = 0; i < queues.length; i++) {
      if (best >= 0 && proficiency[i] < proficiency[i - 1]) break;
      const offered = this.headOffered(queues[i]);
      if (offered < bestOffered) {
        bestOffered = offered;
        best = queues[i];
      }
    }
    if (best < 0) return false;
    const c = this.popWaiting(best);
    this.waitingCount[best]--;
    this.answer(c, s);
    return true;
  }

  /** After a contact or an activity: a pending activity, a pending logout, a contact, or idle. */
  private agentFree(s: number): void {
    const pending = this.sPendingActivity[s];
    if (pending >= 0) {
      this.sPendingActivity[s] = -1;
      this.startActivity(s, pending);
      return;
    }
    if (this.sPendingLogout[s] === 1) {
      if (this.sDrain[s] === 0 || !this.takeWaiting(s)) this.logout(s);
      return;
    }
    if (this.takeWaiting(s)) return;
    this.becomeIdle(s, true);
  }

  private becomeIdle(s: number, announce: boolean): void {
    this.sState[s] = AVAILABLE;
    const version = ++this.sVersion[s];
    if (announce) this.emitState(s, 'AVAILABLE', undefined);
    const agent = this.sAgent[s];
    const queues = this.ctx.skillQueues[agent];
    const proficiency = this.ctx.skillProficiency[agent];
    for (let i = 0; i < queues.length; i++) {
      this.idle[queues[i] * PROFICIENCY_LEVELS + proficiency[i] - 1].push(s, version);
    }
  }

  private onLogin(s: number): void {
    this.emitState(s, 'AVAILABLE', undefined);
    this.sState[s] = AVAILABLE;
    if (!this.takeWaiting(s)) this.becomeIdle(s, false);
  }

  private onLogout(s: number): void {
    const state = this.sState[s];
    if (state === AVAILABLE) this.logout(s);
    else if (state !== NOT_IN && state !== LOGGED_OUT) this.sPendingLogout[s] = 1;
  }

  private logout(s: number): void {
    this.sState[s] = LOGGED_OUT;
    this.sVersion[s]++;
    this.emitState(s, 'LOGGED_OUT', undefined);
  }

  private onActivityStart(a: number): void {
    const s = this.aShift[a];
    const state = this.sState[s];
    if (state === AVAILABLE) this.startActivity(s, a);
    else if (
      (state === ON_CONTACT || state === WRAP_UP || state === IN_ACTIVITY) &&
      this.sPendingActivity[s] < 0
    ) {
      this.sPendingActivity[s] = a; // starts when the contact or the current activity ends
    }
  }

  private startActivity(s: number, a: number): void {
    this.sState[s] = IN_ACTIVITY;
    this.sVersion[s]++;
    this.sActivity[s] = a;
    this.emitState(s, this.aState[a], this.aLabel[a]);
    this.schedule(this.now + this.aLength[a], ACTIVITY_END, s);
  }

  private onActivityEnd(s: number): void {
    const a = this.sActivity[s];
    this.sActivity[s] = -1;
    if (this.aState[a] === 'TRAINING') {
      this.out.push({
        kind: 'training',
        eventId: this.eventPrefix + this.eventCount++,
        agentId: this.sAgentId[s],
        occurredAt: this.agentClocks[s].iso(this.now * 1000),
        hours: Math.round((this.aLength[a] / 3600) * 100) / 100,
        topic: this.aLabel[a] ?? 'Training',
      });
    }
    this.agentFree(s);
  }

  private emitState(s: number, state: AgentState, reason: string | undefined): void {
    // Back-to-back activities of the same kind and reason (a pending OTHER right after another
    // OTHER) are one stretch of that state.
    if (state === this.sLastState[s] && reason === this.sLastReason[s]) return;
    this.sLastState[s] = state;
    this.sLastReason[s] = reason;
    const occurredAt = this.agentClocks[s].iso(this.now * 1000);
    if (reason === undefined) {
      this.out.push({
        kind: 'agentState',
        eventId: this.eventPrefix + this.eventCount++,
        agentId: this.sAgentId[s],
        state,
        occurredAt,
      });
    } else {
      this.out.push({
        kind: 'agentState',
        eventId: this.eventPrefix + this.eventCount++,
        agentId: this.sAgentId[s],
        state,
        occurredAt,
        reason,
      });
    }
  }

  /**
   * Per planning group, the end of the last interval in which any of its queues has demand: agents
   * whose shift ends then or later stay until their queues are empty.
   */
  private closingTimes(groups: number, factor: number): Float64Array {
    const closing = new Float64Array(groups).fill(this.dayEnd);
    const { center } = this.ctx;
    center.groups.forEach((g, i) => {
      let last = -1;
      for (const name of g.queues) {
        const q = center.queues.find((x) => x.name === name);
        if (q === undefined || q.channel === 'CLAIM_DESK') continue;
        const perInterval = expectedArrivals(center, q.demand, q.channel, this.dayNumber, factor);
        for (let k = perInterval.length - 1; k > last; k--) {
          if (perInterval[k] > 0) {
            last = k;
            break;
          }
        }
      }
      if (last >= 0) closing[i] = Math.min(this.dayEnd, this.dayStart + (last + 1) * 900);
    });
    return closing;
  }

  private growContacts(capacity: number): void {
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.cQueue = grow(this.cQueue, (n) => new Int32Array(n));
    this.cOffered = grow(this.cOffered, (n) => new Float64Array(n));
    this.cAnswered = grow(this.cAnswered, (n) => new Float64Array(n));
    this.cState = grow(this.cState, (n) => new Uint8Array(n));
    this.cFlags = grow(this.cFlags, (n) => new Uint8Array(n));
    this.cAgent = grow(this.cAgent, (n) => new Int32Array(n));
    this.cCustomerDay = grow(this.cCustomerDay, (n) => new Int32Array(n));
    this.cCustomerIndex = grow(this.cCustomerIndex, (n) => new Int32Array(n));
    this.cTalk = grow(this.cTalk, (n) => new Int32Array(n));
    this.cHold = grow(this.cHold, (n) => new Int32Array(n));
    this.cAcw = grow(this.cAcw, (n) => new Int32Array(n));
  }
}

/** A drawn duration in whole seconds, at least `min`, at most MAX_DURATION_SECONDS. */
function duration(seconds: number, min: number): number {
  return Math.min(MAX_DURATION_SECONDS, Math.max(min, Math.round(seconds)));
}
