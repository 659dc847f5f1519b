import type { Channel, QueueSettings } from '@servicefloor/contracts';
import type { DataSource } from 'typeorm';

/** A queue as the live floor needs it: definitions, site and alert limits. */
export interface LiveQueueInfo {
  id: number;
  name: string;
  channel: Channel;
  siteId: number;
  timeZone: string;
  settings: QueueSettings;
  alertMaxDepth: number | null;
  alertMaxWaitSeconds: number | null;
}

/** An agent of the directory with the queues it serves (its skills). */
export interface LiveAgentInfo {
  id: number;
  agentId: string;
  name: string;
  teamId: number | null;
  siteId: number | null;
  queueIds: number[];
}

/** The directory, read in a few queries and kept for a few seconds (see LiveStateService). */
export interface LiveDirectory {
  queues: Map<number, LiveQueueInfo>;
  queuesByName: Map<string, LiveQueueInfo>;
  /** By the agent's event id (agents.agentId). */
  agents: Map<string, LiveAgentInfo>;
  agentsByQueue: Map<number, LiveAgentInfo[]>;
  /** Team id → site id. */
  teams: Map<number, number>;
  loadedAt: number;
}

export function emptyDirectory(): LiveDirectory {
  return {
    queues: new Map(),
    queuesByName: new Map(),
    agents: new Map(),
    agentsByQueue: new Map(),
    teams: new Map(),
    loadedAt: 0,
  };
}

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Reads queues (with their site's zone), agents (with team, site and skills). */
export async function loadLiveDirectory(db: DataSource, now: number): Promise<LiveDirectory> {
  const [queueRows, agentRows, skillRows, teamRows] = (await Promise.all([
    db.query(
      `SELECT q."id", q."name", q."channel", q."siteId", q."slThresholdSeconds", q."slTarget", q."slVariant", q."shortAbandonSeconds", q."claimSlaHours", q."alertMaxDepth", q."alertMaxWaitSeconds", s."timeZone" FROM queues q JOIN sites s ON s."id" = q."siteId" ORDER BY q."id"`,
    ),
    db.query(
      `SELECT a."id", a."agentId", a."name", a."teamId", t."siteId" FROM agents a LEFT JOIN teams t ON t."id" = a."teamId" ORDER BY a."id"`,
    ),
    db.query(`SELECT "agentRef", "queueId" FROM agent_skills`),
    db.query(`SELECT "id", "siteId" FROM teams`),
  ])) as [Row[], Row[], Row[], Row[]];
  const directory = emptyDirectory();
  directory.loadedAt = now;
  for (const row of queueRows) {
    const queue: LiveQueueInfo = {
      id: Number(row.id),
      name: String(row.name),
      channel: row.channel as Channel,
      siteId: Number(row.siteId),
      timeZone: String(row.timeZone),
      settings: {
        slThresholdSeconds: Number(row.slThresholdSeconds),
        slTarget: Number(row.slTarget),
        slVariant: row.slVariant as QueueSettings['slVariant'],
        shortAbandonSeconds: Number(row.shortAbandonSeconds),
        claimSlaHours: Number(row.claimSlaHours),
      },
      alertMaxDepth: num(row.alertMaxDepth),
      alertMaxWaitSeconds: num(row.alertMaxWaitSeconds),
    };
    directory.queues.set(queue.id, queue);
    directory.queuesByName.set(queue.name, queue);
    directory.agentsByQueue.set(queue.id, []);
  }
  for (const row of teamRows) directory.teams.set(Number(row.id), Number(row.siteId));
  const byRef = new Map<number, LiveAgentInfo>();
  for (const row of agentRows) {
    const agent: LiveAgentInfo = {
      id: Number(row.id),
      agentId: String(row.agentId),
      name: String(row.name),
      teamId: num(row.teamId),
      siteId: num(row.siteId),
      queueIds: [],
    };
    byRef.set(agent.id, agent);
    directory.agents.set(agent.agentId, agent);
  }
  for (const row of skillRows) {
    const agent = byRef.get(Number(row.agentRef));
    const list = directory.agentsByQueue.get(Number(row.queueId));
    if (!agent || !list) continue;
    agent.queueIds.push(Number(row.queueId));
    list.push(agent);
  }
  for (const agent of byRef.values()) agent.queueIds.sort((a, b) => a - b);
  return directory;
}
