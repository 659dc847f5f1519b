import type { AgentState } from '@servicefloor/contracts';
import { contactMetrics, emptyContactCounters, type ContactCounters } from '@servicefloor/metrics';
import type { AlertRule } from '../alerts/alert-rules.js';
import type { LiveDirectory, LiveAgentInfo, LiveQueueInfo } from './live-directory.js';
import type { LiveModel } from './live-model.js';
import type { LiveAgent, LiveAgentCounts, LiveQueue } from './models/live.models.js';

/** Today's counters of a queue (sum of its interval roll-ups since local midnight). */
export interface TodayStats {
  dayStart: number;
  dayEnd: number;
  /** YYYY-MM-DD in the site's zone. */
  date: string;
  counters: ContactCounters;
  readAt: number;
}

/** A claim desk's open claims and today's claim counters (claims, claim_day_stats). */
export interface ClaimStats {
  backlog: number;
  oldestOpenedAt: number | null;
  opened: number;
  settled: number;
  settledWithinSla: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

const COUNT_FIELD: Record<AgentState, keyof Omit<LiveAgentCounts, 'loggedIn' | 'total'>> = {
  AVAILABLE: 'available',
  ON_CONTACT: 'onContact',
  AFTER_CONTACT_WORK: 'afterContactWork',
  BREAK: 'break',
  MEAL: 'meal',
  TRAINING: 'training',
  MEETING: 'meeting',
  OTHER: 'other',
  LOGGED_OUT: 'loggedOut',
};

/** A queue now: depth and longest wait from the live model, today from the roll-ups, the rolling window. */
export function queueView(
  queue: LiveQueueInfo,
  model: LiveModel,
  directory: LiveDirectory,
  today: TodayStats | undefined,
  activeAlerts: AlertRule[],
  now: number,
  fallbackDate: string,
  claims?: ClaimStats,
): LiveQueue {
  const { depth, oldestOfferedAt } = model.queueDepth(queue.id);
  const rolling = model.rolling(queue.id, now);
  const agents: LiveAgentCounts = {
    available: 0,
    onContact: 0,
    afterContactWork: 0,
    break: 0,
    meal: 0,
    training: 0,
    meeting: 0,
    other: 0,
    loggedOut: 0,
    loggedIn: 0,
    total: 0,
  };
  for (const agent of directory.agentsByQueue.get(queue.id) ?? []) {
    const state = model.agentStates.get(agent.agentId)?.state ?? 'LOGGED_OUT';
    agents[COUNT_FIELD[state]]++;
    agents.total++;
    if (state !== 'LOGGED_OUT') agents.loggedIn++;
  }
  return {
    id: String(queue.id),
    name: queue.name,
    channel: queue.channel,
    siteId: queue.siteId,
    timeZone: queue.timeZone,
    slTarget: queue.settings.slTarget,
    slThresholdSeconds: queue.settings.slThresholdSeconds,
    alertMaxDepth: queue.alertMaxDepth,
    alertMaxWaitSeconds: queue.alertMaxWaitSeconds,
    depth,
    longestWaitSeconds: oldestOfferedAt === null ? 0 : Math.max(0, now - oldestOfferedAt) / 1000,
    oldestWaitingSince: oldestOfferedAt === null ? null : iso(oldestOfferedAt),
    agents,
    todayDate: today?.date ?? fallbackDate,
    today: contactMetrics(today?.counters ?? emptyContactCounters(), queue.settings),
    last30MinutesFrom: iso(rolling.from),
    last30Minutes: contactMetrics(rolling.counters, queue.settings),
    activeAlerts,
    claims:
      queue.channel !== 'CLAIM_DESK'
        ? null
        : {
            backlog: claims?.backlog ?? 0,
            oldestOpenSince: claims?.oldestOpenedAt == null ? null : iso(claims.oldestOpenedAt),
            oldestOpenSeconds:
              claims?.oldestOpenedAt == null ? 0 : Math.max(0, now - claims.oldestOpenedAt) / 1000,
            openedToday: claims?.opened ?? 0,
            settledToday: claims?.settled ?? 0,
            settledWithinSlaToday: claims?.settledWithinSla ?? 0,
            settledInSlaRate: claims && claims.settled > 0 ? claims.settledWithinSla / claims.settled : null,
            claimSlaHours: queue.settings.claimSlaHours,
          },
  };
}

/** An agent now: latest state, time in it and the contact it is connected to. */
export function agentView(
  agent: LiveAgentInfo,
  model: LiveModel,
  directory: LiveDirectory,
  activeAlert: AlertRule | null,
  now: number,
): LiveAgent {
  const point = model.agentStates.get(agent.agentId);
  const contact = model.currentContact(agent.agentId);
  const queue = contact?.queueId == null ? undefined : directory.queues.get(contact.queueId);
  return {
    id: String(agent.id),
    agentId: agent.agentId,
    name: agent.name,
    teamId: agent.teamId,
    queueIds: agent.queueIds,
    state: point?.state ?? 'LOGGED_OUT',
    reason: point?.reason ?? null,
    since: point ? iso(point.at) : null,
    secondsInState: point ? Math.max(0, now - point.at) / 1000 : null,
    currentContact:
      contact && contact.state.answeredAt != null
        ? {
            contactId: contact.state.contactId,
            queueId: contact.queueId === null ? null : String(contact.queueId),
            queue: queue?.name ?? null,
            answeredAt: iso(contact.state.answeredAt),
            seconds: Math.max(0, now - contact.state.answeredAt) / 1000,
          }
        : null,
    activeAlert,
  };
}

/** Contacts with an outcome in a set of counters (the sample a service level rests on). */
export function contactsWithOutcome(counters: {
  answered: number;
  abandoned: number;
  flowedOut: number;
}): number {
  return counters.answered + counters.abandoned + counters.flowedOut;
}
