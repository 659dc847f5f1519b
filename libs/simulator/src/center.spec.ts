import { describe, expect, it } from 'vitest';
import type { CenterDefinition } from './center.js';
import { validateCenter } from './center.js';
import { demoCenter } from './demo-center.js';
import { smallCenter } from './testing.js';

function broken(change: (c: CenterDefinition) => void): CenterDefinition {
  const center = smallCenter();
  change(center);
  return center;
}

describe('validateCenter', () => {
  it('accepts the demo and test centers', () => {
    expect(() => validateCenter(demoCenter())).not.toThrow();
    expect(() => validateCenter(smallCenter())).not.toThrow();
  });

  it('names the field and the reason of the first problem', () => {
    expect(() => validateCenter(broken((c) => (c.timeZone = 'Nowhere/City')))).toThrow(
      'timeZone must be an IANA time zone name',
    );
    expect(() => validateCenter(broken((c) => (c.queues[1].name = 'Hotline')))).toThrow(
      'queues[1].name is a duplicate: "Hotline"',
    );
    expect(() => validateCenter(broken((c) => (c.queues[0].demand.intraday = [1, 2])))).toThrow(
      'queues[0].demand.intraday must have 96 weights, got 2',
    );
    expect(() => validateCenter(broken((c) => (c.queues[0].talk = { mean: 0 })))).toThrow(
      'queues[0].talk.mean must be > 0, got 0',
    );
    expect(() => validateCenter(broken((c) => (c.queues[0].site = 'Mars')))).toThrow(
      'queues[0].site is not a site: "Mars"',
    );
    expect(() => validateCenter(broken((c) => (c.queues[0].identifiedShare = 2)))).toThrow(
      'queues[0].identifiedShare must be a probability in [0, 1], got 2',
    );
    expect(() =>
      validateCenter(broken((c) => (c.queues[0].transfer = { probability: 0.1, targetQueue: 'Hotline' }))),
    ).toThrow('queues[0].transfer.targetQueue must be another queue');
    expect(() => validateCenter(broken((c) => (c.agents[0].skills[0].queue = 'Nope')))).toThrow(
      'agents[0].skills[0].queue is not a queue: "Nope"',
    );
    expect(() => validateCenter(broken((c) => (c.agents[0].skills[0].proficiency = 9)))).toThrow(
      'agents[0].skills[0].proficiency must be a whole number 1–5, got 9',
    );
    expect(() => validateCenter(broken((c) => (c.agents[1].id = c.agents[0].id)))).toThrow(
      'agents[1].id is a duplicate',
    );
    expect(() =>
      validateCenter(broken((c) => (c.groups[0].shifts = [{ startMinute: 1200, lengthMinutes: 600 }]))),
    ).toThrow('groups[0].shifts[0] must start at or after 00:00 and end by 24:00');
    expect(() => validateCenter(broken((c) => (c.teams[0].group = 'Nobody')))).toThrow(
      'teams[0].group is not a planning group',
    );
    expect(() => validateCenter(broken((c) => c.claims !== null && (c.claims.queue = 'Hotline')))).toThrow(
      'claims.queue must be a CLAIM_DESK queue',
    );
    expect(() => validateCenter(broken((c) => (c.workforce.inShiftShrinkage = 1)))).toThrow(
      'workforce.inShiftShrinkage must be in [0, 1)',
    );
    expect(() => validateCenter(broken((c) => (c.qualityEvaluators = [])))).toThrow(
      'qualityEvaluators must not be empty',
    );
  });
});
