import { describe, expect, it } from 'vitest';
import { deriveLiveStatus, type LiveConnectionSnapshot } from './liveStatus.js';

const NOW = 1_000_000;
const STALE = 15_000;
const snap = (s: Partial<LiveConnectionSnapshot>): LiveConnectionSnapshot => ({
  socket: 'connected',
  everConnected: true,
  lastMessageAt: NOW - 1000,
  ...s,
});

describe('deriveLiveStatus', () => {
  it('is online when connected with recent data', () => {
    expect(deriveLiveStatus(snap({}), NOW, STALE)).toBe('online');
    expect(deriveLiveStatus(snap({ lastMessageAt: NOW - STALE }), NOW, STALE)).toBe('online');
  });

  it('is stale when connected but data is older than the limit, or never came', () => {
    expect(deriveLiveStatus(snap({ lastMessageAt: NOW - STALE - 1 }), NOW, STALE)).toBe('stale');
    expect(deriveLiveStatus(snap({ lastMessageAt: null }), NOW, STALE)).toBe('stale');
  });

  it('is reconnecting after a drop, whether the retry is waiting or connecting', () => {
    expect(deriveLiveStatus(snap({ socket: 'closed' }), NOW, STALE)).toBe('reconnecting');
    expect(deriveLiveStatus(snap({ socket: 'connecting' }), NOW, STALE)).toBe('reconnecting');
  });

  it('is stale once the last data is older than the limit, even while reconnecting', () => {
    const old = NOW - STALE - 1;
    expect(deriveLiveStatus(snap({ socket: 'closed', lastMessageAt: old }), NOW, STALE)).toBe('stale');
    expect(deriveLiveStatus(snap({ socket: 'connecting', lastMessageAt: old }), NOW, STALE)).toBe('stale');
  });

  it('is connecting on the first attempt, and stale when nothing is subscribed', () => {
    expect(
      deriveLiveStatus(snap({ socket: 'connecting', everConnected: false, lastMessageAt: null }), NOW, STALE),
    ).toBe('connecting');
    expect(
      deriveLiveStatus(snap({ socket: 'idle', everConnected: false, lastMessageAt: null }), NOW, STALE),
    ).toBe('stale');
  });
});
