import { describe, expect, it } from 'vitest';
import { chartHasValues, extremesOf } from './chartData.js';

describe('chartHasValues', () => {
  it('is false for no rows, or rows holding only null, NaN or other keys', () => {
    expect(chartHasValues([], ['a'])).toBe(false);
    expect(chartHasValues([{ a: null }, { a: Number.NaN, b: 3 }], ['a'])).toBe(false);
  });
  it('is true as soon as one row has a number, zero included', () => {
    expect(chartHasValues([{ a: null }, { a: 0 }], ['a'])).toBe(true);
  });
});

describe('extremesOf', () => {
  it('finds the lowest and highest value and their rows, first on ties, skipping gaps', () => {
    const rows = [
      { x: 'd1', v: 0.8 },
      { x: 'd2', v: null },
      { x: 'd3', v: 0.7 },
      { x: 'd4', v: 0.9 },
      { x: 'd5', v: 0.7 },
    ];
    const e = extremesOf(rows, 'v');
    expect(e?.count).toBe(4);
    expect(e?.low).toEqual({ value: 0.7, row: rows[2] });
    expect(e?.high).toEqual({ value: 0.9, row: rows[3] });
  });
  it('is null for a series without values', () => {
    expect(extremesOf([{ v: null }], 'v')).toBeNull();
  });
});
