import { useEffect, useRef, useState } from 'react';

/** One sample every 30 s: a day of samples is 2,880 points, the most kept. */
export const SAMPLE_EVERY_MS = 30_000;
export const MAX_SAMPLES = 2_880;

export interface DepthSample {
  start: number;
  depth: number;
}

/**
 * Contacts waiting over time, sampled from the live figure while the page is open (the interval
 * roll-ups count contacts, not how many waited at once). Bounded, so a page left open for days
 * does not grow. Restarts when `scopeKey` changes (another choice of queues).
 */
export function useDepthSamples(depth: number | null, scopeKey: string): DepthSample[] {
  const latest = useRef(depth);
  latest.current = depth;
  const [samples, setSamples] = useState<DepthSample[]>([]);

  useEffect(() => {
    setSamples([]);
    const take = () => {
      const value = latest.current;
      if (value === null) return;
      setSamples((s) => [...s.slice(-(MAX_SAMPLES - 1)), { start: Date.now(), depth: value }]);
    };
    const first = setTimeout(take, 1000);
    const timer = setInterval(take, SAMPLE_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [scopeKey]);

  return samples;
}
