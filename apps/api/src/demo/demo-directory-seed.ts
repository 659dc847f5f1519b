import { centerDirectory, demoCenter } from '@servicefloor/simulator';
import type { DirectorySeed } from '../directory/demo-directory.js';

/** The demo center's directory, from the same description the simulator runs (libs/simulator). */
export function demoDirectory(): DirectorySeed {
  const directory = centerDirectory(demoCenter());
  return {
    sites: directory.sites,
    queues: directory.queues.map((q) => ({ name: q.name, channel: q.channel, site: q.site })),
    teams: directory.teams,
    agents: directory.agents.map((a) => ({
      agentId: a.id,
      name: a.name,
      team: a.team,
      skills: a.skills.map((s) => ({ queue: s.queue, proficiency: directoryProficiency(s.proficiency) })),
    })),
  };
}

/**
 * The simulator grades proficiency as a whole number 1–5 (it routes to the best grade first);
 * the directory keeps it from 0 to 1, as skill-weighted staffing uses it. 5 → 1, 4 → 0.8 … 1 → 0.2.
 */
export function directoryProficiency(grade: number): number {
  return grade / 5;
}
