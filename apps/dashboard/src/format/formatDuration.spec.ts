import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatDuration.js';

describe('formatDuration', () => {
  it('uses the largest whole unit', () => {
    expect(formatDuration(20, 'en')).toBe('20 sec');
    expect(formatDuration(90, 'en')).toBe('90 sec');
    expect(formatDuration(120, 'en')).toBe('2 min');
    expect(formatDuration(72 * 3600, 'en')).toBe('72 hr');
    expect(formatDuration(0, 'en')).toBe('0 sec');
  });

  it('speaks the reader’s language', () => {
    expect(formatDuration(20, 'zh-CN')).toBe('20秒');
    expect(formatDuration(72 * 3600, 'zh-CN')).toBe('72小时');
  });

  it('rejects negative and non-finite durations', () => {
    expect(() => formatDuration(-1, 'en')).toThrow(
      'formatDuration requires a finite number of seconds ≥ 0: got -1',
    );
    expect(() => formatDuration(Number.NaN, 'en')).toThrow(/got NaN/);
  });
});
