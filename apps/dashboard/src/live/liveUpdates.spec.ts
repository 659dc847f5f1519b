import { describe, expect, it } from 'vitest';
import { mergeLiveUpdate } from './liveUpdates.js';

interface Item {
  id: string;
  value: number;
  cleared?: boolean;
}
const held = new Map<string, Item>([
  ['a', { id: 'a', value: 1 }],
  ['b', { id: 'b', value: 2 }],
]);

describe('mergeLiveUpdate', () => {
  it('replaces everything held on a SNAPSHOT (items that left the filter disappear)', () => {
    const next = mergeLiveUpdate(held, { kind: 'SNAPSHOT', items: [{ id: 'c', value: 3 }] });
    expect([...next.values()]).toEqual([{ id: 'c', value: 3 }]);
  });

  it('merges CHANGES and HEARTBEATs by id, keeping the others and not touching the input', () => {
    const changed = mergeLiveUpdate(held, { kind: 'CHANGES', items: [{ id: 'b', value: 5 }] });
    expect([...changed.values()]).toEqual([
      { id: 'a', value: 1 },
      { id: 'b', value: 5 },
    ]);
    const beat = mergeLiveUpdate(changed, { kind: 'HEARTBEAT', items: [{ id: 'd', value: 4 }] });
    expect(beat.size).toBe(3);
    expect(held.get('b')!.value).toBe(2);
  });

  it('drops items that are gone (a cleared alert) and stays the same size however many updates come', () => {
    let state = mergeLiveUpdate(
      held,
      {
        kind: 'CHANGES',
        items: [{ id: 'a', value: 1, cleared: true }],
      },
      (item) => item.cleared === true,
    );
    expect([...state.keys()]).toEqual(['b']);
    for (let i = 0; i < 10_000; i++)
      state = mergeLiveUpdate(state, { kind: 'HEARTBEAT', items: [{ id: 'b', value: i }] });
    expect(state.size).toBe(1);
  });
});
