/**
 * A first-in-first-out queue of integer pairs in a growable Int32Array (the second of a pair may be
 * ignored). Used for waiting contacts and for idle agents (agent, availability version): entries
 * that went stale are skipped when they reach the head, so removal from the middle costs nothing.
 */
export class PairQueue {
  private data = new Int32Array(64);
  private head = 0;
  private tail = 0;

  get size(): number {
    return (this.tail - this.head) >> 1;
  }

  push(a: number, b: number): void {
    if (this.tail + 2 > this.data.length) this.makeRoom();
    this.data[this.tail] = a;
    this.data[this.tail + 1] = b;
    this.tail += 2;
  }

  /** First of the head pair (check size first). */
  first(): number {
    return this.data[this.head];
  }

  /** Second of the head pair (check size first). */
  second(): number {
    return this.data[this.head + 1];
  }

  shift(): void {
    this.head += 2;
    if (this.head === this.tail) this.head = this.tail = 0;
  }

  clear(): void {
    this.head = this.tail = 0;
  }

  private makeRoom(): void {
    const live = this.tail - this.head;
    if (live * 2 <= this.data.length) {
      this.data.copyWithin(0, this.head, this.tail);
    } else {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data.subarray(this.head, this.tail));
      this.data = bigger;
    }
    this.head = 0;
    this.tail = live;
  }
}
