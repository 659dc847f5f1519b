import { defaultQueueSettings } from '@servicefloor/contracts';
import { describe, expect, it } from 'vitest';
import { centerDirectory } from './center-directory.js';
import { smallCenter } from './testing.js';

describe('centerDirectory', () => {
  it('keeps sites, queues with settings, teams and agents with site and skills, as plain data', () => {
    const center = smallCenter();
    const directory = centerDirectory(center);
    expect(JSON.parse(JSON.stringify(directory))).toEqual(directory);
    expect(directory.sites).toEqual([
      { name: 'North', timeZone: 'Asia/Shanghai' },
      { name: 'South', timeZone: 'Asia/Shanghai' },
    ]);
    expect(directory.queues[1]).toEqual({
      name: 'Online',
      channel: 'ONLINE',
      site: 'South',
      settings: defaultQueueSettings('ONLINE'),
    });
    expect(directory.teams[0]).toEqual({ name: 'Hotline Team', site: 'North' });
    expect(directory.agents[0]).toEqual({
      id: 'H1',
      name: 'Hotline Team 1',
      team: 'Hotline Team',
      site: 'North',
      skills: [
        { queue: 'Hotline', proficiency: 4 },
        { queue: 'Online', proficiency: 2 },
      ],
    });
    // Fresh objects: editing the directory leaves the center alone.
    directory.queues[0].settings.slTarget = 0.5;
    expect(center.queues[0].settings.slTarget).toBe(0.8);
  });
});
