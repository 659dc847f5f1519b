import type { Channel } from '@servicefloor/contracts';

/** A center's directory as plain data: what the demo (or an import) creates on first start. */
export interface DirectorySeed {
  sites: { name: string; timeZone: string }[];
  queues: { name: string; channel: Channel; site: string }[];
  teams: { name: string; site: string }[];
  agents: { agentId: string; name: string; team: string; skills: { queue: string; proficiency: number }[] }[];
}
