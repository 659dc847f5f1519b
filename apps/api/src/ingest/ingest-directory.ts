import type { Dialect } from '../database/sql-program.js';
import type { ApplyContext } from './apply-events.js';
import { queueDirectory, type QueueInfo } from './queue-info.js';

/**
 * The directory as the ingestion pipeline reads it, as plain data: it is built on the API's main
 * thread and sent to the SQLite writer thread (see ingest-writer.ts) whenever it changes.
 */
export interface IngestDirectory {
  /** Increases with every re-read, so a thread that has this version need not be sent it again. */
  version: number;
  queues: QueueInfo[];
  /** Each agent's site time zone. */
  agentZones: [agentId: string, timeZone: string][];
  /** The first site's time zone, for agents not (yet) in the directory. */
  fallbackZone: string;
}

/** What the store-and-apply step needs: queues by name and id, each agent's time zone. */
export function applyContextOf(dialect: Dialect, directory: IngestDirectory): ApplyContext {
  const zones = new Map(directory.agentZones);
  return {
    dialect,
    queues: queueDirectory(directory.queues),
    zoneOf: (agentId) => zones.get(agentId) ?? directory.fallbackZone,
  };
}
