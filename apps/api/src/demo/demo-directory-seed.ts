import type { DirectorySeed } from '../directory/demo-directory.js';

/**
 * The demo center's directory. Interim: replaced by the simulator's demo center once
 * libs/simulator lands, so that directory and simulated traffic come from one description.
 */
export function demoDirectory(): DirectorySeed {
  const queues: DirectorySeed['queues'] = [
    { name: 'Hotline General', channel: 'HOTLINE', site: 'Shenzhen' },
    { name: 'Hotline VIP', channel: 'HOTLINE', site: 'Shenzhen' },
    { name: 'Online Chat', channel: 'ONLINE', site: 'Shenzhen' },
    { name: 'Claims', channel: 'CLAIM_DESK', site: 'Shenzhen' },
  ];
  const teams = ['Hotline A', 'Hotline B', 'Online', 'Claims'].map((name) => ({ name, site: 'Shenzhen' }));
  const skillsByTeam: Record<string, { queue: string; proficiency: number }[]> = {
    'Hotline A': [
      { queue: 'Hotline General', proficiency: 1 },
      { queue: 'Hotline VIP', proficiency: 0.8 },
    ],
    'Hotline B': [{ queue: 'Hotline General', proficiency: 1 }],
    Online: [{ queue: 'Online Chat', proficiency: 1 }],
    Claims: [{ queue: 'Claims', proficiency: 1 }],
  };
  const agents = Array.from({ length: 600 }, (_, i) => {
    const team = teams[i % teams.length].name;
    const n = String(i + 1).padStart(4, '0');
    return { agentId: `a${n}`, name: `Agent ${n}`, team, skills: skillsByTeam[team] };
  });
  return { sites: [{ name: 'Shenzhen', timeZone: 'Asia/Shanghai' }], queues, teams, agents };
}
