import { describe, expect, it } from 'vitest';
import { estimatePatience, MIN_ABANDONS_FOR_PATIENCE } from './patience.js';

/** Mulberry32, seeded uniform numbers in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('estimatePatience', () => {
  it('is Σ waits of answered and abandoned over abandons (the worked example)', () => {
    expect(
      estimatePatience({ abandoned: 50, sumAbandonWaitMs: 1_500_000, sumAnswerWaitMs: 6_000_000 }),
    ).toEqual({
      seconds: 150,
      abandoned: 50,
      exposureSeconds: 7500,
      averageAbandonWaitSeconds: 30,
    });
  });

  it('recovers the mean of exponential patience censored by answering, where the naive average does not', () => {
    // Independent simulation: each caller has patience ~ Exp(θ) and would be answered after a wait
    // ~ Exp(mean 40 s); whichever comes first is observed. θ = 120 s.
    const next = random(7);
    const theta = 120;
    let abandoned = 0;
    let abandonMs = 0;
    let answerMs = 0;
    for (let i = 0; i < 200_000; i++) {
      const patience = -theta * Math.log(1 - next());
      const service = -40 * Math.log(1 - next());
      if (patience < service) {
        abandoned++;
        abandonMs += patience * 1000;
      } else answerMs += service * 1000;
    }
    const estimate = estimatePatience({ abandoned, sumAbandonWaitMs: abandonMs, sumAnswerWaitMs: answerMs });
    expect(estimate.seconds! / theta).toBeGreaterThan(0.98);
    expect(estimate.seconds! / theta).toBeLessThan(1.02);
    // The average wait of those who hung up is about 30 s (the minimum of the two), far below θ.
    expect(estimate.averageAbandonWaitSeconds!).toBeLessThan(35);
  });

  it('gives no estimate with too few abandons or no waiting at all', () => {
    const few = estimatePatience({
      abandoned: MIN_ABANDONS_FOR_PATIENCE - 1,
      sumAbandonWaitMs: 900_000,
      sumAnswerWaitMs: 9_000_000,
    });
    expect(few.seconds).toBeNull();
    expect(estimatePatience({ abandoned: 100, sumAbandonWaitMs: 0, sumAnswerWaitMs: 0 }).seconds).toBeNull();
    expect(estimatePatience({ abandoned: 0, sumAbandonWaitMs: 0, sumAnswerWaitMs: 5000 })).toMatchObject({
      seconds: null,
      averageAbandonWaitSeconds: null,
    });
  });
});
