import { describe, expect, it } from 'vitest';
import { PairQueue } from './int-queue.js';

describe('PairQueue', () => {
  it('keeps pairs first in, first out while growing and compacting', () => {
    const q = new PairQueue();
    let next = 0;
    let expected = 0;
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 100; i++) {
        q.push(next, next * 2);
        next++;
      }
      for (let i = 0; i < 70; i++) {
        expect([q.first(), q.second()]).toEqual([expected, expected * 2]);
        q.shift();
        expected++;
      }
    }
    expect(q.size).toBe(next - expected);
    q.clear();
    expect(q.size).toBe(0);
  });
});
