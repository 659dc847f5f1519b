import { describe, expect, it } from 'vitest';
import { parseTrendsParams, rangeProblem } from './trendsParams.js';

const today = '2026-11-25';

describe('parseTrendsParams', () => {
  it('defaults to the last 30 days by day, per channel, compared with the previous period', () => {
    expect(parseTrendsParams(new URLSearchParams(), today)).toEqual({
      preset: 'last30',
      range: { from: '2026-10-26', to: '2026-11-24' },
      granularity: 'DAY',
      by: 'channel',
      channel: null,
      queue: null,
      teamId: null,
      compare: true,
    });
  });
  it('reads a shared custom view', () => {
    const p = parseTrendsParams(
      new URLSearchParams(
        'range=custom&from=2026-11-01&to=2026-11-02&granularity=INTERVAL&by=queue&channel=ONLINE&queue=Online%20Chat&team=3&compare=false',
      ),
      today,
    );
    expect(p).toEqual({
      preset: 'custom',
      range: { from: '2026-11-01', to: '2026-11-02' },
      granularity: 'INTERVAL',
      by: 'queue',
      channel: 'ONLINE',
      queue: 'Online Chat',
      teamId: 3,
      compare: false,
    });
  });
  it('takes dates without a preset as a custom range, and ignores values it does not know', () => {
    const p = parseTrendsParams(
      new URLSearchParams('from=2026-01-01&granularity=YEAR&channel=FAX&team=x'),
      today,
    );
    expect(p.preset).toBe('custom');
    expect(p.range).toEqual({ from: '2026-01-01', to: '2026-11-24' });
    expect(p.granularity).toBe('DAY');
    expect(p.channel).toBeNull();
    expect(p.teamId).toBeNull();
  });
  it('a preset wins over stale dates in the URL', () => {
    const p = parseTrendsParams(new URLSearchParams('range=lastMonth&from=2020-01-01'), today);
    expect(p.range).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });
});

describe('rangeProblem', () => {
  it('names the date that is not a date, or `to` when it is before `from`', () => {
    expect(rangeProblem({ from: '2026-02-30', to: '2026-03-01' })).toEqual({
      field: 'from',
      reason: 'invalid',
    });
    expect(rangeProblem({ from: '2026-03-01', to: '' })).toEqual({ field: 'to', reason: 'invalid' });
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-01' })).toEqual({ field: 'to', reason: 'order' });
    expect(rangeProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
  });
});
