import { describe, expect, it } from 'vitest';
import { formatElapsed } from './formatElapsed.js';

describe('formatElapsed', () => {
  it('reads like a clock under a day', () => {
    expect(formatElapsed(0, 'en')).toBe('0:00');
    expect(formatElapsed(45.9, 'en')).toBe('0:45');
    expect(formatElapsed(725, 'en')).toBe('12:05');
    expect(formatElapsed(3723, 'en')).toBe('1:02:03');
  });

  it('gives days and hours from a day on, in the locale', () => {
    expect(formatElapsed(2 * 86_400 + 3 * 3600 + 59, 'en')).toBe('2d 3h');
    expect(formatElapsed(2 * 86_400 + 3 * 3600, 'zh-CN')).toBe('2天 3小时');
  });

  it('refuses a negative or infinite time', () => {
    expect(() => formatElapsed(-1, 'en')).toThrow('got -1');
    expect(() => formatElapsed(Number.NaN, 'en')).toThrow(RangeError);
  });
});
