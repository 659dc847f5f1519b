import { describe, expect, it } from 'vitest';
import { formatPeriod } from './formatPeriod.js';

describe('formatPeriod', () => {
  it('formats the site’s wall-clock label without shifting it to another zone', () => {
    expect(formatPeriod('2026-03-02', 'DAY', 'en', 'tick')).toBe('Mar 2');
    expect(formatPeriod('2026-03-02', 'DAY', 'en', 'long')).toBe('Mon, Mar 2, 2026');
    expect(formatPeriod('2026-03-02T23:45', 'INTERVAL', 'en', 'tick')).toBe('Mar 2, 23:45');
    expect(formatPeriod('2026-03-01', 'MONTH', 'en', 'long')).toBe('March 2026');
  });
  it('speaks the reader’s language', () => {
    expect(formatPeriod('2026-03-02', 'DAY', 'zh-CN', 'tick')).toBe('3月2日');
    expect(formatPeriod('2026-03-01', 'MONTH', 'zh-CN', 'long')).toBe('2026年3月');
  });
  it('names a label it cannot read', () => {
    expect(() => formatPeriod('March', 'DAY', 'en', 'tick')).toThrow(
      'formatPeriod requires a label YYYY-MM-DD or YYYY-MM-DDTHH:mm: got "March"',
    );
  });
});
