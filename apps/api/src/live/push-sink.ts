/**
 * One subscriber's stream of live updates, as the async iterator a GraphQL subscription returns.
 * It holds at most one undelivered update: when the client reads slower than updates come, the
 * next update is merged into the waiting one (by id, newest wins), so a slow socket costs one
 * pending payload, never a growing queue. `return()` (client gone) unregisters it.
 */
export class PushSink<T> implements AsyncIterableIterator<T> {
  private pending: T | undefined;
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private closed = false;

  constructor(
    private readonly merge: (older: T, newer: T) => T,
    private readonly onClose: () => void,
  ) {}

  get isClosed(): boolean {
    return this.closed;
  }

  push(value: T): void {
    if (this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
      return;
    }
    this.pending = this.pending === undefined ? value : this.merge(this.pending, value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.pending !== undefined) {
      const value = this.pending;
      this.pending = undefined;
      return Promise.resolve({ value, done: false });
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.close();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending = undefined;
    const resolve = this.waiting;
    this.waiting = null;
    resolve?.({ value: undefined, done: true });
    this.onClose();
  }
}

/** Items of two updates merged by id, the newer winning. */
export function mergeById<I extends { id: string }>(older: I[], newer: I[]): I[] {
  const byId = new Map(older.map((item) => [item.id, item]));
  for (const item of newer) byId.set(item.id, item);
  return [...byId.values()];
}

/** The kind of two merged updates: a SNAPSHOT stays one; CHANGES beats HEARTBEAT. */
export function mergedKind<K extends 'SNAPSHOT' | 'CHANGES' | 'HEARTBEAT'>(older: K, newer: K): K {
  if (older === 'SNAPSHOT' || newer === 'SNAPSHOT') return 'SNAPSHOT' as K;
  return (older === 'CHANGES' || newer === 'CHANGES' ? 'CHANGES' : 'HEARTBEAT') as K;
}
