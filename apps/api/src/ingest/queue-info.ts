import type { QueueSettings } from '@servicefloor/contracts';

/** What ingestion and queries need of a queue: its id, definitions and site time zone. */
export interface QueueInfo {
  id: number;
  name: string;
  channel: string;
  timeZone: string;
  settings: QueueSettings;
}

export interface QueueDirectory {
  byName: Map<string, QueueInfo>;
  byId: Map<number, QueueInfo>;
}

export function queueDirectory(queues: QueueInfo[]): QueueDirectory {
  return { byName: new Map(queues.map((q) => [q.name, q])), byId: new Map(queues.map((q) => [q.id, q])) };
}
