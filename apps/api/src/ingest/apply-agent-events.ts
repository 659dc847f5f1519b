import type { AgentStateEvent, QualityEvaluationEvent, TrainingEvent } from '@servicefloor/contracts';
import type { AgentState } from '@servicefloor/contracts';
import {
  agentStateContribution,
  qaEvaluationContribution,
  trainingContribution,
} from '@servicefloor/metrics';
import {
  chunk,
  insertRows,
  rowsPerStatement,
  sql,
  valuesList,
  type ColumnType,
  type Dialect,
  type SqlProgram,
} from '../database/sql-program.js';
import type { TimedEvent } from './apply-contact-events.js';
import type { AgentRollupDeltas } from './rollup-deltas.js';

/** One point of an agent's state timeline. */
interface StatePoint {
  at: number;
  eventId: string;
  state: AgentState;
  reason: string | null;
}

/** The site time zone whose days an agent's figures are cut into. */
export type AgentZone = (agentId: string) => string;

const before = (a: StatePoint, b: StatePoint) => a.at < b.at || (a.at === b.at && a.eventId < b.eventId);

/**
 * Inserts agent state events into each agent's timeline and turns the changed segments into
 * roll-up deltas: the time between two consecutive events belongs to the earlier one's state.
 * In-order events (the usual case) need only the agent's last state; a late event takes back the
 * segment it splits and adds the two halves. The open segment after the last event is not
 * counted until the next event closes it (the live floor shows it).
 */
export function* applyAgentStateEvents(
  dialect: Dialect,
  events: TimedEvent<AgentStateEvent>[],
  zoneOf: AgentZone,
  deltas: AgentRollupDeltas,
): SqlProgram<Set<string>> {
  if (events.length === 0) return new Set();
  const byAgent = new Map<string, StatePoint[]>();
  for (const { event, at } of events) {
    const list = byAgent.get(event.agentId) ?? [];
    list.push({ at, eventId: event.eventId, state: event.state, reason: event.reason ?? null });
    byAgent.set(event.agentId, list);
  }
  const lasts = yield* loadLastStates([...byAgent.keys()]);
  const newLasts: [string, StatePoint][] = [];
  for (const [agentId, points] of byAgent) {
    points.sort((a, b) => (before(a, b) ? -1 : 1));
    const last = lasts.get(agentId);
    const first = points[0];
    const latest = points[points.length - 1];
    const oldChain =
      !last || before(last, first) ? (last ? [last] : []) : yield* neighbourhood(agentId, first, latest);
    const newChain = [...oldChain, ...points].sort((a, b) => (before(a, b) ? -1 : 1));
    const zone = zoneOf(agentId);
    addSegments(agentId, oldChain, zone, deltas, -1);
    addSegments(agentId, newChain, zone, deltas, 1);
    if (!last || before(last, latest)) newLasts.push([agentId, latest]);
  }
  yield* insertTimeline(
    dialect,
    [...byAgent].flatMap(([agentId, points]) => points.map((p) => [agentId, p] as const)),
  );
  yield* saveLastStates(dialect, newLasts);
  return new Set(byAgent.keys());
}

function addSegments(
  agentId: string,
  chain: StatePoint[],
  zone: string,
  deltas: AgentRollupDeltas,
  sign: 1 | -1,
): void {
  for (let i = 0; i + 1 < chain.length; i++) {
    for (const part of agentStateContribution(chain[i].state, chain[i].at, chain[i + 1].at)) {
      deltas.add(agentId, part.intervalStart, zone, part.counters, sign);
    }
  }
}

/**
 * The stored points from the one before `first` to the one after `latest` (for a late event), in
 * one statement: when history is loaded newest first every agent of every batch needs this.
 * Row values bound the primary key's range directly (an OR of two comparisons read every earlier
 * row of the agent: 4× slower, and slower still as history grows).
 */
function* neighbourhood(agentId: string, first: StatePoint, latest: StatePoint): SqlProgram<StatePoint[]> {
  const rows = yield* sql<Record<string, unknown>>(
    `SELECT * FROM (SELECT * FROM agent_states WHERE "agentId" = ? AND ("at", "eventId") < (?, ?) ORDER BY "at" DESC, "eventId" DESC LIMIT 1) AS before_span
     UNION ALL SELECT * FROM agent_states WHERE "agentId" = ? AND "at" >= ? AND "at" <= ?
     UNION ALL SELECT * FROM (SELECT * FROM agent_states WHERE "agentId" = ? AND ("at", "eventId") > (?, ?) ORDER BY "at", "eventId" LIMIT 1) AS after_span`,
    [agentId, first.at, first.eventId, agentId, first.at, latest.at, agentId, latest.at, latest.eventId],
  );
  // The middle part may repeat the outer rows or hold points just outside the range (same time,
  // other event id): keep each point once, the span itself, and its nearest neighbours.
  const points = [...new Map(rows.map((row) => [String(row.eventId), toPoint(row)])).values()];
  const between = points.filter((p) => !before(p, first) && !before(latest, p));
  const earlier = points.filter((p) => before(p, first));
  const later = points.filter((p) => before(latest, p));
  const previous = earlier.reduce<StatePoint | null>((a, p) => (a && before(p, a) ? a : p), null);
  const following = later.reduce<StatePoint | null>((a, p) => (a && before(a, p) ? a : p), null);
  return [...(previous ? [previous] : []), ...between, ...(following ? [following] : [])].sort((a, b) =>
    before(a, b) ? -1 : 1,
  );
}

function toPoint(row: Record<string, unknown>): StatePoint {
  return {
    at: Number(row.at),
    eventId: String(row.eventId),
    state: row.state as AgentState,
    reason: row.reason == null ? null : String(row.reason),
  };
}

function* loadLastStates(agentIds: string[]): SqlProgram<Map<string, StatePoint>> {
  const found = new Map<string, StatePoint>();
  for (const part of chunk(agentIds, 500)) {
    const rows = yield* sql<Record<string, unknown>>(
      `SELECT * FROM agent_last_states WHERE "agentId" IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const row of rows) found.set(String(row.agentId), toPoint(row));
  }
  return found;
}

const STATE_COLUMNS: [string, ColumnType][] = [
  ['agentId', 'text'],
  ['at', 'bigint'],
  ['eventId', 'text'],
  ['state', 'text'],
  ['reason', 'text'],
];

const stateRow = ([agentId, p]: readonly [string, StatePoint]) => [
  agentId,
  p.at,
  p.eventId,
  p.state,
  p.reason,
];

// Through insertRows (SQLite: statements of at most 256 rows; PostgreSQL: one unnest statement):
// kept prepared, every length of up to 4,096 rows of the two tables took about 8 MB.
function* insertTimeline(dialect: Dialect, rows: (readonly [string, StatePoint])[]): SqlProgram<void> {
  yield* insertRows(dialect, 'agent_states', STATE_COLUMNS, rows.map(stateRow), 'ON CONFLICT DO NOTHING');
}

function* saveLastStates(dialect: Dialect, rows: [string, StatePoint][]): SqlProgram<void> {
  yield* insertRows(
    dialect,
    'agent_last_states',
    STATE_COLUMNS,
    rows.map(stateRow),
    `ON CONFLICT ("agentId") DO UPDATE SET "at" = excluded."at", "eventId" = excluded."eventId", "state" = excluded."state", "reason" = excluded."reason"`,
  );
}

/** Training hours count for the agent in the interval of the session. */
export function applyTrainingEvents(
  events: TimedEvent<TrainingEvent>[],
  zoneOf: AgentZone,
  deltas: AgentRollupDeltas,
): void {
  for (const { event, at } of events) {
    const part = trainingContribution(event.hours, at);
    deltas.add(event.agentId, part.intervalStart, zoneOf(event.agentId), part.counters, 1);
  }
}

/**
 * Stores quality evaluations and counts each for its agent: the one it names, else its contact's
 * agent once that is known. Evaluations waiting for their contact's agent are attributed when the
 * contact's agent arrives (reattributeEvaluations).
 */
export function* applyQualityEvaluations(
  events: TimedEvent<QualityEvaluationEvent>[],
  zoneOf: AgentZone,
  deltas: AgentRollupDeltas,
): SqlProgram<void> {
  if (events.length === 0) return;
  const contactIds = [
    ...new Set(events.filter((e) => !e.event.agentId && e.event.contactId).map((e) => e.event.contactId!)),
  ];
  const contactAgents = yield* agentsOfContacts(contactIds);
  const rows = events.map(({ event, at }) => {
    const attributed =
      event.agentId ?? (event.contactId ? (contactAgents.get(event.contactId) ?? null) : null);
    if (attributed) {
      const part = qaEvaluationContribution(event.score, at);
      deltas.add(attributed, part.intervalStart, zoneOf(attributed), part.counters, 1);
    }
    return [
      event.eventId,
      event.contactId ?? null,
      event.agentId ?? null,
      attributed,
      at,
      event.score,
      event.evaluator,
      event.form ?? null,
      event.criteria ? JSON.stringify(event.criteria) : null,
    ];
  });
  for (const part of chunk(rows, rowsPerStatement(9))) {
    yield* sql(
      `INSERT INTO quality_evaluations ("eventId", "contactId", "agentId", "attributedAgentId", "at", "score", "evaluator", "form", "criteria") VALUES ${valuesList(part.length, 9)} ON CONFLICT DO NOTHING`,
      part.flat(),
    );
  }
}

/** Moves evaluations that name only a contact to the contact's (new) agent. */
export function* reattributeEvaluations(
  changed: Map<string, string | null>,
  zoneOf: AgentZone,
  deltas: AgentRollupDeltas,
): SqlProgram<void> {
  const ids = [...changed.keys()];
  for (const part of chunk(ids, 500)) {
    const rows = yield* sql<Record<string, unknown>>(
      `SELECT "eventId", "contactId", "attributedAgentId", "at", "score" FROM quality_evaluations WHERE "agentId" IS NULL AND "contactId" IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const row of rows) {
      const previous = row.attributedAgentId == null ? null : String(row.attributedAgentId);
      const next = changed.get(String(row.contactId)) ?? null;
      if (previous === next) continue;
      const contribution = qaEvaluationContribution(Number(row.score), Number(row.at));
      if (previous)
        deltas.add(previous, contribution.intervalStart, zoneOf(previous), contribution.counters, -1);
      if (next) deltas.add(next, contribution.intervalStart, zoneOf(next), contribution.counters, 1);
      yield* sql(`UPDATE quality_evaluations SET "attributedAgentId" = ? WHERE "eventId" = ?`, [
        next,
        row.eventId,
      ]);
    }
  }
}

function* agentsOfContacts(contactIds: string[]): SqlProgram<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunk(contactIds, 500)) {
    const rows = yield* sql<Record<string, unknown>>(
      `SELECT "contactId", "answeredAgentId", "completedAgentId" FROM contacts WHERE "contactId" IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const row of rows) {
      const agent = row.answeredAgentId ?? row.completedAgentId;
      if (agent != null) found.set(String(row.contactId), String(agent));
    }
  }
  return found;
}
