import type { AlertNames, AlertRecord } from './alerts.service.js';
import type { Alert } from './models/alert.model.js';

/** An alert as GraphQL shows it (times ISO 8601, UTC). */
export function alertView(record: AlertRecord, names: AlertNames): Alert {
  return {
    id: String(record.id),
    rule: record.rule,
    queueId: record.queueId === null ? null : String(record.queueId),
    queue: names.queue,
    agentId: record.agentId,
    agentName: names.agentName,
    teamId: names.teamId,
    agentState: record.agentState,
    raisedAt: new Date(record.raisedAt).toISOString(),
    clearedAt: record.clearedAt === null ? null : new Date(record.clearedAt).toISOString(),
    active: record.clearedAt === null,
    value: record.value,
    threshold: record.threshold,
    clearedValue: record.clearedValue,
  };
}
