import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IngestService } from '../ingest/ingest.service.js';
import { queueDirectory, type QueueDirectory } from '../ingest/queue-info.js';
import { MetricsDirectory } from './metrics-directory.js';

describe('MetricsDirectory', () => {
  afterEach(() => vi.useRealTimers());

  /** A directory of its own at each read, and how many reads there were. */
  function counting(fail = false) {
    const reads: QueueDirectory[] = [];
    const ingest = {
      queues: () => {
        if (fail && reads.length === 0) {
          reads.push(queueDirectory([]));
          return Promise.reject(new Error('database gone'));
        }
        const directory = queueDirectory([]);
        reads.push(directory);
        return Promise.resolve(directory);
      },
    } as unknown as IngestService;
    return { reads, directory: new MetricsDirectory(ingest) };
  }

  it('reads the directory once a second, and again as soon as it is forgotten', async () => {
    vi.useFakeTimers({ now: 0 });
    const { reads, directory } = counting();
    const first = await directory.queues();
    expect(await directory.queues()).toBe(first);
    vi.setSystemTime(999);
    expect(await directory.queues()).toBe(first);
    expect(reads).toHaveLength(1);
    vi.setSystemTime(1_000);
    const second = await directory.queues();
    expect(second).not.toBe(first);
    directory.forget();
    const third = await directory.queues();
    expect(third).not.toBe(second);
    expect(reads).toHaveLength(3);
  });

  it('keeps no failed read', async () => {
    const { reads, directory } = counting(true);
    await expect(directory.queues()).rejects.toThrow('database gone');
    await directory.queues();
    expect(reads).toHaveLength(2);
  });
});
