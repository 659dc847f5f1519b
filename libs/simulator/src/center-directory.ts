import type { Channel, QueueSettings } from '@servicefloor/contracts';
import type { CenterDefinition } from './center.js';

/** The directory of a center as plain data: what the API creates before events can flow. */
export interface CenterDirectory {
  name: string;
  sites: { name: string; timeZone: string }[];
  queues: { name: string; channel: Channel; site: string; settings: QueueSettings }[];
  teams: { name: string; site: string }[];
  agents: {
    id: string;
    name: string;
    team: string;
    site: string;
    skills: { queue: string; proficiency: number }[];
  }[];
}

/**
 * The directory part of a center definition — sites, queues with channel and thresholds, teams,
 * agents with their site and skills — without the simulation model, as fresh plain objects.
 */
export function centerDirectory(center: CenterDefinition): CenterDirectory {
  const teamSite = new Map(center.teams.map((t) => [t.name, t.site]));
  return {
    name: center.name,
    sites: center.sites.map((s) => ({ name: s.name, timeZone: s.timeZone })),
    queues: center.queues.map((q) => ({
      name: q.name,
      channel: q.channel,
      site: q.site,
      settings: { ...q.settings },
    })),
    teams: center.teams.map((t) => ({ name: t.name, site: t.site })),
    agents: center.agents.map((a) => ({
      id: a.id,
      name: a.name,
      team: a.team,
      site: teamSite.get(a.team) ?? '',
      skills: a.skills.map((s) => ({ queue: s.queue, proficiency: s.proficiency })),
    })),
  };
}
