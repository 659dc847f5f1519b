import { describe, expect, it } from 'vitest';
import {
  ANSWER_WAIT_BUCKET_BOUNDS,
  WAIT_BUCKET_COUNT,
  waitBoundIndex,
  waitBucketIndex,
} from './wait-buckets.js';

describe('waitBucketIndex', () => {
  it('puts a wait in the first bucket whose bound it does not exceed', () => {
    expect(WAIT_BUCKET_COUNT).toBe(13);
    expect(waitBucketIndex(0)).toBe(0);
    expect(waitBucketIndex(5)).toBe(0); // ≤ 5
    expect(waitBucketIndex(5.001)).toBe(1); // (5, 10]
    expect(waitBucketIndex(20)).toBe(3); // (15, 20]
    expect(waitBucketIndex(20.001)).toBe(4); // (20, 30]
    expect(waitBucketIndex(600)).toBe(11); // (300, 600]
    expect(waitBucketIndex(600.001)).toBe(12); // > 600
  });

  it('every bound is the top of its own bucket', () => {
    ANSWER_WAIT_BUCKET_BOUNDS.forEach((bound, i) => {
      expect(waitBucketIndex(bound)).toBe(i);
      expect(waitBoundIndex(bound)).toBe(i);
    });
    expect(waitBoundIndex(25)).toBe(-1);
  });

  it('rejects a negative wait', () => {
    expect(() => waitBucketIndex(-1)).toThrow('waitSeconds must be a finite number ≥ 0, got -1');
  });
});
