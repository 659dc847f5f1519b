/**
 * A binary min-heap of (key, value) pairs held in typed arrays, the future-event list of a
 * discrete-event simulation (Williams 1964; Sedgewick & Wayne, Algorithms 4th ed., §2.4). Keys are
 * doubles, values 32-bit integers; nothing is allocated per push beyond occasional doubling of the
 * arrays. Equal keys leave in no particular order: callers that need first-in-first-out ties fold
 * a sequence number into the key. push and pop cost O(log n).
 */
export class EventQueue {
  private keys: Float64Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(Math.max(2, capacity));
    this.values = new Int32Array(Math.max(2, capacity));
  }

  get size(): number {
    return this.count;
  }

  /** The smallest key, or Infinity when empty. */
  peekKey(): number {
    return this.count > 0 ? this.keys[0] : Infinity;
  }

  /** The value of the smallest key (undefined behaviour when empty: check size first). */
  peekValue(): number {
    return this.values[0];
  }

  push(key: number, value: number): void {
    if (this.count === this.keys.length) this.grow();
    const keys = this.keys;
    const values = this.values;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent];
      if (pk <= key) break;
      keys[i] = pk;
      values[i] = values[parent];
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the entry with the smallest key and returns its value (check size first). */
  pop(): number {
    const keys = this.keys;
    const values = this.values;
    const top = values[0];
    const n = --this.count;
    if (n > 0) {
      const key = keys[n];
      const value = values[n];
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && keys[child + 1] < keys[child]) child++;
        if (keys[child] >= key) break;
        keys[i] = keys[child];
        values[i] = values[child];
        i = child;
      }
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }

  clear(): void {
    this.count = 0;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
