import type { ContactEvent, SurveyEvent } from '@servicefloor/contracts';
import type { ContactRecord } from './contact-contribution.js';

/**
 * A contact as stored: its ContactRecord plus what is needed to fold further events into it so
 * that the result depends on the set of events, never on the order they arrive in.
 */
export interface ContactState extends ContactRecord {
  /** eventId of the earliest OFFERED event, whose queue the contact belongs to (ties by eventId). */
  offeredEventId: string | null;
  /** Agents named by the earliest ANSWERED and the kept COMPLETED event; agentId is the first, else the second. */
  answeredAgentId: string | null;
  completedAgentId: string | null;
  /** eventId of the COMPLETED event whose figures are kept (the latest; ties by eventId). */
  completedEventId: string | null;
  /** Time and eventId of the survey whose answers are kept (the latest; ties by eventId). */
  surveyAt: number | null;
  surveyEventId: string | null;
}

/** A contact about which nothing is known yet. */
export function emptyContactState(contactId: string, queue: string): ContactState {
  return {
    contactId,
    queue,
    customerId: null,
    offeredAt: null,
    answeredAt: null,
    abandonedAt: null,
    flowedOutAt: null,
    completedAt: null,
    agentId: null,
    talkSeconds: null,
    holdSeconds: null,
    acwSeconds: null,
    transfers: 0,
    repeatWithin7Days: null,
    survey: null,
    offeredEventId: null,
    answeredAgentId: null,
    completedAgentId: null,
    completedEventId: null,
    surveyAt: null,
    surveyEventId: null,
  };
}

/**
 * Folds one contact or survey event (already validated and de-duplicated) into a contact's state,
 * returning a new state. Every rule is a commutative choice, so any arrival order of the same
 * events gives the same state:
 * - offeredAt, answeredAt, abandonedAt, flowedOutAt: the earliest time of that type;
 * - the queue: the earliest OFFERED event's (ties by the smaller eventId); before any OFFERED the
 *   queue named by the first event seen stands in (the contact contributes nothing until offered);
 * - agentId: the earliest ANSWERED event's agent, else the kept COMPLETED event's;
 * - completedAt with talk/hold/ACW: the latest COMPLETED event (ties by the larger eventId);
 * - transfers: the number of TRANSFERRED events;
 * - customerId: the smallest one seen (sources normally agree; this only makes conflicts stable);
 * - survey: the latest survey (ties by the larger eventId).
 */
export function foldContactEvent(
  state: ContactState,
  event: ContactEvent | SurveyEvent,
  at: number,
): ContactState {
  const next: ContactState = { ...state };
  if (event.kind === 'survey') {
    if (
      next.surveyAt === null ||
      at > next.surveyAt ||
      (at === next.surveyAt && event.eventId > (next.surveyEventId ?? ''))
    ) {
      next.surveyAt = at;
      next.surveyEventId = event.eventId;
      next.survey = { csat: event.csat, nps: event.nps ?? null, resolved: event.resolved ?? null };
    }
    return next;
  }
  if (event.customerId !== undefined && (next.customerId == null || event.customerId < next.customerId)) {
    next.customerId = event.customerId;
  }
  switch (event.type) {
    case 'OFFERED': {
      const earlier = next.offeredAt == null || at < next.offeredAt;
      const tie = next.offeredAt === at && event.eventId < (next.offeredEventId ?? '');
      if (earlier || tie) {
        next.offeredAt = at;
        next.offeredEventId = event.eventId;
        next.queue = event.queue;
      }
      break;
    }
    case 'ANSWERED':
      if (next.answeredAt == null || at < next.answeredAt) {
        next.answeredAt = at;
        next.answeredAgentId = event.agentId ?? null;
      }
      break;
    case 'ABANDONED':
      next.abandonedAt = minTime(next.abandonedAt, at);
      break;
    case 'FLOWED_OUT':
      next.flowedOutAt = minTime(next.flowedOutAt, at);
      break;
    case 'TRANSFERRED':
      next.transfers += 1;
      break;
    case 'COMPLETED':
      if (
        next.completedAt == null ||
        at > next.completedAt ||
        (at === next.completedAt && event.eventId > (next.completedEventId ?? ''))
      ) {
        next.completedAt = at;
        next.completedEventId = event.eventId;
        next.talkSeconds = event.talkSeconds ?? 0;
        next.holdSeconds = event.holdSeconds ?? 0;
        next.acwSeconds = event.acwSeconds ?? 0;
        next.completedAgentId = event.agentId ?? null;
      }
      break;
  }
  next.agentId = next.answeredAgentId ?? next.completedAgentId;
  return next;
}

function minTime(current: number | null | undefined, at: number): number {
  return current == null ? at : Math.min(current, at);
}
