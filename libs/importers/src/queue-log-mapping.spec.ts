import { describe, expect, it } from 'vitest';
import { NameTable, parseQueueLogMapping, pauseState } from './queue-log-mapping.js';

describe('parseQueueLogMapping', () => {
  it('accepts a mapping read from JSON', () => {
    const json = JSON.parse(
      '{"queues":{"support":{"name":"Hotline Support","channel":"HOTLINE"},"chat":{"name":"Web Chat","channel":"ONLINE"}},' +
        '"agents":{"SIP/1001":"a1001","Alice Wang":"a1001"},"pauseReasons":{"lunch":"MEAL"},"defaultPauseState":"OTHER",' +
        '"transferTargets":{"2001@from-internal":"Hotline Claims"}}',
    ) as unknown;
    expect(parseQueueLogMapping(json)).toEqual(json);
  });

  it('names every bad field and its reason', () => {
    expect(() =>
      parseQueueLogMapping({
        queues: { support: { name: '', channel: 'PHONE' } },
        pauseReasons: { lunch: 'AVAILABLE' },
        agent: {},
      }),
    ).toThrow(
      'mapping.queues.support.name: must not be empty; ' +
        'mapping.queues.support.channel: must be one of HOTLINE, ONLINE, CLAIM_DESK; ' +
        'mapping.pauseReasons.lunch: must be one of BREAK, MEAL, TRAINING, MEETING, OTHER, AFTER_CONTACT_WORK; ' +
        'mapping: unknown field(s) agent',
    );
  });
});

describe('NameTable', () => {
  it('matches exactly first, then case-insensitively (Asterisk compares names with strcasecmp)', () => {
    const table = new NameTable({ Support: 'exact', support: 'lower' });
    expect(table.get('Support')).toBe('exact');
    expect(table.get('support')).toBe('lower');
    expect(table.get('SUPPORT')).toBe('exact');
    expect(table.get('sales')).toBeUndefined();
  });
});

describe('pauseState', () => {
  it('maps a known reason, else falls back', () => {
    const reasons = new NameTable({ lunch: 'MEAL' as const, training: 'TRAINING' as const });
    expect(pauseState('Lunch', reasons, 'BREAK')).toBe('MEAL');
    expect(pauseState('coffee', reasons, 'BREAK')).toBe('BREAK');
    expect(pauseState('', reasons, 'OTHER')).toBe('OTHER');
  });
});
