import type { ContactEvent, SurveyEvent } from '@servicefloor/contracts';
import {
  agentContactContribution,
  contactContribution,
  emptyContactState,
  FCR_REPEAT_WINDOW_MS,
  foldContactEvent,
  repeatedContactIds,
  type ContactState,
} from '@servicefloor/metrics';
import { chunk, insertRows, sql, type Dialect, type SqlProgram } from '../database/sql-program.js';
import {
  CONTACT_COLUMNS,
  contactFromRow,
  contactToRow,
  type ContactRow,
  type StoredContact,
} from './contact-rows.js';
import type { QueueDirectory } from './queue-info.js';
import { reattributeEvaluations, type AgentZone } from './apply-agent-events.js';
import type { AgentRollupDeltas, QueueRollupDeltas } from './rollup-deltas.js';

export interface TimedEvent<E> {
  event: E;
  at: number;
}

/**
 * Folds a batch's contact and survey events into the stored contacts and turns every change of a
 * contact's contribution into roll-up deltas (take back the old contribution, add the new one).
 * Derived FCR looks across each affected customer's contacts within 7 days, so a late repeat
 * contact also changes the earlier contact's figures.
 */
export function* applyContactEvents(
  dialect: Dialect,
  events: TimedEvent<ContactEvent | SurveyEvent>[],
  queues: QueueDirectory,
  zoneOf: AgentZone,
  deltas: { queues: QueueRollupDeltas; agents: AgentRollupDeltas },
): SqlProgram<void> {
  if (events.length === 0) return;
  const ids = [...new Set(events.map((e) => e.event.contactId))];
  const before = yield* loadContacts(ids);
  const after = new Map<string, StoredContact>();
  for (const { event, at } of events) {
    const current = after.get(event.contactId) ?? before.get(event.contactId) ?? newContact(event, queues);
    const state = foldContactEvent(current.state, event, at);
    after.set(event.contactId, { ...current, state, queueId: queueIdOf(state, current, event, queues) });
  }

  yield* markRepeatContacts(before, after);

  const agentChanged = new Map<string, string | null>();
  for (const [id, next] of after) {
    const previous = before.get(id) ?? null;
    if (previous) takeBack(previous, queues, zoneOf, deltas);
    const queue = next.queueId === null ? undefined : queues.byId.get(next.queueId);
    next.applied = queue
      ? {
          slThresholdSeconds: queue.settings.slThresholdSeconds,
          shortAbandonSeconds: queue.settings.shortAbandonSeconds,
        }
      : null;
    if (queue && next.applied) {
      const contribution = contactContribution(next.state, next.applied);
      if (contribution)
        deltas.queues.add(queue.id, contribution.intervalStart, queue.timeZone, contribution.counters, 1);
    }
    addAgentShare(next, zoneOf, deltas.agents, 1);
    if ((previous?.state.agentId ?? null) !== (next.state.agentId ?? null))
      agentChanged.set(id, next.state.agentId ?? null);
  }
  yield* saveContacts(dialect, [...after.values()]);
  if (agentChanged.size > 0) yield* reattributeEvaluations(agentChanged, zoneOf, deltas.agents);
}

function takeBack(
  contact: StoredContact,
  queues: QueueDirectory,
  zoneOf: AgentZone,
  deltas: { queues: QueueRollupDeltas; agents: AgentRollupDeltas },
): void {
  addAgentShare(contact, zoneOf, deltas.agents, -1);
  const queue = contact.queueId === null ? undefined : queues.byId.get(contact.queueId);
  if (!queue || !contact.applied) return;
  const contribution = contactContribution(contact.state, contact.applied);
  if (contribution)
    deltas.queues.add(queue.id, contribution.intervalStart, queue.timeZone, contribution.counters, -1);
}

/** A completed contact's handled count and handle time for its agent. */
function addAgentShare(
  contact: StoredContact,
  zoneOf: AgentZone,
  deltas: AgentRollupDeltas,
  sign: 1 | -1,
): void {
  const share = agentContactContribution(contact.state);
  const agentId = contact.state.agentId;
  if (share && agentId) deltas.add(agentId, share.intervalStart, zoneOf(agentId), share.counters, sign);
}

function newContact(event: ContactEvent | SurveyEvent, queues: QueueDirectory): StoredContact {
  const queueName = event.kind === 'contact' ? event.queue : '';
  return {
    state: emptyContactState(event.contactId, queueName),
    queueId: queues.byName.get(queueName)?.id ?? null,
    applied: null,
  };
}

/** The queue a contact belongs to: its earliest OFFERED event's, else the first one seen. */
function queueIdOf(
  state: ContactState,
  current: StoredContact,
  event: ContactEvent | SurveyEvent,
  queues: QueueDirectory,
): number | null {
  if (state.offeredEventId !== null && state.offeredEventId !== current.state.offeredEventId) {
    return queues.byName.get(state.queue)?.id ?? current.queueId;
  }
  if (current.queueId === null && event.kind === 'contact') return queues.byName.get(event.queue)?.id ?? null;
  return current.queueId;
}

/** What decides a stored contact's repeat flag, read from the index without its row. */
interface RepeatKey {
  contactId: string;
  customerId: string;
  offeredAt: number;
  repeated: boolean;
}

/**
 * Derived FCR: a contact is "repeated" when the same customer was offered another contact within
 * the 7 days after it. Recomputed for every contact of each customer the batch touched, from the
 * index (customerId, offeredAt, contactId, repeatWithin7Days) alone: only the contacts whose flag
 * changes (mostly each customer's previous contact) are read whole, not every contact of the
 * last 7 days (about 9 per new contact once a week of history exists, each on a page of its own).
 */
function* markRepeatContacts(
  before: Map<string, StoredContact>,
  after: Map<string, StoredContact>,
): SqlProgram<void> {
  const windows = new Map<string, { from: number; to: number }>();
  for (const [id, next] of after) {
    const customer = next.state.customerId;
    const offeredAt = next.state.offeredAt;
    const prev = before.get(id)?.state;
    if (!customer || offeredAt == null) continue;
    if (prev && prev.customerId === customer && prev.offeredAt === offeredAt) continue;
    const window = windows.get(customer) ?? { from: offeredAt, to: offeredAt };
    window.from = Math.min(window.from, offeredAt, prev?.offeredAt ?? offeredAt);
    window.to = Math.max(window.to, offeredAt, prev?.offeredAt ?? offeredAt);
    windows.set(customer, window);
  }
  if (windows.size === 0) return;

  const stored = new Map<string, RepeatKey>();
  for (const part of chunk([...windows], 400)) {
    const from = Math.min(...part.map(([, w]) => w.from)) - FCR_REPEAT_WINDOW_MS;
    const to = Math.max(...part.map(([, w]) => w.to)) + FCR_REPEAT_WINDOW_MS;
    const rows = yield* sql<Record<string, unknown>>(
      `SELECT "contactId", "customerId", "offeredAt", "repeatWithin7Days" FROM contacts WHERE "customerId" IN (${part.map(() => '?').join(', ')}) AND "offeredAt" >= ? AND "offeredAt" <= ?`,
      [...part.map(([c]) => c), from, to],
    );
    for (const row of rows) {
      const contactId = String(row.contactId);
      stored.set(contactId, {
        contactId,
        customerId: String(row.customerId),
        offeredAt: Number(row.offeredAt),
        repeated: Number(row.repeatWithin7Days) === 1,
      });
    }
  }

  // Per customer: the stored keys, overridden by the batch's contacts (their new state).
  const byCustomer = new Map<string, Map<string, RepeatKey>>();
  const put = (key: RepeatKey) => {
    const list = byCustomer.get(key.customerId) ?? new Map<string, RepeatKey>();
    list.set(key.contactId, key);
    byCustomer.set(key.customerId, list);
  };
  for (const key of stored.values()) if (!after.has(key.contactId)) put(key);
  for (const contact of before.values()) if (!after.has(contact.state.contactId)) putContact(put, contact);
  for (const contact of after.values()) putContact(put, contact);

  const toRead = new Map<string, boolean>();
  for (const [customer, list] of byCustomer) {
    const window = windows.get(customer);
    if (!window) continue;
    const keys = [...list.values()];
    const repeated = repeatedContactIds(keys);
    for (const key of keys) {
      // Only contacts whose following 7 days lie wholly inside what was loaded are judged.
      if (key.offeredAt < window.from - FCR_REPEAT_WINDOW_MS || key.offeredAt > window.to) continue;
      const isRepeated = repeated.has(key.contactId);
      if (key.repeated === isRepeated) continue;
      const current = after.get(key.contactId) ?? before.get(key.contactId);
      if (current) after.set(key.contactId, withRepeat(current, isRepeated));
      else toRead.set(key.contactId, isRepeated);
    }
  }
  // The contacts whose flag changes and that the batch did not touch: read whole, then changed.
  const read = yield* loadContacts([...toRead.keys()]);
  for (const [id, contact] of read) {
    before.set(id, contact);
    after.set(id, withRepeat(contact, toRead.get(id)!));
  }
}

function putContact(put: (key: RepeatKey) => void, contact: StoredContact): void {
  const { contactId, customerId, offeredAt, repeatWithin7Days } = contact.state;
  if (!customerId || offeredAt == null) return;
  put({ contactId, customerId, offeredAt, repeated: repeatWithin7Days === true });
}

function withRepeat(contact: StoredContact, repeated: boolean): StoredContact {
  return { ...contact, state: { ...contact.state, repeatWithin7Days: repeated ? true : null } };
}

function* loadContacts(ids: string[]): SqlProgram<Map<string, StoredContact>> {
  const found = new Map<string, StoredContact>();
  for (const part of chunk(ids, 500)) {
    const rows = yield* sql<ContactRow>(
      `SELECT * FROM contacts WHERE "contactId" IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const row of rows) {
      const contact = contactFromRow(row);
      found.set(contact.state.contactId, contact);
    }
  }
  return found;
}

function* saveContacts(dialect: Dialect, contacts: StoredContact[]): SqlProgram<void> {
  const updates = CONTACT_COLUMNS.slice(1)
    .map(([c]) => `"${c}" = excluded."${c}"`)
    .join(', ');
  yield* insertRows(
    dialect,
    'contacts',
    CONTACT_COLUMNS,
    contacts.map(contactToRow),
    `ON CONFLICT ("contactId") DO UPDATE SET ${updates}`,
  );
}
