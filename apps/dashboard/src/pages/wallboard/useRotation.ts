import { useEffect, useState } from 'react';

/**
 * Which of `count` boards is on screen: the next one every `seconds`, and at once with the
 * arrow keys (someone at the TV with a keyboard). The index stays valid when boards come and go.
 */
export function useRotation(count: number, seconds: number): { index: number; go: (step: number) => void } {
  const [index, setIndex] = useState(0);
  const go = (step: number) => setIndex((i) => (count === 0 ? 0 : (((i + step) % count) + count) % count));

  useEffect(() => {
    if (count <= 1) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), seconds * 1000);
    return () => clearInterval(timer);
  }, [count, seconds]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight') setIndex((i) => (count === 0 ? 0 : (i + 1) % count));
      if (event.key === 'ArrowLeft') setIndex((i) => (count === 0 ? 0 : (i - 1 + count) % count));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count]);

  return { index: count === 0 ? 0 : index % count, go };
}
