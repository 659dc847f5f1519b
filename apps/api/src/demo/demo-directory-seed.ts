import { centerDirectory, demoCenter } from '@servicefloor/simulator';
import type { DirectorySeed } from '../directory/demo-directory.js';

/** The demo center's directory, from the same description the simulator runs (libs/simulator). */
export function demoDirectory(): DirectorySeed {
  const directory = centerDirectory(demoCenter());
  return {
    sites: directory.sites,
    queues: directory.queues.map((q) => ({ name: q.name, channel: q.channel, site: q.site })),
    teams: directory.teams,
    agents: directory.agents.map((a) => ({ agentId: a.id, name: a.name, team: a.team, skills: a.skills })),
  };
}
