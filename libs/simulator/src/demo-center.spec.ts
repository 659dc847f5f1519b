import type { ContactEvent } from '@servicefloor/contracts';
import { defaultQueueSettings } from '@servicefloor/contracts';
import { describe, expect, it } from 'vitest';
import { centerDirectory } from './center-directory.js';
import { demoCenter } from './demo-center.js';
import { simulateDay } from './simulate.js';

describe('demoCenter', () => {
  const center = demoCenter();

  it('is a center of about 600 agents in teams, six queues on three channels, in Shenzhen', () => {
    expect(center.timeZone).toBe('Asia/Shanghai');
    expect(center.sites.map((s) => s.name)).toEqual(['Shenzhen', 'Chengdu']);
    expect(center.agents.length).toBeGreaterThanOrEqual(550);
    expect(center.agents.length).toBeLessThanOrEqual(650);
    expect(center.queues.map((q) => `${q.name}/${q.channel}`)).toEqual([
      'Hotline General/HOTLINE',
      'Hotline VIP/HOTLINE',
      'Hotline Claims Enquiry/HOTLINE',
      'Online Chat/ONLINE',
      'Online App/ONLINE',
      'Claims/CLAIM_DESK',
    ]);
    for (const q of center.queues) expect(q.settings).toEqual(defaultQueueSettings(q.channel));
    const sizes = new Map<string, number>();
    for (const a of center.agents) sizes.set(a.team, (sizes.get(a.team) ?? 0) + 1);
    for (const size of sizes.values()) {
      expect(size).toBeGreaterThanOrEqual(10);
      expect(size).toBeLessThanOrEqual(20);
    }
    expect(new Set(center.agents.map((a) => a.id)).size).toBe(center.agents.length);
  });

  it('is plain data, the same every call', () => {
    expect(JSON.parse(JSON.stringify(center))).toEqual(center);
    expect(demoCenter()).toEqual(center);
    const directory = centerDirectory(center);
    expect(directory.agents).toHaveLength(center.agents.length);
    expect(directory.agents.filter((a) => a.site === 'Chengdu').length).toBeGreaterThan(0);
  });

  it('gives every agent two rest days a week and skills on queues that exist', () => {
    const queues = new Set(center.queues.map((q) => q.name));
    for (const a of center.agents) {
      expect(a.daysOff).toHaveLength(2);
      for (const s of a.skills) expect(queues.has(s.queue)).toBe(true);
    }
  });

  it(
    'simulates tens of thousands of contacts on a weekday, fewer on Sunday, at realistic service levels',
    { timeout: 60_000 },
    () => {
      const day = (date: string) => {
        const offered = new Map<string, number>();
        const perQueue = new Map<string, { within: number; failed: number }>();
        for (const e of simulateDay({ center, date, seed: 1 })) {
          if (e.kind !== 'contact') continue;
          const c: ContactEvent = e;
          const q = perQueue.get(c.queue) ?? { within: 0, failed: 0 };
          perQueue.set(c.queue, q);
          const wait = (Date.parse(c.occurredAt) - (offered.get(c.contactId) ?? 0)) / 1000;
          const threshold = center.queues.find((x) => x.name === c.queue)?.settings.slThresholdSeconds ?? 20;
          if (c.type === 'OFFERED') offered.set(c.contactId, Date.parse(c.occurredAt));
          else if (c.type === 'ANSWERED' && wait <= threshold) q.within++;
          else if (c.type === 'ANSWERED' || c.type === 'FLOWED_OUT' || (c.type === 'ABANDONED' && wait >= 5))
            q.failed++;
        }
        return { contacts: offered.size, perQueue };
      };
      const monday = day('2026-03-02');
      const sunday = day('2026-03-08');
      expect(monday.contacts).toBeGreaterThan(20_000);
      expect(monday.contacts).toBeLessThan(30_000);
      expect(sunday.contacts).toBeLessThan(monday.contacts * 0.8);
      for (const [queue, q] of monday.perQueue) {
        const sl = q.within / (q.within + q.failed);
        expect(sl, queue).toBeGreaterThan(0.7);
        expect(sl, queue).toBeLessThan(0.99);
      }
    },
  );
});
