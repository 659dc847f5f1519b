import { describe, expect, it } from 'vitest';
import { formatFigure, formatPoints } from './figureFormat.js';

describe('formatFigure', () => {
  it('shows fractions as percentages with at most one decimal', () => {
    expect(formatFigure(0.8251, 'percent', 'en')).toBe('82.5%');
    expect(formatFigure(0.025, 'percent', 'en', true)).toBe('2.5%');
    expect(formatFigure(1, 'percent', 'zh-CN')).toBe('100%');
  });
  it('shows seconds with their unit in the reader’s language', () => {
    expect(formatFigure(18.04, 'seconds', 'en')).toBe('18s');
    expect(formatFigure(18.25, 'seconds', 'en')).toBe('18.3s');
    expect(formatFigure(245.6, 'seconds', 'en')).toBe('246s');
    expect(formatFigure(18.25, 'seconds', 'en', true)).toBe('18s');
    expect(formatFigure(18, 'seconds', 'zh-CN')).toBe('18秒');
  });
  it('shows counts grouped, without decimals', () => {
    expect(formatFigure(12045, 'contacts', 'en')).toBe('12,045');
  });
});

describe('formatPoints', () => {
  it('gives a fraction difference in percentage points with one decimal', () => {
    expect(formatPoints(0.021, 'en')).toBe('2.1');
    expect(formatPoints(0.1, 'en')).toBe('10.0');
  });
});
