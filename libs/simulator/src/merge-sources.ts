import type { WireEvent } from '@servicefloor/contracts';

/** A time-ordered stream of events: next() returns the next one and sets timeMs to its time. */
export interface EventSource {
  timeMs: number;
  next(): WireEvent | undefined;
}

/** A source that is opened only when the merge reaches `startMs` (none of its events is earlier). */
export interface PendingSource {
  startMs: number;
  open: () => EventSource;
}

interface Head {
  source: EventSource;
  event: WireEvent;
  timeMs: number;
  order: number;
}

/**
 * Merges time-ordered sources into one time-ordered stream (a k-way merge on a binary heap), opening
 * each source lazily when the merge reaches its start, and yields the events with
 * fromMs ≤ time < toMs. Ties go to the source listed first. Memory: one pending event per open source.
 */
export function* mergeSources(
  sources: readonly PendingSource[],
  fromMs: number,
  toMs: number,
): Generator<WireEvent> {
  const pending = sources
    .map((s, order) => ({ ...s, order }))
    .sort((a, b) => a.startMs - b.startMs || a.order - b.order);
  const heap: Head[] = [];
  let nextPending = 0;
  for (;;) {
    const top = heap.length > 0 ? heap[0].timeMs : Infinity;
    if (nextPending < pending.length && pending[nextPending].startMs <= top) {
      const p = pending[nextPending++];
      if (p.startMs >= toMs) {
        nextPending = pending.length;
        continue;
      }
      const source = p.open();
      const event = source.next();
      if (event !== undefined) push(heap, { source, event, timeMs: source.timeMs, order: p.order });
      continue;
    }
    if (heap.length === 0 || top >= toMs) return;
    const head = heap[0];
    const event = head.event;
    const next = head.source.next();
    if (next === undefined) {
      const last = heap.pop() as Head;
      if (heap.length > 0) {
        heap[0] = last;
        siftDown(heap, 0);
      }
    } else {
      head.event = next;
      head.timeMs = head.source.timeMs;
      siftDown(heap, 0);
    }
    if (top >= fromMs) yield event;
  }
}

function before(a: Head, b: Head): boolean {
  return a.timeMs < b.timeMs || (a.timeMs === b.timeMs && a.order < b.order);
}

function push(heap: Head[], head: Head): void {
  heap.push(head);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i], heap[parent])) break;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}

function siftDown(heap: Head[], i: number): void {
  for (;;) {
    let child = 2 * i + 1;
    if (child >= heap.length) return;
    if (child + 1 < heap.length && before(heap[child + 1], heap[child])) child++;
    if (!before(heap[child], heap[i])) return;
    [heap[i], heap[child]] = [heap[child], heap[i]];
    i = child;
  }
}
