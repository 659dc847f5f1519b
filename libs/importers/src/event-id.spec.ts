import { describe, expect, it } from 'vitest';
import { eventId, MAX_EVENT_ID_LENGTH } from './event-id.js';

describe('eventId', () => {
  it('joins the parts with colons', () => {
    expect(eventId(['ql', '1772413195.21', 'ENTERQUEUE', '1772413200', 'support'])).toBe(
      'ql:1772413195.21:ENTERQUEUE:1772413200:support',
    );
  });

  it('hashes an id longer than the contract allows, deterministically', () => {
    const long = ['ql', 'c'.repeat(150), 'ENTERQUEUE', '1772413200', 'q'.repeat(80)];
    const id = eventId(long);
    expect(id.length).toBeLessThanOrEqual(MAX_EVENT_ID_LENGTH);
    expect(id).toMatch(/^ql:h:[0-9a-f]{64}$/);
    expect(eventId(long)).toBe(id);
    expect(eventId([...long.slice(0, 4), 'r'.repeat(80)])).not.toBe(id);
  });
});
