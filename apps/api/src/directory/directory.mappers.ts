import type { AgentEntity } from './entities/agent.entity.js';
import type { QueueEntity } from './entities/queue.entity.js';
import type { Agent, Queue } from './models/directory.models.js';

/** Entities stay private to storage; GraphQL sees these models. */
export function toQueue(entity: QueueEntity): Queue {
  const { site, ...fields } = entity;
  if (!site) throw new Error(`queue ${entity.id} loaded without its site`);
  return { ...fields, site };
}

export function toAgent(entity: AgentEntity): Agent {
  return {
    id: entity.id,
    agentId: entity.agentId,
    name: entity.name,
    teamId: entity.teamId,
    skills: (entity.skills ?? []).map((s) => ({
      queueId: s.queueId,
      queueName: s.queue?.name ?? '',
      proficiency: s.proficiency,
    })),
  };
}
