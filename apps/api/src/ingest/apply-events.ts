import type {
  AgentStateEvent,
  ClaimEvent,
  ContactEvent,
  QualityEvaluationEvent,
  SurveyEvent,
  TrainingEvent,
  WireEvent,
} from '@servicefloor/contracts';
import type { Dialect, SqlProgram } from '../database/sql-program.js';
import {
  applyAgentStateEvents,
  applyQualityEvaluations,
  applyTrainingEvents,
  type AgentZone,
} from './apply-agent-events.js';
import { applyClaimEvents } from './apply-claim-events.js';
import { applyContactEvents, type TimedEvent } from './apply-contact-events.js';
import type { QueueDirectory } from './queue-info.js';
import { AgentRollupDeltas, ClaimRollupDeltas, QueueRollupDeltas } from './rollup-deltas.js';

/** What a batch changed, for live updates. */
export interface AppliedChanges {
  queueIds: Set<number>;
  agentIds: Set<string>;
  /** The earliest local day (start, epoch ms) whose queue roll-ups changed; absent: unknown (any). */
  earliestQueueDay?: number | null;
}

/** The directory as ingestion needs it: queues by name and id, and each agent's site time zone. */
export interface ApplyContext {
  dialect: Dialect;
  queues: QueueDirectory;
  zoneOf: AgentZone;
}

function ofKind<K extends WireEvent['kind']>(events: TimedEvent<WireEvent>[], ...kinds: K[]) {
  return events.filter((e) => (kinds as string[]).includes(e.event.kind)) as TimedEvent<
    Extract<WireEvent, { kind: K }>
  >[];
}

/**
 * Applies accepted (new, validated) events to the derived state — contacts, agent timelines,
 * evaluations and roll-ups. The one path for every door (GraphQL, NDJSON, CLI import, simulator)
 * and for `rebuild`. Contacts go first, so evaluations in the same batch find their contact's agent.
 */
export function* applyEvents(
  context: ApplyContext,
  events: TimedEvent<WireEvent>[],
): SqlProgram<AppliedChanges> {
  const deltas = { queues: new QueueRollupDeltas(), agents: new AgentRollupDeltas() };
  const claims = new ClaimRollupDeltas();
  yield* applyContactEvents(
    context.dialect,
    ofKind(events, 'contact', 'survey') as TimedEvent<ContactEvent | SurveyEvent>[],
    context.queues,
    context.zoneOf,
    deltas,
  );
  const agents = yield* applyAgentStateEvents(
    context.dialect,
    ofKind(events, 'agentState') as TimedEvent<AgentStateEvent>[],
    context.zoneOf,
    deltas.agents,
  );
  yield* applyQualityEvaluations(
    ofKind(events, 'qualityEvaluation') as TimedEvent<QualityEvaluationEvent>[],
    context.zoneOf,
    deltas.agents,
  );
  applyTrainingEvents(
    ofKind(events, 'training') as TimedEvent<TrainingEvent>[],
    context.zoneOf,
    deltas.agents,
  );
  yield* applyClaimEvents(
    context.dialect,
    ofKind(events, 'claim') as TimedEvent<ClaimEvent>[],
    context.queues,
    claims,
  );
  yield* deltas.queues.write(context.dialect);
  yield* claims.write(context.dialect);
  for (const id of claims.touched) deltas.queues.touched.add(id);
  yield* deltas.agents.write(context.dialect);
  for (const id of deltas.agents.touched) agents.add(String(id));
  return {
    queueIds: deltas.queues.touched as Set<number>,
    agentIds: agents,
    earliestQueueDay: deltas.queues.earliestDay(),
  };
}
