import { describe, expect, it } from 'vitest';
import { parseScope, queuesOfScope, scopeValue } from './operationsScope.js';

const queues = [
  { id: '1', name: 'A', channel: 'HOTLINE' as const, siteId: 1 },
  { id: '2', name: 'B', channel: 'ONLINE' as const, siteId: 1 },
  { id: '3', name: 'C', channel: 'HOTLINE' as const, siteId: 2 },
];

describe('operations scope', () => {
  it('round-trips through the address and falls back to everything', () => {
    for (const value of ['all', 'channel:ONLINE', 'queue:12'])
      expect(scopeValue(parseScope(value))).toBe(value);
    expect(parseScope('channel:FAX')).toEqual({ kind: 'all' });
    expect(parseScope(null)).toEqual({ kind: 'all' });
  });

  it('picks the queues of the site and scope', () => {
    expect(queuesOfScope(queues, { kind: 'all' }, 1).map((q) => q.id)).toEqual(['1', '2']);
    expect(queuesOfScope(queues, { kind: 'channel', channel: 'HOTLINE' }, null).map((q) => q.id)).toEqual([
      '1',
      '3',
    ]);
    expect(queuesOfScope(queues, { kind: 'queue', queueId: '3' }, 1)).toEqual([]);
  });
});
