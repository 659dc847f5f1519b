import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue.js';
import { Random } from './random.js';

describe('EventQueue', () => {
  it('pops values in key order, growing past its initial capacity', () => {
    const queue = new EventQueue(2);
    const r = new Random(1);
    const keys = Array.from({ length: 5000 }, () => Math.floor(r.uniform() * 1000) * 4096 + r.int(0, 4095));
    keys.forEach((k, i) => queue.push(k, i));
    expect(queue.size).toBe(5000);
    const popped: number[] = [];
    while (queue.size > 0) {
      const key = queue.peekKey();
      const value = queue.pop();
      expect(keys[value]).toBe(key);
      popped.push(key);
    }
    expect(popped).toEqual([...keys].sort((a, b) => a - b));
    expect(queue.peekKey()).toBe(Infinity);
  });

  it('interleaves pushes and pops like a sorted list would', () => {
    const queue = new EventQueue();
    const model: number[] = [];
    const r = new Random(2);
    for (let step = 0; step < 20_000; step++) {
      if (model.length > 0 && r.chance(0.45)) {
        model.sort((a, b) => a - b);
        expect(queue.pop()).toBe(model.shift());
      } else {
        const k = r.int(0, 1_000_000);
        queue.push(k, k);
        model.push(k);
      }
    }
    expect(queue.size).toBe(model.length);
    queue.clear();
    expect(queue.size).toBe(0);
  });
});
