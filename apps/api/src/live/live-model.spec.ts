import type { ContactEvent } from '@servicefloor/contracts';
import { defaultQueueSettings } from '@servicefloor/contracts';
import { describe, expect, it } from 'vitest';
import { emptyDirectory, type LiveDirectory } from './live-directory.js';
import { CLOSED_RETENTION_MS, emptyChangeSet, LIVE_HORIZON_MS, LiveModel } from './live-model.js';

function directory(): LiveDirectory {
  const d = emptyDirectory();
  const queue = {
    id: 1,
    name: 'Q',
    channel: 'HOTLINE' as const,
    siteId: 1,
    timeZone: 'Asia/Shanghai',
    settings: defaultQueueSettings('HOTLINE'),
    alertMaxDepth: null,
    alertMaxWaitSeconds: null,
  };
  d.queues.set(1, queue);
  d.queuesByName.set('Q', queue);
  return d;
}

const NOW = Date.parse('2026-03-02T10:00:00+08:00');
let n = 0;
const event = (
  type: ContactEvent['type'],
  contactId: string,
  at: number,
  agentId?: string,
): [ContactEvent, number] => [
  {
    kind: 'contact',
    eventId: `e${n++}`,
    type,
    occurredAt: new Date(at).toISOString(),
    contactId,
    queue: 'Q',
    agentId,
  },
  at,
];

describe('LiveModel', () => {
  it('counts waiting contacts and the longest wait whatever the order of their events', () => {
    const events = [
      event('OFFERED', 'a', NOW - 50_000),
      event('OFFERED', 'b', NOW - 20_000),
      event('ANSWERED', 'a', NOW - 10_000, 'x'),
      event('OFFERED', 'c', NOW - 5_000),
      event('ABANDONED', 'c', NOW - 1_000),
    ];
    for (const order of [events, [...events].reverse()]) {
      const model = new LiveModel();
      for (const [e, at] of order) model.applyContactEvent(e, at, directory(), NOW, emptyChangeSet());
      expect(model.queueDepth(1)).toEqual({ depth: 1, oldestOfferedAt: NOW - 20_000 });
      expect(model.currentContact('x')?.state.contactId).toBe('a');
      // Three offered in the window: a answered after 40 s (> T = 20 s), c abandoned after 4 s (short).
      const { counters } = model.rolling(1, NOW);
      expect([counters.offered, counters.answered, counters.abandoned, counters.abandonedShort]).toEqual([
        3, 1, 1, 1,
      ]);
      expect(counters.sumAnswerWait).toBe(40_000);
    }
  });

  it('keeps only contacts offered in the last 30 minutes in the rolling window', () => {
    const model = new LiveModel();
    const changes = emptyChangeSet();
    for (const [e, at] of [event('OFFERED', 'old', NOW - 31 * 60_000), event('OFFERED', 'new', NOW - 60_000)])
      model.applyContactEvent(e, at, directory(), NOW - 1000, changes);
    expect(changes.queueIds).toEqual(new Set([1]));
    expect(model.rolling(1, NOW).counters.offered).toBe(1);
    // 30 minutes later the newer one has left the window too.
    expect(model.rolling(1, NOW + 30 * 60_000).counters.offered).toBe(0);
  });

  it('forgets ended contacts after a while and waiting ones past the horizon', () => {
    const model = new LiveModel();
    const d = directory();
    for (const [e, at] of [
      event('OFFERED', 'w', NOW - 1000),
      event('OFFERED', 'e', NOW - 1000),
      event('ABANDONED', 'e', NOW),
    ])
      model.applyContactEvent(e, at, d, NOW, emptyChangeSet());
    expect(model.size).toBe(2);
    model.prune(NOW + CLOSED_RETENTION_MS + 1);
    expect(model.size).toBe(1);
    const changes = model.prune(NOW + LIVE_HORIZON_MS);
    expect(model.size).toBe(0);
    expect(changes.queueIds).toEqual(new Set([1]));
    expect(model.queueDepth(1).depth).toBe(0);
  });

  it('does not put history on the floor: a contact offered before the horizon is not waiting now', () => {
    const model = new LiveModel();
    const d = directory();
    const [old, at] = event('OFFERED', 'history', NOW - LIVE_HORIZON_MS - 60_000);
    const changes = emptyChangeSet();
    model.applyContactEvent(old, at, d, NOW, changes);
    expect(model.size).toBe(0);
    expect(model.queueDepth(1)).toEqual({ depth: 0, oldestOfferedAt: null });
    expect(changes.queueIds.size).toBe(0);
  });

  it('keeps the newest agent state, by time then event id', () => {
    const model = new LiveModel();
    expect(model.applyAgentState('x', { at: 10, eventId: 'b', state: 'AVAILABLE', reason: null })).toBe(true);
    expect(model.applyAgentState('x', { at: 5, eventId: 'z', state: 'BREAK', reason: null })).toBe(false);
    expect(model.applyAgentState('x', { at: 10, eventId: 'a', state: 'BREAK', reason: null })).toBe(false);
    expect(model.applyAgentState('x', { at: 10, eventId: 'c', state: 'MEAL', reason: null })).toBe(true);
    expect(model.agentStates.get('x')?.state).toBe('MEAL');
  });
});
