import type { WireEvent } from '@servicefloor/contracts';
import { describe, expect, it } from 'vitest';
import type { EventSource } from './merge-sources.js';
import { mergeSources } from './merge-sources.js';

/** A source of training events at the given times (ms), named by eventId. */
function source(name: string, times: number[], opened: string[]): () => EventSource {
  return () => {
    opened.push(name);
    let i = 0;
    const s: EventSource = {
      timeMs: 0,
      next(): WireEvent | undefined {
        if (i >= times.length) return undefined;
        s.timeMs = times[i];
        return {
          kind: 'training',
          eventId: `${name}${i++}`,
          agentId: 'a',
          occurredAt: 'x',
          hours: 1,
          topic: 't',
        };
      },
    };
    return s;
  };
}

describe('mergeSources', () => {
  it('merges in time order, ties to the source listed first, within the window', () => {
    const opened: string[] = [];
    const merged = [
      ...mergeSources(
        [
          { startMs: 0, open: source('a', [0, 5, 10, 30], opened) },
          { startMs: 5, open: source('b', [5, 6, 40], opened) },
          { startMs: 100, open: source('c', [100], opened) },
        ],
        5,
        40,
      ),
    ].map((e) => e.eventId);
    expect(merged).toEqual(['a1', 'b0', 'b1', 'a2', 'a3']);
    // c starts after the window: never opened.
    expect(opened).toEqual(['a', 'b']);
  });

  it('opens a source only when the merge reaches its start', () => {
    const opened: string[] = [];
    const it = mergeSources(
      [
        { startMs: 0, open: source('a', [0, 1, 2], opened) },
        { startMs: 50, open: source('b', [50], opened) },
      ],
      -Infinity,
      Infinity,
    );
    it.next();
    expect(opened).toEqual(['a']);
    expect([...it].map((e) => e.eventId)).toEqual(['a1', 'a2', 'b0']);
    expect(opened).toEqual(['a', 'b']);
  });
});
