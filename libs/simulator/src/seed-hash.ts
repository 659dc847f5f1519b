/*
 * Seed derivation. Every random stream of the simulator (one per day and purpose) is seeded from
 * the user's seed through these hashes, so a day can be simulated on its own, in any order, and
 * still come out the same.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** One MurmurHash3 (x86, 32-bit) body round: folds the 32-bit word `k` into the state `h`. */
function mixWord(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser (fmix32): spreads every input bit over the whole output. */
function finalize(h: number, length: number): number {
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hashes up to four integers to an unsigned 32-bit integer (MurmurHash3 x86_32 over their 32-bit
 * words; Austin Appleby, public domain). Integers beyond 32 bits contribute their high word too, so
 * every safe integer is distinct input. Cost O(1).
 *
 * @example seedHash(42, 20512, 3) // a stream seed for day 20512, stream 3
 */
export function seedHash(a: number, b = 0, c = 0, d = 0): number {
  let h = 0x9747b28c;
  h = mixWord(h, a | 0);
  h = mixWord(h, Math.floor(a / 0x100000000) | 0);
  h = mixWord(h, b | 0);
  h = mixWord(h, Math.floor(b / 0x100000000) | 0);
  h = mixWord(h, c | 0);
  h = mixWord(h, d | 0);
  return finalize(h, 24);
}

/** seedHash scaled to a fraction in [0, 1): a deterministic "coin" for the given inputs. */
export function seedFraction(a: number, b = 0, c = 0, d = 0): number {
  return seedHash(a, b, c, d) / 0x100000000;
}
